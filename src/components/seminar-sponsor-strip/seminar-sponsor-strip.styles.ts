import { css } from 'lit';
import { color, space, token } from '../../internal/theme-styles.js';

export const sponsorStripStyles = css`
  .tier + .tier {
    margin-block-start: ${space('m')};
  }
  .tier-title {
    font-size: ${token('font-size-m')};
    margin-block-end: ${space('s')};
  }
  .sponsors {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${space('m')} ${space('l')};
  }
  .sponsor {
    display: inline-flex;
    flex-direction: column;
    max-inline-size: 100%;
    padding: ${space('s')} ${space('m')};
    border: 1px solid ${color('border')};
    border-radius: ${token('radius')};
    background: ${color('surface')};
  }
  .logo {
    block-size: ${token('logo-height')};
    inline-size: auto;
    max-inline-size: min(12rem, 100%);
    object-fit: contain;
    padding: ${space('xs')};
    border-radius: ${token('radius')};
    background: ${color('logo-background')};
  }
  .name {
    font-weight: ${token('font-weight-strong')};
  }
  .description {
    font-size: ${token('font-size-s')};
    color: ${color('muted')};
  }
  @media print {
    .tier {
      break-inside: avoid;
    }
  }
`;
