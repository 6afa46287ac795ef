import { css } from 'lit';

/**
 * The printed handout. Adopted by its controller (controllers/handout.ts), which the agenda loads
 * once the browser is idle after the program shows; what every printout needs (no controls, light
 * colours, sessions kept whole) is in the elements' own styles.
 */
export const agendaHandoutStyles = css`
  @media print {
    /* The QR code sits in the top corner of the first page, beside the header. */
    /* Paper has its margins: the agenda's own padding would only narrow the program below the width that keeps times in a column. */
    .agenda {
      position: relative;
      padding: 0;
    }
    .series,
    .event-title,
    .subtitle,
    .date {
      padding-inline-end: 3.4cm;
    }
    .handout {
      position: absolute;
      inset-block-start: 0;
      inset-inline-end: 0;
      inline-size: 3cm;
      font-size: 7pt;
      line-height: 1.3;
      text-align: center;
      color: var(--_color-muted);
    }
    .handout p {
      margin: 0;
    }
    .qr {
      display: block;
      inline-size: 2.6cm;
      block-size: 2.6cm;
      margin-inline: auto;
      margin-block-end: 0.1cm;
    }
    .url {
      overflow-wrap: anywhere;
    }
    /* A heading never ends a page, away from what it heads. */
    .section-title,
    .date {
      break-after: avoid;
    }
    /* Two speakers to a row: the program already names each speaker beside their session. */
    .speakers {
      columns: 2;
      column-gap: var(--_space-m);
    }
  }
`;
