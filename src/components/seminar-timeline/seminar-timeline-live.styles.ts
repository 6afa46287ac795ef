import { css } from 'lit';

/** Day headings, Now/Next badges, the actions button and the screen-reader-only live region. */
export const timelineLiveStyles = css`
  .day-title {
    font-size: var(--_font-size-xl);
    margin-block: var(--_space-m) var(--_space-s);
  }
  .badge {
    display: inline-block;
    margin-block-end: var(--_space-xs);
    margin-inline-end: var(--_space-xs);
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
  /* Muted and struck through, and named in words by its label, which stays when printed. */
  .cancelled .body {
    color: var(--_color-muted);
  }
  .cancelled .title {
    text-decoration: line-through;
  }
  .session-status {
    display: inline-block;
    margin-inline-end: var(--_space-s);
    padding-inline: var(--_space-s);
    border: 1px solid;
    border-radius: var(--_radius);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    vertical-align: 0.1em;
  }
  .session[aria-current='time'] {
    box-shadow: inset 4px 0 0 var(--_color-now);
  }
  .actions {
    position: relative;
    /* Only as tall as its buttons, so the menu opens right under them. */
    align-self: start;
    display: flex;
    gap: var(--_space-xs);
    align-items: start;
  }
  /* Quiet at rest: three dots or a star, no border; the accent shows they can be pressed. */
  .menu-button,
  .favourite {
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border-color: transparent;
  }
  /* The glyph (☆ or ★) says the state; the box keeps its size, so pressing it moves nothing. */
  .favourite {
    font-size: var(--_font-size-l);
    line-height: 1;
  }
  .menu-button,
  .menu-button:hover {
    --_dot: radial-gradient(circle closest-side, currentColor 95%, transparent);
    background-image: var(--_dot), var(--_dot), var(--_dot);
    background-position: calc(50% - 0.5rem) 50%, 50% 50%, calc(50% + 0.5rem) 50%;
    background-size: 0.35rem 0.35rem;
    background-repeat: no-repeat;
  }
  .menu-button:hover,
  .menu-button[aria-expanded='true'],
  .favourite:hover {
    color: var(--_color-accent);
    background-color: var(--_color-surface);
    border-color: var(--_color-border);
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
    /* Forced colours drop background images, the dots with them: the button keeps its own, in system colours. */
    .menu-button {
      forced-color-adjust: none;
      color: ButtonText;
      background-color: ButtonFace;
      border-color: ButtonText;
      outline-color: Highlight;
    }
    .menu-button:hover,
    .menu-button[aria-expanded='true'] {
      color: HighlightText;
      background-color: Highlight;
      border-color: Highlight;
    }
  }
`;
