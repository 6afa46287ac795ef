import { css } from 'lit';

export const agendaStyles = css`
  :host {
    container-type: inline-size;
  }
  /* Room between the agenda's own background and its text; 0 sets it flush with the page. */
  .agenda {
    display: grid;
    /* minmax(0, …): a long word or a wide logo wraps or shrinks instead of widening the column. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space-l) * 1.5);
    padding: var(--_padding);
  }
  .series,
  .date,
  .stale {
    margin: 0;
    color: var(--_color-muted);
  }
  /* An eyebrow above the title: the series names the context, the title stays the first thing read. */
  .series {
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .event-title {
    margin-block: var(--_space-xs) var(--_space-s);
    font-size: var(--_font-size-2xl);
    line-height: 1.15;
    text-wrap: balance;
  }
  .subtitle {
    margin-block: 0 var(--_space-s);
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-body);
    line-height: 1.35;
    color: var(--_color-muted);
  }
  .date {
    font-weight: var(--_font-weight-strong);
  }
  /* Running text stops at a readable measure; the program and the card grid keep the full width. */
  .series,
  .subtitle,
  [part='description'] {
    max-inline-size: var(--_measure);
  }
  [part='description'] {
    margin-block-start: var(--_space-m);
  }
  .rich-heading {
    margin-block: var(--_space-m) var(--_space-xs);
    font-size: var(--_font-size-l);
  }
  .section-title {
    margin-block: 0 var(--_space-m);
    padding-block-end: var(--_space-xs);
    border-block-end: 1px solid var(--_color-border);
    font-size: var(--_font-size-xl);
    line-height: 1.25;
  }
  .speakers {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr));
    gap: var(--_space-m);
  }
  /* A grid item, so each card fills its row's height and a row of cards lines up. */
  .speakers > li {
    display: grid;
  }
  .status {
    padding: var(--_space-m);
    border-radius: var(--_radius);
    background: var(--_color-break);
  }
  .stale {
    font-size: var(--_font-size-s);
  }
  .error {
    border-inline-start: 4px solid var(--_color-error);
  }
  /* A narrow column (a phone, a sidebar): each heading one step smaller. */
  @container (max-width: 30rem) {
    .event-title {
      font-size: calc(var(--_font-size-2xl) * 0.8);
    }
    .subtitle {
      font-size: calc(var(--_font-size-l) * 0.9);
    }
    .section-title {
      font-size: var(--_font-size-l);
    }
  }
  @media print {
    .speakers {
      display: block;
    }
    .speakers > li {
      break-inside: avoid;
      margin-block-end: var(--_space-s);
    }
  }
  @media (forced-colors: active) {
    .status {
      border: 1px solid CanvasText;
    }
  }
`;
