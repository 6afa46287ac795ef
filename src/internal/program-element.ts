import { ContextConsumer } from '@lit/context';
import { agendaContext } from '../context/agenda-context.js';
import { localeContext } from '../context/locale-context.js';
import { messagesContext } from '../context/messages-context.js';
import type { AgendaModel } from '../feed/model.js';
import { messagesFor, type Messages } from '../i18n/index.js';
import { resolveLocale } from './locale.js';
import { SeminarElement } from './seminar-element.js';

/**
 * The base of the elements that show part of a program: inside `<seminar-agenda>`
 * they read its model, UI locale and string overrides from context.
 */
export abstract class ProgramElement extends SeminarElement {
  // Controllers rather than the consume decorator: the CDN bundle then carries no decorator code for context.
  readonly #modelConsumer = new ContextConsumer(this, { context: agendaContext, subscribe: true });
  readonly #localeConsumer = new ContextConsumer(this, { context: localeContext, subscribe: true });
  readonly #messagesConsumer = new ContextConsumer(this, { context: messagesContext, subscribe: true });

  protected get contextModel(): AgendaModel | undefined {
    return this.#modelConsumer.value;
  }

  /** Own `lang`, else the agenda's UI locale, else the page's, else English. */
  protected get uiLocale(): string {
    return resolveLocale(this, this.#localeConsumer.value);
  }

  /** The UI strings of `uiLocale` with the agenda's overrides laid over them. */
  protected get uiMessages(): Messages {
    return messagesFor(this.uiLocale, this.#messagesConsumer.value);
  }
}
