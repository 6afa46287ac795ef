import { css, unsafeCSS } from 'lit';
import { COMPACT_SCALE, color, space, token } from './theme-styles.js';

/**
 * What every element shares: theme and density switches, base colours and fonts, buttons, focus,
 * print. Tokens are only read here, never set, so a partner page's values always win.
 */
export const sharedStyles = css`
  :host {
    display: block;
    /* Unset theme: the scheme of the enclosing agenda (inherited through --_scheme), else the visitor's. */
    color-scheme: var(--_scheme, light dark);
    font-family: ${token('font-family')};
    line-height: ${token('line-height')};
    color: ${color('text')};
    background: ${color('background')};
  }
  /* The switches live on :host, not on an inner wrapper, so that nested seminar-* elements inherit them. */
  :host([theme='light']) {
    --_scheme: light;
  }
  :host([theme='dark']) {
    --_scheme: dark;
  }
  :host([theme='auto']) {
    --_scheme: light dark;
  }
  :host([density='compact']) {
    --_density: ${unsafeCSS(COMPACT_SCALE)};
  }
  :host([density='comfortable']) {
    --_density: 1;
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
    margin-block: 0 ${space('s')};
  }
  a {
    color: ${color('accent')};
  }
  [role='heading'] {
    margin: 0;
    font-weight: ${token('font-weight-heading')};
  }
  button {
    font: inherit;
    font-size: ${token('font-size-s')};
    color: ${color('accent')};
    background: none;
    border: 1px solid currentColor;
    border-radius: ${token('radius')};
    padding-block: 0.1em;
    padding-inline: ${space('s')};
    cursor: pointer;
  }
  button:hover {
    color: ${color('accent-text')};
    background: ${color('accent')};
    border-color: ${color('accent')};
  }
  :focus-visible {
    outline: 2px solid ${color('focus')};
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 0.15s, color 0.15s;
    }
  }
  @media print {
    /* Paper is white whatever the screen theme: light defaults, no page background, no controls. */
    :host {
      color-scheme: light;
      background: none;
    }
    button {
      display: none;
    }
  }
  @media (forced-colors: active) {
    button:hover {
      color: HighlightText;
      background: Highlight;
    }
  }
`;
