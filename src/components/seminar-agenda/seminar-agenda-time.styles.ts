import { css } from 'lit';

/** The time zone note, its toggle and the whole-program calendar button above the timeline. */
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
`;
