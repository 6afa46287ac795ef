import { css } from 'lit';
import { color, space, token } from '../../internal/theme-styles.js';

export const agendaStyles = css`
  :host {
    container-type: inline-size;
  }
  .agenda {
    display: grid;
    gap: ${space('l')};
  }
  .series,
  .date,
  .stale {
    margin: 0;
    color: ${color('muted')};
  }
  .event-title {
    font-size: ${token('font-size-xl')};
    line-height: 1.2;
  }
  .subtitle {
    font-size: ${token('font-size-l')};
    margin-block: ${space('s')};
  }
  .section-title {
    font-size: ${token('font-size-l')};
    margin-block: 0 ${space('s')};
  }
  .speakers {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: ${space('m')};
  }
  .status {
    padding: ${space('m')};
    border-radius: ${token('radius')};
    background: ${color('break')};
  }
  .stale {
    font-size: ${token('font-size-s')};
  }
  .error {
    border-inline-start: 4px solid ${color('error')};
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
      margin-block-end: ${space('s')};
    }
  }
  @media (forced-colors: active) {
    .status {
      border: 1px solid CanvasText;
    }
  }
`;
