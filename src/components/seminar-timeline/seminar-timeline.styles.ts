import { css } from 'lit';

export const timelineStyles = css`
  .session {
    --_tint: transparent;
    display: grid;
    grid-template-columns: var(--seminar-time-width, 8.5em) 1fr;
    gap: var(--seminar-space-m, 1rem);
    padding-block: var(--seminar-space-m, 1rem);
    padding-inline: var(--seminar-space-s, 0.5rem);
    border-block-start: 1px solid var(--seminar-color-border, color-mix(in srgb, currentColor 20%, transparent));
    background: var(--_tint);
  }
  .session.light {
    --_tint: var(--seminar-color-break, color-mix(in srgb, currentColor 5%, transparent));
    padding-block: var(--seminar-space-s, 0.5rem);
    color: var(--seminar-color-muted, color-mix(in srgb, currentColor 75%, transparent));
  }
  .time {
    font-variant-numeric: tabular-nums;
    font-weight: var(--seminar-font-weight-time, 600);
    white-space: nowrap;
  }
  .kind {
    display: block;
    font-size: var(--seminar-font-size-s, 0.85em);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--seminar-color-muted, color-mix(in srgb, currentColor 75%, transparent));
  }
  .title {
    font-size: var(--seminar-font-size-l, 1.15em);
  }
  .light .title {
    font-size: inherit;
    font-weight: var(--seminar-font-weight-body, 400);
  }
  .questions {
    list-style: disc;
    padding-inline-start: 1.25em;
    margin-block: var(--seminar-space-s, 0.5rem);
  }
  .label {
    margin-block: var(--seminar-space-s, 0.5rem) 0;
    font-weight: 600;
  }
  .speakers {
    margin-block-start: var(--seminar-space-s, 0.5rem);
  }
  .speaker-name {
    font-weight: 600;
  }
  .tbc {
    font-style: italic;
  }
  .children {
    margin-block-start: var(--seminar-space-s, 0.5rem);
    border-inline-start: 3px solid var(--seminar-color-accent, #0b5cab);
  }
  .children .session {
    grid-template-columns: 1fr;
    border-block-start: none;
    padding-inline-start: var(--seminar-space-m, 1rem);
  }
  .children .session:has(> .time) {
    grid-template-columns: var(--seminar-time-width, 8.5em) 1fr;
  }
  @container (max-width: 32rem) {
    .session,
    .children .session:has(> .time) {
      grid-template-columns: 1fr;
      gap: var(--seminar-space-xs, 0.25rem);
    }
  }
  :host {
    container-type: inline-size;
  }
`;
