import { css } from 'lit';
import { tokenStyles } from './theme-styles.js';

/**
 * What every element shares: theme and density switches, base colours and fonts, buttons, focus,
 * print. Tokens are only read (theme-styles.ts), never set, so a partner page's values always win.
 */
export const sharedStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      /*
       * Long Danish and German compounds must wrap inside a 320 px column rather than overflow it:
       * hyphenated by the dictionary of the nearest lang (content carries the feed's), and broken
       * anywhere only where no dictionary helps.
       */
      hyphens: auto;
      overflow-wrap: anywhere;
      /* Unset theme: the scheme of the enclosing agenda (inherited through --_scheme), else the visitor's. */
      color-scheme: var(--_scheme, light dark);
      font-family: var(--_font-family);
      line-height: var(--_line-height);
      color: var(--_color-text);
      background: var(--_color-background);
    }
    /* Live regions and labels for screen readers only, in every element and the chunks' styles. */
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
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
      --_density: 0.6;
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
      margin-block: 0 var(--_space-s);
    }
    a {
      color: var(--_color-accent);
    }
    [role='heading'] {
      margin: 0;
      font-weight: var(--_font-weight-heading);
    }
    button {
      font: inherit;
      font-size: var(--_font-size-s);
      color: var(--_color-accent);
      background: none;
      border: 1px solid currentColor;
      border-radius: var(--_radius);
      padding-block: 0.1em;
      padding-inline: var(--_space-s);
      cursor: pointer;
    }
    button:hover {
      color: var(--_color-accent-text);
      background: var(--_color-accent);
      border-color: var(--_color-accent);
    }
    :focus-visible {
      outline: 2px solid var(--_color-focus);
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
  `,
];
