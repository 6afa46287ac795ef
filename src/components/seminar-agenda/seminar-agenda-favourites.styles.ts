import { css } from 'lit';

/** The favourites' notices and the tools of "My program"; adopted when the favourites' chunk loads (favourite-tools.ts). */
export const favouritesStyles = css`
  .favourite-note,
  .my-program-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-s);
    margin-block: 0 var(--_space-m);
    font-size: var(--_font-size-s);
  }
  .favourite-note {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-break);
  }
  .favourite-note button,
  .my-program-tools button {
    font-size: inherit;
  }
  .link {
    flex: 1 1 16rem;
    font: inherit;
  }
  @media print {
    .favourite-notes,
    .my-program-tools {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .favourite-note {
      border: 1px solid CanvasText;
    }
  }
`;
