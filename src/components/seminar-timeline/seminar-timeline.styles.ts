import { css } from 'lit';

export const timelineStyles = css`
  :host {
    container-type: inline-size;
  }
  .session {
    --_tint: transparent;
    --_time-width: var(--_time-width);
    display: grid;
    grid-template-columns: var(--_time-width) 1fr;
    gap: var(--_space-m);
    padding-block: var(--_space-m);
    padding-inline: var(--_space-s);
    border-block-start: 1px solid var(--_color-border);
    background: var(--_tint);
  }
  .session.light {
    --_tint: var(--_color-break);
    padding-block: var(--_space-s);
    color: var(--_color-muted);
  }
  .time {
    font-variant-numeric: tabular-nums;
    font-weight: var(--_font-weight-strong);
    white-space: nowrap;
  }
  .kind {
    display: block;
    font-size: var(--_font-size-s);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_color-muted);
  }
  .title {
    font-size: var(--_font-size-l);
  }
  .where {
    margin: 0;
    font-size: var(--_font-size-s);
    color: var(--_color-muted);
  }
  .light .title {
    font-size: inherit;
    font-weight: var(--_font-weight-body);
  }
  .questions {
    list-style: disc;
    padding-inline-start: 1.25em;
    margin-block: var(--_space-s);
  }
  .label {
    margin-block: var(--_space-s) 0;
    font-weight: var(--_font-weight-strong);
  }
  .speakers {
    margin-block-start: var(--_space-s);
  }
  .speaker-name {
    font-weight: var(--_font-weight-strong);
  }
  .tbc {
    font-style: italic;
  }
  .children {
    margin-block-start: var(--_space-s);
    border-inline-start: 3px solid var(--_color-accent);
  }
  .children .session {
    grid-template-columns: 1fr;
    border-block-start: none;
    padding-inline-start: var(--_space-m);
  }
  .children .session:has(> .time) {
    grid-template-columns: var(--_time-width) 1fr;
  }
  /* A narrow column: the time goes above the title instead of beside it. */
  @container (max-width: 32rem) {
    .session,
    .children .session:has(> .time) {
      grid-template-columns: 1fr;
      gap: var(--_space-xs);
    }
  }
  @media print {
    .session {
      break-inside: avoid;
    }
  }
`;
