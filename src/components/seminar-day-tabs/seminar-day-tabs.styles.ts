import { css } from 'lit';

export const dayTabsStyles = css`
  .tablist {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    border-block-end: 1px solid var(--_color-border);
  }
  .tab,
  .tab:hover {
    font-size: inherit;
    color: inherit;
    background: none;
    border: none;
    border-block-end: 3px solid transparent;
    border-radius: 0;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
  }
  .tab:hover {
    background: var(--_color-break);
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_color-accent);
    font-weight: var(--_font-weight-strong);
  }
  .panel {
    padding-block-start: var(--_space-m);
  }
  @media print {
    .tablist {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      border-block-end-color: Highlight;
    }
  }
`;
