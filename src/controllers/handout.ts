import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { AgendaModel } from '../feed/model.js';
import { formatDateRange, type Messages } from '../i18n/index.js';
import { agendaHandoutStyles } from '../components/seminar-agenda/seminar-agenda-handout.styles.js';
import { warnNotLoaded } from '../internal/dev-log.js';
import { PrintController } from './print-media.js';
import { addStyles } from '../internal/add-styles.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What the agenda shows, read when it renders and when the page header is written. */
export interface HandoutState {
  model?: AgendaModel;
  locale: string;
  /** The zone the agenda shows times in. */
  timeZone: string;
}

/** Modules of a QR code: true is dark. */
type Encode = (text: string) => boolean[][];

/** Light modules around the code, as the QR standard asks. */
const QUIET_ZONE = 4;

/**
 * What turns a printed agenda into a handout: the event title and date at the top of every page
 * after the first and page numbers below (page margin boxes of a sheet on the document, the only
 * place Chromium reads them), and a QR code with the link to the online program. The QR encoder is
 * imported the first time the page prints, or when the visitor presses the print button, which
 * waits for it before it opens the print dialog; a print that starts before it is in shows the link
 * as text alone. The host renders `render()` in its program tools.
 */
export class HandoutController implements ReactiveController {
  readonly #print: PrintController;
  readonly #pageSheet = new CSSStyleSheet();
  /** What the page rules were last written for. */
  #written?: HandoutState;
  #encode?: Encode;
  #loading?: Promise<void>;
  #qr?: { url: string; path: string; size: number };

  constructor(
    private readonly host: Host,
    private readonly state: () => HandoutState,
  ) {
    this.#print = new PrintController(host, (printing) => printing && void this.#load());
    host.addController(this);
    // The handout's styles come with this module, like the control that starts it.
    addStyles(host, agendaHandoutStyles);
    host.requestUpdate();
  }

  hostConnected(): void {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#pageSheet];
  }

  hostDisconnected(): void {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.#pageSheet);
  }

  hostUpdated(): void {
    const state = this.state();
    const last = this.#written;
    if (last && last.model === state.model && last.locale === state.locale && last.timeZone === state.timeZone) return;
    // Only when what the rules say changes: reading the host's font forces a style pass of the page,
    // which on a 1,000-session program cost a search or filter change tens of milliseconds.
    this.#written = state;
    const event = state.model?.event;
    if (!event) return;
    const date = event.start === undefined ? '' : formatDateRange(event.start, event.end ?? event.start, state.locale, state.timeZone);
    this.#pageSheet.replaceSync(pageRules(event.title, date, getComputedStyle(this.host).fontFamily));
  }

  /** The print button, and on paper the link to the program as a QR code and as text. */
  render(messages: Messages) {
    return html`<button part="print" class="print" type="button" @click=${this.print}>${messages.printProgram}</button>
      ${this.#print.printing ? this.#renderHandout(messages) : nothing}`;
  }

  #renderHandout(messages: Messages) {
    const url = programUrl();
    const qr = this.#qrFor(url);
    return html`<div part="handout" class="handout">
      ${
        qr
          ? html`<svg class="qr" aria-hidden="true" viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${qr.size + 2 * QUIET_ZONE} ${qr.size + 2 * QUIET_ZONE}">
            <rect x=${-QUIET_ZONE} y=${-QUIET_ZONE} width="100%" height="100%" fill="#fff"></rect><path d=${qr.path} fill="#000"></path>
          </svg>`
          : nothing
      }
      <p>${messages.programOnline}<br /><span class="url">${url}</span></p>
    </div>`;
  }

  /** Loads the QR encoder, renders the handout with it, then opens the browser's print dialog. */
  readonly print = async (): Promise<void> => {
    await this.#load();
    window.print();
  };

  #load(): Promise<void> {
    this.#loading ??= import('../internal/qr-code.js').then(
      ({ encode }) => {
        this.#encode = (text) => encode(text, { ecc: 'M', border: 0 }).data;
        this.host.requestUpdate();
      },
      (error: Error) => warnNotLoaded('the QR code of the printed program', error.message, 'the link is printed as text'),
    );
    return this.#loading;
  }

  /** The code for a URL, kept while the URL stays: the handout renders with every update of the agenda. */
  #qrFor(url: string) {
    if (!this.#encode) return undefined;
    if (this.#qr?.url !== url) {
      const modules = this.#encode(url);
      this.#qr = { url, path: darkRuns(modules), size: modules.length };
    }
    return this.#qr;
  }
}

/** The page the program is on, without the fragment that points into it (a session's anchor). */
export function programUrl(): string {
  return location.href.split('#')[0]!;
}

/** The dark modules as one SVG path, a rectangle per run in a row: a few hundred bytes for a URL. */
function darkRuns(modules: boolean[][]): string {
  let path = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      path += `M${start} ${y}h${x - start + 1}v1h${start - x - 1}z`;
    }
  });
  return path;
}

/**
 * Title and date in the top margin of every page but the first (which has the header), page numbers at
 * the bottom; margins with room for them, which the print dialog's own margin setting still overrides.
 */
function pageRules(title: string, date: string, fontFamily: string): string {
  const box = `font: 8pt ${fontFamily}; color: #555;`;
  return `@page {
    margin: 1.5cm 1.2cm;
    @top-left { content: ${cssString(title)}; ${box} }
    @top-right { content: ${cssString(date)}; ${box} }
    @bottom-center { content: counter(page) " / " counter(pages); ${box} }
  }
  @page :first {
    @top-left { content: none; }
    @top-right { content: none; }
  }`;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]+/g, '\\A ')}"`;
}
