import { css } from 'lit';
import { color, space, token } from '../../internal/theme-styles.js';

/** Day headings, Now/Next badges, session actions and the screen-reader-only live region. */
export const timelineLiveStyles = css`
  .day-title {
    font-size: ${token('font-size-l')};
    margin-block-end: ${space('s')};
  }
  .badge {
    display: inline-block;
    margin-inline-end: ${space('s')};
    padding-inline: ${space('s')};
    border-radius: ${token('radius')};
    font-size: ${token('font-size-s')};
    font-weight: ${token('font-weight-strong')};
    border: 1px solid currentColor;
  }
  .badge.now {
    color: ${color('now-text')};
    background: ${color('now')};
    border-color: transparent;
  }
  .session[aria-current='time'] {
    border-inline-start: 4px solid ${color('now')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${space('s')};
    margin-block-start: ${space('s')};
  }
  .link {
    font: inherit;
    font-size: ${token('font-size-s')};
    inline-size: min(100%, 28em);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    .actions,
    .badge {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .badge.now {
      border-color: CanvasText;
    }
    .session[aria-current='time'] {
      outline: 2px solid Highlight;
    }
  }
`;
