import { css } from 'lit';

export const sponsorStripStyles = css`
  .tier + .tier {
    margin-block-start: var(--_space-m);
  }
  .tier-title {
    font-size: var(--_font-size-m);
    margin-block-end: var(--_space-s);
  }
  .sponsors {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-m) var(--_space-l);
  }
  .sponsor {
    display: inline-flex;
    flex-direction: column;
    max-inline-size: 100%;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .logo {
    block-size: var(--_logo-height);
    inline-size: auto;
    max-inline-size: min(12rem, 100%);
    object-fit: contain;
    padding: var(--_space-xs);
    border-radius: var(--_radius);
    background: var(--_color-logo-background);
  }
  .name {
    font-weight: var(--_font-weight-strong);
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
