import { css } from 'lit';

/**
 * The summary of what changed since the visitor's last visit. Adopted by its controller when it
 * loads (controllers/changes.ts): a first visit has nothing to summarise.
 */
export const agendaChangesStyles = css`
  .changes {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space-s);
    margin-block-end: var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .changes summary {
    cursor: pointer;
    font-weight: var(--_font-weight-strong);
  }
  .changes ul {
    margin-block: var(--_space-s) 0;
    padding-inline-start: var(--_space-m);
  }
  .changes a {
    color: var(--_color-accent);
  }
  @media print {
    .changes {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .changes {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
`;
