import { ContextEvent, type Context } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { agendaContext } from '../context/agenda-context.js';
import { localeContext } from '../context/locale-context.js';
import { messagesContext } from '../context/messages-context.js';
import { timeZoneContext } from '../context/time-zone-context.js';

/** What an agenda provides to the elements inside it, and so to those linked to it. */
const CONTEXTS: Context<unknown, unknown>[] = [agendaContext, localeContext, messagesContext, timeZoneContext];

/** An element with a `for` attribute naming an agenda. */
type LinkHost = ReactiveElement & { htmlFor?: string };

/**
 * Links an element outside `<seminar-agenda>` to the agenda its `for` attribute names: it asks the
 * agenda's context providers directly, as an element inside would, so it follows every reload,
 * the visitor's zone and the agenda's language. The agenda may come into the page, or be defined,
 * before or after the element; a MutationObserver on the element's root notices it arriving,
 * leaving or changing id. Loaded on use by ProgramElement.
 */
export class AgendaLink implements ReactiveController {
  /** The element followed now; undefined while disconnected. */
  #target?: Element | null;
  /** The element whose program is held; kept while disconnected, so moving the element shows no gap. */
  #shown?: Element | null;
  #unsubscribes: (() => void)[] = [];
  readonly #observer = new MutationObserver(() => this.#resolve());

  constructor(
    private readonly host: LinkHost,
    /** Where the host reads what the agenda provides, by context. */
    private readonly linked: Map<unknown, unknown>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(this.host.getRootNode(), { childList: true, subtree: true, attributeFilter: ['id'] });
    this.#resolve();
  }

  hostUpdate(): void {
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    this.#unsubscribe();
    this.#target = undefined;
  }

  /** Follows the element the id names now, if that is not the one followed already. */
  #resolve(): void {
    const id = this.host.htmlFor;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const target = id && this.host.isConnected ? root.getElementById(id) : null;
    if (target !== this.#target) this.#follow(target);
  }

  #follow(target: Element | null): void {
    this.#unsubscribe();
    this.#target = target;
    if (target !== this.#shown) {
      this.linked.clear();
      this.host.requestUpdate();
    }
    this.#shown = target;
    if (!target) return;
    // An agenda not yet upgraded has no providers to answer. Any other element never answers.
    void customElements
      .whenDefined(target.localName)
      .catch(() => undefined)
      .then(() => {
        if (this.#target !== target) return;
        for (const context of CONTEXTS) this.#subscribe(target, context);
        if (!this.#unsubscribes.length)
          console.warn(
            `[seminar-agenda] <${this.host.localName} for="${this.host.htmlFor}"> names a <${target.localName}>, not a <seminar-agenda>; it shows nothing.`,
          );
      });
  }

  #subscribe(target: Element, context: Context<unknown, unknown>): void {
    let unsubscribe: (() => void) | undefined;
    target.dispatchEvent(
      new ContextEvent(
        context,
        this.host,
        (value: unknown, dispose?: () => void) => {
          unsubscribe = dispose;
          this.linked.set(context, value);
          this.host.requestUpdate();
        },
        true,
      ),
    );
    if (unsubscribe) this.#unsubscribes.push(unsubscribe);
  }

  #unsubscribe(): void {
    this.#unsubscribes.forEach((unsubscribe) => unsubscribe());
    this.#unsubscribes = [];
  }
}
