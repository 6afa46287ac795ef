import { createContext } from '@lit/context';
import type { MessageOverrides } from '../i18n/index.js';

/** UI strings a page set on `<seminar-agenda>` (its `messages`), laid over the built-in ones. */
export const messagesContext = createContext<MessageOverrides | undefined>(Symbol.for('seminar-agenda:messages'));
