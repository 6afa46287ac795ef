import { css } from 'lit';

export const sponsorStripStyles = css`
  .tier + .tier {
    margin-block-start: var(--seminar-space-m, 1rem);
  }
  .tier-title {
    font-size: var(--seminar-font-size-m, 1em);
    margin-block-end: var(--seminar-space-s, 0.5rem);
  }
  .sponsors {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--seminar-space-m, 1rem) var(--seminar-space-l, 1.5rem);
  }
  .sponsor {
    display: inline-flex;
    flex-direction: column;
    padding: var(--seminar-space-s, 0.5rem) var(--seminar-space-m, 1rem);
    border: 1px solid var(--seminar-color-border, color-mix(in srgb, currentColor 20%, transparent));
    border-radius: var(--seminar-radius, 0.5rem);
    background: var(--seminar-color-surface, transparent);
  }
  .logo {
    block-size: var(--seminar-logo-height, 3rem);
    inline-size: auto;
    max-inline-size: 12rem;
    object-fit: contain;
  }
  .name {
    font-weight: 600;
  }
  .description {
    font-size: var(--seminar-font-size-s, 0.85em);
    color: var(--seminar-color-muted, color-mix(in srgb, currentColor 75%, transparent));
  }
`;
