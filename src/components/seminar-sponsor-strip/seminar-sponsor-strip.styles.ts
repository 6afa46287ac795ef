import { css } from 'lit';

export const sponsorStripStyles = css`
  /* Logo height by tier rank: the first tier (organizers, the top sponsors) leads, later ones recede. */
  .tier {
    --_tier-scale: 0.65;
  }
  .tier:nth-of-type(1) {
    --_tier-scale: 1;
  }
  .tier:nth-of-type(2) {
    --_tier-scale: 0.8;
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
  .name {
    font-weight: var(--_font-weight-strong);
  }
  .tier:nth-of-type(1) .name {
    font-size: var(--_font-size-l);
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
