import { css } from 'lit';

/** The time zone note, its toggle, the whole-program calendar button and the "My program" switch above the timeline. */
export const agendaTimeStyles = css`
  .program-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-s) var(--_space-m);
    margin-block-end: var(--_space-m);
    font-size: var(--_font-size-s);
  }
  .time-zone {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-s);
    margin: 0;
    color: var(--_color-muted);
  }
  .program-tools button {
    font-size: inherit;
  }
  /* The star says the state beside the colours, and is not read out. */
  .my-program::before {
    content: '☆' / '';
    margin-inline-end: 0.3em;
  }
  .my-program[aria-pressed='true'] {
    color: var(--_color-accent-text);
    background: var(--_color-accent);
  }
  .my-program[aria-pressed='true']::before {
    content: '★' / '';
  }
`;
