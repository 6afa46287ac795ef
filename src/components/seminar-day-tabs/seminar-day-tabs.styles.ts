import { css } from 'lit';
import { color, space, token } from '../../internal/theme-styles.js';

export const dayTabsStyles = css`
  .tablist {
    display: flex;
    flex-wrap: wrap;
    gap: ${space('xs')};
    border-block-end: 1px solid ${color('border')};
  }
  .tab,
  .tab:hover {
    font-size: inherit;
    color: inherit;
    background: none;
    border: none;
    border-block-end: 3px solid transparent;
    border-radius: 0;
    padding-block: ${space('s')};
    padding-inline: ${space('m')};
  }
  .tab:hover {
    background: ${color('break')};
  }
  .tab[aria-selected='true'] {
    border-block-end-color: ${color('accent')};
    font-weight: ${token('font-weight-strong')};
  }
  .panel {
    padding-block-start: ${space('m')};
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
