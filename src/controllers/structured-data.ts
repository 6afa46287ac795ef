import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AgendaModel } from '../feed/model.js';
import { structuredData } from '../feed/structured-data.js';

/** The Trusted Types policy that may write the JSON-LD; a page that enforces Trusted Types allows it by name. */
export const SCRIPT_POLICY = 'seminar-agenda';

/** The part of the Trusted Types API used here (TypeScript's DOM library has none). */
interface ScriptPolicyFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): { createScript(input: string): unknown };
}

/**
 * Script text is a Trusted Types sink even in a script that never runs, so in a browser with
 * Trusted Types the JSON goes through a policy of this library's own, made once per page. A page
 * whose CSP does not allow it gets no JSON-LD and one console line saying how to allow it.
 */
let policy: ((json: string) => unknown) | null | undefined;

function scriptText(json: string): unknown {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: ScriptPolicyFactory }).trustedTypes;
    try {
      // The input is JSON from structuredData(), in a script of type application/ld+json: never run.
      const made = factory?.createPolicy(SCRIPT_POLICY, { createScript: (input) => input });
      policy = made ? (input) => made.createScript(input) : (input) => input;
    } catch {
      policy = null;
      console.warn(
        `[seminar-agenda] The page's Trusted Types policy does not allow "${SCRIPT_POLICY}", so the program is not written as JSON-LD; add it to trusted-types, or set no-structured-data.`,
      );
    }
  }
  return policy?.(json);
}

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
      // "<" escaped so that a serialised copy of the page (outerHTML, a prerender) cannot close the element early.
      const text = scriptText(JSON.stringify(structuredData(model)).replace(/</g, '\\u003c'));
      if (text === undefined) return;
      (this.#script as { text: unknown }).text = text;
      this.#written = model;
    }
    if (this.#script.parentNode !== this.host) this.host.append(this.#script);
  }
}
