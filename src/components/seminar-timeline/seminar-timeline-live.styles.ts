import { css } from 'lit';

/** Day headings, Now/Next badges, session actions and the screen-reader-only live region. */
export const timelineLiveStyles = css`
  .day-title {
    font-size: var(--_font-size-l);
    margin-block-end: var(--_space-s);
  }
  .badge {
    display: inline-block;
    margin-inline-end: var(--_space-s);
    padding-inline: var(--_space-s);
    border-radius: var(--_radius);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    border: 1px solid currentColor;
  }
  .badge.now {
    color: var(--_color-now-text);
    background: var(--_color-now);
    border-color: transparent;
  }
  .session[aria-current='time'] {
    border-inline-start: 4px solid var(--_color-now);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block-start: var(--_space-s);
  }
  .link {
    font: inherit;
    font-size: var(--_font-size-s);
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
