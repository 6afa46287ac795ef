import { css } from 'lit';

/** The search and filter bar, adopted by the agenda when the bar's module loads (program-find.ts). */
export const agendaFindStyles = css`
  .find {
    margin-block-end: var(--_space-m);
  }
  .find-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    flex: 1 1 16rem;
    max-inline-size: 28rem;
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
  }
  .search input {
    font: inherit;
    font-size: var(--_font-size-m);
    font-weight: var(--_font-weight-body);
    color: inherit;
    background: var(--_color-background);
    border: 1px solid var(--_color-muted);
    border-radius: var(--_radius);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
  }
  .filter {
    position: relative;
    font-size: var(--_font-size-s);
  }
  .filter summary {
    list-style: none;
    cursor: pointer;
    color: var(--_color-accent);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
  }
  .filter summary::-webkit-details-marker {
    display: none;
  }
  .filter summary::after {
    content: '';
    display: inline-block;
    inline-size: 0.4em;
    block-size: 0.4em;
    margin-inline-start: var(--_space-s);
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.2em) rotate(45deg);
  }
  .filter[open] summary {
    color: var(--_color-accent-text);
    background: var(--_color-accent);
    border-color: var(--_color-accent);
  }
  .options {
    position: absolute;
    z-index: 1;
    inset-block-start: calc(100% + var(--_space-xs));
    inset-inline-start: 0;
    display: grid;
    gap: var(--_space-xs);
    min-inline-size: 12rem;
    max-inline-size: min(22rem, 90vw);
    max-block-size: 20rem;
    overflow-y: auto;
    margin: 0;
    padding: var(--_space-s);
    background: var(--_color-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.15);
  }
  .option {
    display: flex;
    gap: var(--_space-s);
    align-items: baseline;
    cursor: pointer;
  }
  .find-status {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-s) var(--_space-m);
    margin-block: var(--_space-s) 0;
    font-size: var(--_font-size-s);
    color: var(--_color-muted);
  }
  .no-results {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-s) var(--_space-m);
  }
  .no-results p {
    margin: 0;
  }
  @media print {
    .find {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .filter[open] summary {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
    .options {
      border-color: CanvasText;
    }
  }
`;
