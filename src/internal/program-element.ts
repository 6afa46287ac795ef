import { consume } from '@lit/context';
import { agendaContext } from '../context/agenda-context.js';
import { localeContext } from '../context/locale-context.js';
import { messagesContext } from '../context/messages-context.js';
import type { AgendaModel } from '../feed/model.js';
import { messagesFor, type MessageOverrides, type Messages } from '../i18n/index.js';
import { resolveLocale } from './locale.js';
import { SeminarElement } from './seminar-element.js';

/**
 * The base of the elements that show part of a program: inside `<seminar-agenda>`
 * they read its model, UI locale and string overrides from context.
 */
export abstract class ProgramElement extends SeminarElement {
  @consume({ context: agendaContext, subscribe: true })
  protected contextModel?: AgendaModel;

  @consume({ context: localeContext, subscribe: true })
  protected contextLocale?: string;

  @consume({ context: messagesContext, subscribe: true })
  protected contextMessages?: MessageOverrides;

  /** Own `lang`, else the agenda's UI locale, else the page's, else English. */
  protected get uiLocale(): string {
    return resolveLocale(this, this.contextLocale);
  }

  /** The UI strings of `uiLocale` with the agenda's overrides laid over them. */
  protected get uiMessages(): Messages {
    return messagesFor(this.uiLocale, this.contextMessages);
  }
}
