import { css } from 'lit';
import { color, space, token } from '../../internal/theme-styles.js';

/** The time zone note, its toggle and the whole-program calendar button above the timeline. */
export const agendaTimeStyles = css`
  .program-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${space('s')} ${space('m')};
    margin-block-end: ${space('m')};
    font-size: ${token('font-size-s')};
  }
  .time-zone {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${space('s')};
    margin: 0;
    color: ${color('muted')};
  }
  .program-tools button {
    font-size: inherit;
  }
`;
