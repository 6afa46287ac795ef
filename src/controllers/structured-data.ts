import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AgendaModel } from '../feed/model.js';
import { structuredData } from '../feed/structured-data.js';

/** What the host shows and whether it asked for no structured data. */
export interface StructuredDataState {
  model?: AgendaModel;
  off: boolean;
}

/**
 * Keeps one `<script type="application/ld+json">` with the shown program in the host's light DOM,
 * where crawlers read it: rewritten when the program changes (a refresh), taken out when the host
 * asks for none. It leaves the document with its host, since it is the host's child.
 */
export class StructuredDataController implements ReactiveController {
  readonly #script = document.createElement('script');
  #written?: AgendaModel;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly state: () => StructuredDataState,
  ) {
    this.#script.type = 'application/ld+json';
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdated(): void {
    this.#sync();
  }

  #sync(): void {
    const { model, off } = this.state();
    if (off || !model) {
      this.#script.remove();
      this.#written = undefined;
      return;
    }
    if (model !== this.#written) {
      // A text node, not textContent: script text is a Trusted Types sink; this script never runs.
      // "<" escaped so that a serialised copy of the page (outerHTML, a prerender) cannot close the element early.
      this.#script.replaceChildren(JSON.stringify(structuredData(model)).replace(/</g, '\\u003c'));
      this.#written = model;
    }
    if (this.#script.parentNode !== this.host) this.host.append(this.#script);
  }
}
