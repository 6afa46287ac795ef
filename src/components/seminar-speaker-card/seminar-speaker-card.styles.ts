import { css } from 'lit';
import { color, space, token } from '../../internal/theme-styles.js';

export const speakerCardStyles = css`
  :host {
    container-type: inline-size;
  }
  .card {
    --_avatar: ${token('avatar-size')};
    display: grid;
    grid-template-columns: var(--_avatar) 1fr;
    gap: ${space('m')};
    align-items: start;
    padding: ${space('m')};
    border: 1px solid ${color('border')};
    border-radius: ${token('radius')};
    background: ${color('surface')};
    block-size: 100%;
  }
  .card.tbc {
    border-style: dashed;
  }
  /* Too narrow for portrait and text side by side: a smaller portrait above the text. */
  @container (max-width: 14rem) {
    .card {
      --_avatar: calc(${token('avatar-size')} * 0.75);
      grid-template-columns: 1fr;
    }
  }
  .portrait {
    inline-size: var(--_avatar);
    block-size: var(--_avatar);
    border-radius: 50%;
    object-fit: cover;
  }
  .initials {
    display: grid;
    place-items: center;
    font-weight: ${token('font-weight-strong')};
    font-size: calc(var(--_avatar) * 0.35);
    color: ${color('accent-text')};
    background: ${color('accent')};
  }
  .name {
    font-size: ${token('font-size-l')};
    overflow-wrap: anywhere;
  }
  .tbc .name {
    font-style: italic;
  }
  .job-title,
  .organization {
    margin: 0;
    color: ${color('muted')};
  }
  .bio {
    margin-block-start: ${space('s')};
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: ${space('s')};
  }
  @media print {
    .card {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .initials {
      border: 1px solid CanvasText;
    }
  }
`;
