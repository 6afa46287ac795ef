import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { ContextRequests } from '../internal/program-element.js';

/** An element with a `for` attribute naming an agenda. */
type LinkHost = ReactiveElement & { htmlFor?: string };

/**
 * Links an element outside `<seminar-agenda>` to the agenda its `for` attribute names: its context
 * consumers' requests go to the agenda's providers, as from an element inside it, so it follows
 * every reload, the visitor's zone and the agenda's language. The agenda may come into the page, or
 * be defined, before or after the element; a MutationObserver on the element's root notices it
 * arriving, leaving or changing id. The consumers themselves unsubscribe when the element is
 * disconnected. Loaded on use by ProgramElement.
 */
export class AgendaLink implements ReactiveController {
  /** The element followed now; undefined while disconnected. */
  #target?: Element | null;
  /** The element whose program is held; kept while disconnected, so moving the element shows no gap. */
  #shown?: Element | null;
  readonly #observer = new MutationObserver(() => this.#resolve());

  constructor(
    private readonly host: LinkHost,
    private readonly requests: ContextRequests,
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
    this.#target = target;
    // A fresh unsubscribe makes each consumer drop the agenda it followed.
    if (target !== this.#shown) for (const callback of this.requests.values()) callback(undefined, () => {});
    this.#shown = target;
    if (!target) return;
    // An agenda not yet upgraded has no providers to answer. Any other element never answers.
    void customElements
      .whenDefined(target.localName)
      .catch(() => undefined)
      .then(() => {
        if (this.#target !== target) return;
        let answered = false;
        for (const [context, callback] of this.requests) {
          const request = new ContextEvent(
            context as never,
            this.host,
            (value: unknown, unsubscribe?: () => void) => {
              answered = true;
              callback(value, unsubscribe);
            },
            true,
          );
          target.dispatchEvent(request);
        }
        if (!answered)
          console.warn(
            `[seminar-agenda] <${this.host.localName} for="${this.host.htmlFor}"> names a <${target.localName}>, not a <seminar-agenda>; it shows nothing.`,
          );
      });
  }
}
