import { createContext } from '@lit/context';

/** The UI locale `<seminar-agenda>` chose (its `lang`, else the feed's language). */
export const localeContext = createContext<string | undefined>(Symbol.for('seminar-agenda:locale'));
