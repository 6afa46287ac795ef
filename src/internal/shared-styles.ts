import { css } from 'lit';

/**
 * Resets every element shares. Colours and fonts are read from --seminar-* tokens
 * with fallbacks, never set on :host, so a partner page's values always win.
 */
export const sharedStyles = css`
  :host {
    display: block;
    font-family: var(--seminar-font-family, inherit);
    line-height: var(--seminar-line-height, 1.5);
    color: var(--seminar-color-text, CanvasText);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  ol,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p {
    margin-block: 0 var(--seminar-space-s, 0.5rem);
  }
  a {
    color: var(--seminar-color-accent, #0b5cab);
  }
  a:focus-visible {
    outline: 2px solid var(--seminar-color-focus, #0b5cab);
    outline-offset: 2px;
  }
  [role='heading'] {
    margin: 0;
    font-weight: var(--seminar-font-weight-heading, 650);
  }
`;
