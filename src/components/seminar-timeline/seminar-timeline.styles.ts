import { css } from 'lit';
import { color, space, token } from '../../internal/theme-styles.js';

export const timelineStyles = css`
  :host {
    container-type: inline-size;
  }
  .session {
    --_tint: transparent;
    --_time-width: ${token('time-width')};
    display: grid;
    grid-template-columns: var(--_time-width) 1fr;
    gap: ${space('m')};
    padding-block: ${space('m')};
    padding-inline: ${space('s')};
    border-block-start: 1px solid ${color('border')};
    background: var(--_tint);
  }
  .session.light {
    --_tint: ${color('break')};
    padding-block: ${space('s')};
    color: ${color('muted')};
  }
  .time {
    font-variant-numeric: tabular-nums;
    font-weight: ${token('font-weight-strong')};
    white-space: nowrap;
  }
  .kind {
    display: block;
    font-size: ${token('font-size-s')};
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: ${color('muted')};
  }
  .title {
    font-size: ${token('font-size-l')};
  }
  .light .title {
    font-size: inherit;
    font-weight: ${token('font-weight-body')};
  }
  .questions {
    list-style: disc;
    padding-inline-start: 1.25em;
    margin-block: ${space('s')};
  }
  .label {
    margin-block: ${space('s')} 0;
    font-weight: ${token('font-weight-strong')};
  }
  .speakers {
    margin-block-start: ${space('s')};
  }
  .speaker-name {
    font-weight: ${token('font-weight-strong')};
  }
  .tbc {
    font-style: italic;
  }
  .children {
    margin-block-start: ${space('s')};
    border-inline-start: 3px solid ${color('accent')};
  }
  .children .session {
    grid-template-columns: 1fr;
    border-block-start: none;
    padding-inline-start: ${space('m')};
  }
  .children .session:has(> .time) {
    grid-template-columns: var(--_time-width) 1fr;
  }
  /* A narrow column: the time goes above the title instead of beside it. */
  @container (max-width: 32rem) {
    .session,
    .children .session:has(> .time) {
      grid-template-columns: 1fr;
      gap: ${space('xs')};
    }
  }
  @media print {
    .session {
      break-inside: avoid;
    }
  }
`;
