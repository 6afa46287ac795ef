import type { FailureKind } from '../feed/parse.js';
import type { SessionKind } from '../feed/schema.js';
import type { ChangeMessages } from './change-messages.js';

/** Every UI string; a locale supplies all of them. */
export interface Messages {
  loading: string;
  /** What visitors read when the feed cannot be shown, by cause. */
  failures: Record<FailureKind, string>;
  /** Shown above a program kept from an earlier load; `when` is a formatted date and time. */
  lastUpdated: (when: string) => string;
  empty: string;
  program: string;
  speakers: string;
  sponsors: string;
  moderator: string;
  questions: string;
  /** Read out before a session's room and track, which are shown without a label. */
  room: string;
  track: string;
  /** Read out before the language of a session that is not in the event's language. */
  language: string;
  tbc: string;
  /** Label before the zone's name, shown when times are not in the visitor's own zone. */
  timeZone: string;
  /** The toggle's text while times are in the event's zone. */
  showLocalTime: string;
  /** The toggle's text while times are in the visitor's zone. */
  showEventTime: string;
  /** Accessible name of the day switcher. */
  days: string;
  /** Badges of the session under way and the one after it. */
  now: string;
  next: string;
  /** Shown with the title of a session that does not take place. */
  cancelled: string;
  addToCalendar: string;
  addProgramToCalendar: string;
  copyLink: string;
  /** Announced once the link is on the clipboard. */
  linkCopied: string;
  /** Label of the selected link field shown when the clipboard is not available. */
  copyLinkManually: string;
  /**
   * Labels of the kinds worth naming in a session's meta line. Talks, other items and the pauses
   * (whose slim row marks them) have none, so they show none; an override can name them.
   */
  kinds: Partial<Record<SessionKind, string>>;
  /** Headings for well-known sponsor tiers; other tiers are shown as written. */
  tiers: Record<string, string>;
  /** Before the session titles on a speaker card that awaits confirmation. */
  takesPartIn: string;
  /** Accessible name of a session's actions button. */
  sessionActions: (title: string) => string;
  /** The disclosure under a shortened description, closed and open. */
  showMore: string;
  showLess: string;
  /** Rewording of the changes summary and marks, whose own strings load with them (change-messages.ts). */
  changes?: Partial<ChangeMessages>;
  /** Skip links before a long program, to the sections after it. */
  skipToSpeakers: string;
  skipToSponsors: string;
  /** The disclosure of a speaker's bio and links in the speaker directory. */
  bio: string;
  /** How many speakers the directory lists, under its heading. */
  speakerCount: (count: number) => string;
  /** Accessible name of a session's favourite toggle (its pressed state says whether it is in). */
  favourite: (title: string) => string;
  /** The switch that shows only the visitor's favourites. */
  myProgram: string;
  /** Accessible name of the switch between the program's views, and the text of its two buttons. */
  view: string;
  listView: string;
  gridView: string;
  /** Above the list the grid view shows when its room columns do not fit the width. */
  gridTooNarrow: string;
  /** The button that prints the program as a handout. */
  printProgram: string;
  /** On the handout, above the link to the online program (and beside its QR code). */
  programOnline: string;
}
