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
    gap: var(--_space-l);
    padding: var(--_padding);
  }
  .series,
  .date,
  .stale {
    margin: 0;
    color: var(--_color-muted);
  }
  .event-title {
    font-size: var(--_font-size-xl);
    line-height: 1.2;
  }
  .subtitle {
    font-size: var(--_font-size-l);
    margin-block: var(--_space-s);
  }
  .section-title {
    font-size: var(--_font-size-l);
    margin-block: 0 var(--_space-s);
  }
  .speakers {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--_space-m);
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
  /* A narrow column (a phone, a sidebar): smaller headings, the page's own margins are enough. */
  @container (max-width: 30rem) {
    .event-title {
      font-size: 1.35em;
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
