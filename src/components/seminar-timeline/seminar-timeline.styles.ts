import { css, unsafeCSS } from 'lit';

/** Default track colours, readable as chips on the light and the dark background alike. */
const TRACK_DEFAULTS = ['#3b6fd4', '#c2417e', '#2e9a5a', '#8a5cd1', '#d9822b', '#1b9aaa', '#b5483a', '#7a8a2e'];

// unsafeCSS is safe here: the string comes from the constant table above.
const trackColours = unsafeCSS(
  TRACK_DEFAULTS.map(
    (colour, index) => `.track[data-track='${index + 1}'] { --_track-color: var(--seminar-track-color-${index + 1}, ${colour}); }`,
  ).join('\n'),
);

/** The meta line of renderMeta (session-templates.ts): its separators and track chips, in the list and the grid alike. */
export const metaStyles = [
  trackColours,
  css`
    /* A margin, not spaces: the CDN build's template minifier collapses white space in templates. */
    .separator {
      margin-inline: 0.4em;
    }
    .track::before {
      content: '';
      display: inline-block;
      inline-size: 0.75em;
      block-size: 0.75em;
      margin-inline-end: 0.35em;
      border-radius: 50%;
      background: var(--_track-color);
      vertical-align: -0.05em;
    }
  `,
];

export const timelineStyles = [
  css`
  :host {
    container-type: inline-size;
  }
  /*
   * Time | content | actions | rest, shared by the rows (subgrid): time as wide as the longest range,
   * actions beside the measure, rows full width. An untimed row leaves its time cell empty (spanning
   * it would widen the column).
   */
  .sessions {
    display: grid;
    grid-template-columns: var(--_time-width) minmax(0, var(--_measure)) auto minmax(0, 1fr);
    column-gap: var(--_space-m);
  }
  .session {
    --_tint: transparent;
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    grid-template-areas: 'time body actions .';
    padding-block: var(--_space-m);
    padding-inline: var(--_space-s);
    border-block-start: 1px solid var(--_color-border);
    background: var(--_tint);
  }
  /* Left out by a search or filter. */
  .session[hidden] {
    display: none;
  }
  /* "9:50 – 10:10 AM" keeps its AM on the line; the column fits it. */
  .time {
    grid-area: time;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    font-weight: var(--_font-weight-strong);
  }
  .body {
    grid-area: body;
    /* The feed's text carries its lang, so compounds break at syllables, not mid-word. */
    hyphens: auto;
  }
  .actions {
    grid-area: actions;
  }
  /* A session in parallel with the one above: its time is said, not shown again. */
  .session.parallel {
    position: relative;
    border-block-start-color: transparent;
  }
  .session.parallel::before {
    content: '';
    position: absolute;
    grid-column: body / actions;
    inset: 0 0 auto;
    border-block-start: 1px dashed var(--_color-border);
  }
  .title {
    font-size: var(--_font-size-l);
    line-height: 1.3;
  }
  .meta {
    margin-block: var(--_space-xs) 0;
    font-size: var(--_font-size-s);
    color: var(--_color-muted);
  }
  /* Breaks and meals: one slim line of time and title. */
  .session.light {
    --_tint: var(--_color-break);
    align-items: baseline;
    padding-block: var(--_space-xs);
    color: var(--_color-muted);
  }
  .light .body {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space-s);
  }
  .light .title {
    font-size: inherit;
    font-weight: var(--_font-weight-body);
  }
  .light .meta {
    margin: 0;
  }
  .clamp {
    margin-block-start: var(--_space-s);
  }
  .clamp:not(.open) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    line-clamp: 4;
    overflow: hidden;
  }
  .clamp p:last-child {
    margin-block-end: 0;
  }
  .more {
    border: none;
    padding-inline: 0;
    text-decoration: underline;
  }
  .more:hover {
    color: var(--_color-accent);
    background: none;
    text-decoration-thickness: 2px;
  }
  .bullets {
    list-style: disc;
    padding-inline-start: 1.25em;
    margin-block: var(--_space-s);
  }
  .label {
    margin-block: var(--_space-s) 0;
    font-weight: var(--_font-weight-strong);
  }
  .speakers,
  .moderators {
    margin-block-start: var(--_space-s);
  }
  .speaker-name {
    font-weight: var(--_font-weight-strong);
  }
  /* Inside an agenda a name opens the speaker's entry: a button that reads as a name, underlined. */
  button.speaker-name {
    padding: 0;
    border: none;
    font-size: inherit;
    text-align: start;
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  button.speaker-name:hover {
    color: var(--_color-accent);
    background: none;
    text-decoration-thickness: 2px;
  }
  /*
   * A long list (40 sessions or more): the content of sessions off screen skips style, layout and
   * paint until it nears the viewport; each keeps the height it last had (an estimate until then).
   * The time and actions cells stay laid out, so the subgrid's time column is still as wide as the
   * longest range. The clip margin leaves room for focus rings and for nested sessions, which reach
   * into the actions column.
   */
  .sessions:has(> .session:nth-child(40)) > .session > .body {
    content-visibility: auto;
    contain-intrinsic-size: auto 7rem;
    overflow-clip-margin: calc(2rem + 2 * var(--_space-m) + 4px);
  }
  .speaker-details {
    color: var(--_color-muted);
  }
  /* A wrapped label sits with its names, not with the line above. */
  .moderators .speakers {
    margin: 0;
  }
  .moderators {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space-s);
  }
  .people-label {
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_color-muted);
  }
  .tbc {
    font-style: italic;
  }
  /* A margin, not a space: the CDN build's template minifier drops a space that starts a template. */
  .note {
    margin-inline-start: 0.3em;
  }
  .children {
    margin-block-start: var(--_space-s);
    border-inline-start: 3px solid var(--_color-accent);
  }
  /* Into the parent's actions column (its buttons, two gaps), so nested buttons line up with it. */
  .children {
    margin-inline-end: calc(-1 * var(--_actions-width, 2rem) - 2 * var(--_space-m));
  }
  /* With a favourite star beside the button, the column holds two buttons and their gap. */
  .session:has(> .actions > .favourite) {
    --_actions-width: calc(4rem + var(--_space-xs));
  }
  .children .session {
    border-block-start: none;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-s) 0;
  }
  .children .title {
    font-size: var(--_font-size-m);
    font-weight: var(--_font-weight-strong);
  }
  /* A narrow column: the time goes above the title, the actions button stays at the end of its line. */
  @container (max-width: 40rem) {
    .session {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'time actions' 'body body';
      row-gap: var(--_space-xs);
    }
    .session:not(:has(> .time)) {
      grid-template-areas: 'body actions';
    }
    .children {
      margin-inline-end: 0;
    }
    .session.light {
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-areas: 'time body';
      column-gap: var(--_space-s);
    }
    /* Its time is hidden: the actions button goes beside the content, not over the title. */
    .session.parallel {
      grid-template-areas: 'time actions' 'body actions';
      row-gap: 0;
    }
  }
  @media print {
    .session {
      break-inside: avoid;
    }
    .clamp:not(.open) {
      display: block;
      overflow: visible;
    }
  }
`,
  ...metaStyles,
];
