import { css } from 'lit';

/** The list/grid switch: two buttons joined into one segmented control, the pressed one filled. */
export const agendaViewStyles = css`
  .view-switch {
    display: inline-flex;
  }
  .view-switch button {
    border-radius: 0;
  }
  .view-switch button:first-child {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .view-switch button:last-child {
    margin-inline-start: -1px;
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .view-switch [aria-pressed='true'] {
    color: var(--_color-accent-text);
    background: var(--_color-accent);
  }
  @media (forced-colors: active) {
    .view-switch [aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
    }
  }
`;
