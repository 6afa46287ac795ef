import { primaryLanguage, type Messages } from './index.js';

/**
 * The strings of the favourites' notices and tools. They come with the favourites chunk, not the
 * CDN bundle's first load (only the star's name and the "My program" switch are on the first
 * screen); a page rewords them through the agenda's `messages` like any other string.
 */
export interface FavouriteMessages {
  /** Sessions that left the feed were taken out of the visitor's program; `titles` lists them. */
  favouritesDropped: (titles: string) => string;
  /** A share link brought `count` sessions that are not yet in the visitor's program. */
  favouritesOffer: (count: number) => string;
  favouritesAccept: string;
  favouritesDecline: string;
  /** Closes a notice. */
  dismiss: string;
  /** Shown in "My program" while it holds nothing. */
  favouritesEmpty: string;
  favouritesToCalendar: string;
  /** Copies the share link, which opens the same favourites on another device. */
  favouritesShare: string;
}

const en: FavouriteMessages = {
  favouritesDropped: (titles) => `No longer in the program, so taken out of yours: ${titles}.`,
  favouritesOffer: (count) => `This link shares ${count} ${count === 1 ? 'session' : 'sessions'} for your program.`,
  favouritesAccept: 'Add to my program',
  favouritesDecline: 'No thanks',
  dismiss: 'Dismiss',
  favouritesEmpty: 'Your program is empty. Press the star beside a session to add it.',
  favouritesToCalendar: 'Add my program to calendar',
  favouritesShare: 'Copy link to my program',
};

const da: FavouriteMessages = {
  favouritesDropped: (titles) => `Ikke længere i programmet og derfor fjernet fra dit: ${titles}.`,
  favouritesOffer: (count) => `Dette link deler ${count} ${count === 1 ? 'programpunkt' : 'programpunkter'} til dit program.`,
  favouritesAccept: 'Føj til mit program',
  favouritesDecline: 'Nej tak',
  dismiss: 'Luk',
  favouritesEmpty: 'Dit program er tomt. Tryk på stjernen ved et programpunkt for at føje det til.',
  favouritesToCalendar: 'Føj mit program til kalender',
  favouritesShare: 'Kopiér link til mit program',
};

/** The strings for `locale` with the page's overrides, which `messages` (from messagesFor) already carries, on top. */
export function favouriteMessagesFor(locale: string, messages: Messages): FavouriteMessages & Messages {
  return { ...(primaryLanguage(locale) === 'da' ? da : en), ...messages };
}
