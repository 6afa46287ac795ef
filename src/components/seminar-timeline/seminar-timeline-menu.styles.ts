import { css } from 'lit';

/**
 * The open actions menu and the link field shown when the clipboard fails. Adopted by the menu's
 * controller when it loads (controllers/session-menu.ts): a menu is rendered only while it is open,
 * so until a visitor presses an actions button there is nothing to style.
 */
export const timelineMenuStyles = css`
  .menu {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-end: 0;
    z-index: 1;
    min-inline-size: max-content;
    padding-block: var(--_space-xs);
    background: var(--_color-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
  }
  .menu-item {
    display: block;
    inline-size: 100%;
    text-align: start;
    border: none;
    border-radius: 0;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-m);
    color: var(--_color-text);
  }
  .link {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-end: 0;
    z-index: 1;
    font: inherit;
    font-size: var(--_font-size-s);
    inline-size: min(80vw, 28em);
  }
`;
