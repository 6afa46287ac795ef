import { css } from 'lit';

export const sponsorStripStyles = css`
  :host {
    container-type: inline-size;
  }
  /* Logo height by tier rank: the first tier leads; later ones recede, but wordmarks stay readable. */
  .tier {
    --_tier-scale: 0.8;
  }
  .tier:nth-of-type(1) {
    --_tier-scale: 1;
  }
  .tier + .tier {
    margin-block-start: var(--_space-l);
  }
  .tier-title {
    margin-block-end: var(--_space-s);
    font-size: var(--_font-size-s);
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_color-muted);
  }
  .sponsors {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    gap: var(--_space-m);
  }
  /* Every sponsor a tile of the tier's logo height, so logos and names line up in one row. */
  .sponsor {
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: center;
    text-align: center;
    max-inline-size: 100%;
    min-block-size: calc(var(--_logo-height) * var(--_tier-scale) + 2 * var(--_space-s));
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .logo {
    display: block;
    block-size: calc(var(--_logo-height) * var(--_tier-scale));
    inline-size: auto;
    max-inline-size: min(calc(12rem * var(--_tier-scale)), 100%);
    object-fit: contain;
    padding: var(--_space-xs);
    border-radius: var(--_radius);
    background: var(--_color-logo-background);
  }
  /* Tiles never split a word to share a line. */
  .name {
    font-weight: var(--_font-weight-strong);
    overflow-wrap: break-word;
  }
  @container (min-width: 30rem) {
    .tier:nth-of-type(1) .name {
      font-size: var(--_font-size-l);
    }
  }
  /* A phone: two tiles a line where the names allow. */
  @container (max-width: 30rem) {
    .sponsors {
      gap: var(--_space-s);
    }
    .sponsor {
      flex: 1 1 40%;
      padding-inline: var(--_space-s);
    }
  }
  .description {
    font-size: var(--_font-size-s);
    color: var(--_color-muted);
  }
  @media print {
    .tier {
      break-inside: avoid;
    }
  }
`;
