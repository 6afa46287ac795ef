import { primaryLanguage } from './index.js';

/**
 * Strings of the "changed since your visit" summary and marks. They come with the module that
 * renders them (loaded only when there is something to compare), not with the main catalogue;
 * a page rewords them through `messages.changes`.
 */
export interface ChangeMessages {
  /** The summary line: how many changes since `when`, a formatted date and time. */
  summary: (count: number, when: string) => string;
  /** Said politely to screen readers when a refresh brings changes. */
  refreshed: (count: number) => string;
  /** Marks on a session, and labels in the summary list. */
  new: string;
  moved: string;
  removed: string;
  /** The earlier time and room of a moved session. */
  was: (value: string) => string;
  /** The button that hides the summary. */
  dismiss: string;
}

const da: ChangeMessages = {
  summary: (count, when) => `${count} ${count === 1 ? 'ændring' : 'ændringer'} siden dit besøg ${when}`,
  refreshed: (count) => `Programmet er opdateret: ${count} ${count === 1 ? 'ændring' : 'ændringer'}`,
  new: 'Ny',
  moved: 'Flyttet',
  removed: 'Fjernet',
  was: (value) => `før ${value}`,
  dismiss: 'Skjul',
};

const en: ChangeMessages = {
  summary: (count, when) => `${count} ${count === 1 ? 'change' : 'changes'} since your visit on ${when}`,
  refreshed: (count) => `The program was updated: ${count} ${count === 1 ? 'change' : 'changes'}`,
  new: 'New',
  moved: 'Moved',
  removed: 'Removed',
  was: (value) => `was ${value}`,
  dismiss: 'Dismiss',
};

const catalogue: Record<string, ChangeMessages> = { da, en };

/** The strings for a locale (its language, else English) with a page's rewording on top. */
export function changeMessagesFor(locale: string, overrides?: Partial<ChangeMessages>): ChangeMessages {
  return { ...(catalogue[primaryLanguage(locale)] ?? en), ...overrides };
}
