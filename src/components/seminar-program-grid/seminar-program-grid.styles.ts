import { css } from 'lit';
import { metaStyles } from '../seminar-timeline/seminar-timeline.styles.js';
import { timelineLiveStyles } from '../seminar-timeline/seminar-timeline-live.styles.js';

/**
 * One day: the time axis as wide as its times, room columns at least 10rem wide (what
 * seminar-program-grid.ts assumes when it decides whether the grid fits), and `--_rows-per-hour`
 * rows an hour, which a cell whose content needs more grows. The box scrolls both ways inside
 * itself, so the page never scrolls sideways and the sticky room headers and times stay in view.
 */
export const programGridStyles = [
  // The Now and Next badges, the edge of the session running now and the visually hidden text, as in the list.
  timelineLiveStyles,
  css`
    .grid {
      --_gap: 2px;
      display: grid;
      grid-template-columns: minmax(3rem, max-content) repeat(var(--_columns), minmax(10rem, 1fr));
      grid-template-rows: auto repeat(var(--_rows), minmax(calc(var(--seminar-grid-hour-height, 8rem) / var(--_rows-per-hour)), auto));
      gap: 0 var(--_gap);
      max-block-size: var(--seminar-grid-max-height, 85vh);
      overflow: auto;
      overscroll-behavior-inline: contain;
      /* A focused session scrolls clear of the sticky headers. */
      scroll-padding-block-start: 3rem;
      scroll-padding-inline-start: 5.5rem;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      font-size: var(--_font-size-s);
    }
    /* One column without room headers: nothing to keep in view, so the page scrolls it. */
    .grid.single {
      max-block-size: none;
    }
    .corner,
    .room,
    .hour {
      position: sticky;
      background: var(--_color-background);
    }
    .corner {
      grid-area: 1 / 1;
      inset-block-start: 0;
      inset-inline-start: 0;
      z-index: 3;
    }
    .room {
      inset-block-start: 0;
      z-index: 2;
      padding: var(--_space-s);
      border-block-end: 1px solid var(--_color-border);
      font-weight: var(--_font-weight-strong);
      line-height: 1.25;
    }
    /* Times and hour lines take no height of their own: the sessions decide how tall rows are. */
    .hour,
    .rule {
      contain: size;
    }
    .hour {
      inset-inline-start: 0;
      z-index: 1;
      padding-inline: var(--_space-s);
      border-inline-end: 1px solid var(--_color-border);
      color: var(--_color-muted);
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .rule {
      border-block-start: 1px dashed var(--_color-border);
    }
    /*
     * The list of sessions shares the grid's tracks as a subgrid over all of it, so cells keep the
     * grid's row and column numbers. With \`display: contents\` instead,
     * Chromium took ~1.5 s to build the layout tree of 1,000 cells a renderer had inserted one by one.
     */
    .cells {
      display: grid;
      grid-template-rows: subgrid;
      grid-template-columns: subgrid;
      grid-area: 1 / 1 / -1 / -1;
      margin: 0;
      padding: 0;
    }
    .cell {
      position: relative;
      margin-block: var(--_gap);
      padding: var(--_space-xs) var(--_space-s);
      border: 1px solid var(--_color-border);
      border-radius: calc(var(--_radius) / 2);
      background: var(--_color-surface);
      overflow-wrap: anywhere;
    }
    .cell .badge {
      margin: 0;
      padding-inline: var(--_space-xs);
    }
    .cell:has(:focus-visible) {
      z-index: 1;
    }
    .cell[data-kind='break'],
    .cell[data-kind='meal'],
    .cell[data-kind='arrival'],
    .cell[data-kind='networking'] {
      color: var(--_color-muted);
      background: var(--_color-break);
      border-color: transparent;
    }
    .time {
      font-variant-numeric: tabular-nums;
      font-weight: var(--_font-weight-strong);
      color: var(--_color-muted);
    }
    .title {
      font-size: var(--_font-size-m);
      line-height: 1.3;
    }
    /* A cell is a glance: long titles and speaker lists are cut (the list view has them whole), so rows keep near their time. */
    .title,
    .speakers {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      line-clamp: 3;
      overflow: hidden;
    }
    .speakers {
      -webkit-line-clamp: 2;
      line-clamp: 2;
    }
    .title a {
      color: inherit;
      text-decoration: none;
    }
    .title a:hover {
      text-decoration: underline;
    }
    .meta {
      margin: 0;
      color: var(--_color-muted);
    }
    /* Its column header shows the room (and the cell says it first to screen readers). */
    .in-room [part~='room'],
    .in-room .separator:has(+ [part~='room']),
    .in-room [part~='room']:first-child + .separator {
      display: none;
    }
    .nested {
      margin-block: var(--_space-xs);
      padding-inline-start: var(--_space-s);
      border-inline-start: 2px solid var(--_color-accent);
    }
    .speakers {
      margin-block-start: var(--_space-xs);
    }
    .speaker-name {
      font-weight: var(--_font-weight-strong);
    }
    .speaker-details {
      color: var(--_color-muted);
    }
    .note {
      font-size: var(--_font-size-s);
      color: var(--_color-muted);
    }
    @media print {
      .grid {
        max-block-size: none;
        overflow: visible;
      }
    }
    @media (forced-colors: active) {
      .cell {
        border-color: CanvasText;
      }
    }
  `,
  ...metaStyles,
];
