import { ContextConsumer, type ContextCallback } from '@lit/context';
import type { PropertyDeclarations } from 'lit';
import { agendaContext } from '../context/agenda-context.js';
import { localeContext } from '../context/locale-context.js';
import { messagesContext } from '../context/messages-context.js';
import { timeZoneContext } from '../context/time-zone-context.js';
import type { AgendaModel } from '../feed/model.js';
import { messagesFor, type Messages } from '../i18n/index.js';
import { warnNotLoaded } from './dev-log.js';
import { resolveLocale } from './locale.js';
import { SeminarElement } from './seminar-element.js';

/** The callbacks of an element's context consumers, by context: what `for` hands to the agenda it names. */
export type ContextRequests = Map<unknown, ContextCallback<unknown>>;

/**
 * The base of the elements that show part of a program: inside `<seminar-agenda>` they read its
 * model, UI locale, string overrides and display zone from context; anywhere else in the page,
 * `for` names the agenda whose providers answer them instead.
 */
export abstract class ProgramElement extends SeminarElement {
  static override get properties(): PropertyDeclarations {
    return { htmlFor: { attribute: 'for' } };
  }

  // Controllers rather than the consume decorator: the CDN bundle then carries no decorator code for context.
  readonly #modelConsumer = new ContextConsumer(this, { context: agendaContext, subscribe: true });
  readonly #localeConsumer = new ContextConsumer(this, { context: localeContext, subscribe: true });
  readonly #messagesConsumer = new ContextConsumer(this, { context: messagesContext, subscribe: true });
  readonly #zoneConsumer = new ContextConsumer(this, { context: timeZoneContext, subscribe: true });

  /** The link to the agenda named by `for`, imported the first time an element has one. */
  #linking?: Promise<unknown>;

  /** Id of a `<seminar-agenda>` anywhere in the same document (or shadow root) to show the program of, when this element is not inside it. */
  htmlFor?: string;

  constructor() {
    super();
    // The consumers ask once, when connected, possibly before `for` is read or its link is loaded:
    // their callbacks are kept for the link to take to the agenda it finds.
    const requests: ContextRequests = new Map();
    this.addEventListener('context-request', (event) => requests.set(event.context, event.callback));
    this.addController({ hostUpdate: () => this.#link(requests) });
  }

  protected get contextModel(): AgendaModel | undefined {
    return this.#modelConsumer.value;
  }

  /** The zone the agenda shows times in; unset when there is no agenda. */
  protected get contextTimeZone(): string | undefined {
    return this.#zoneConsumer.value;
  }

  /** Own `lang`, else the agenda's UI locale, else the page's, else English. */
  protected get uiLocale(): string {
    return resolveLocale(this, this.#localeConsumer.value);
  }

  /** The UI strings of `uiLocale` with the agenda's overrides laid over them. */
  protected get uiMessages(): Messages {
    return messagesFor(this.uiLocale, this.#messagesConsumer.value);
  }

  /** Most pages put these elements inside an agenda: only a page that uses `for` loads the link. */
  #link(requests: ContextRequests): void {
    if (!this.htmlFor || this.#linking) return;
    this.#linking = import('../controllers/agenda-link.js').then(
      ({ AgendaLink }) => new AgendaLink(this, requests),
      (error: Error) => warnNotLoaded(`<${this.localName} for>`, error.message),
    );
  }
}
