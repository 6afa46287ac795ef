import { createContext } from '@lit/context';

/** The IANA zone `<seminar-agenda>` shows times in: the event's, the visitor's or one it was given. */
export const timeZoneContext = createContext<string | undefined>(Symbol.for('seminar-agenda:time-zone'));
