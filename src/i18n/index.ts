import type { FindMessages } from './find-messages.js';
import type { Messages } from './messages.js';
import { da } from './locales/da.js';
import { en } from './locales/en.js';
import type { FavouriteMessages } from './favourites.js';
import { zoneOffset } from '../feed/time.js';

export type { Messages };

const catalogue: Record<string, Messages> = { da, en };

/** "da-DK" → "da". */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0]!;
}

/**
 * Strings a page supplies to add a language or reword some, the search and filter bar's
 * (`FindMessages`) included; `kinds`, `tiers`, `filters` and `kindNames` merge by key.
 */
export type MessageOverrides = Partial<Omit<Messages, 'kinds' | 'tiers'>> &
  Partial<Omit<FindMessages, 'filters' | 'kindNames'>> &
  Partial<FavouriteMessages> & {
    kinds?: Partial<Messages['kinds']>;
    tiers?: Messages['tiers'];
    filters?: Partial<FindMessages['filters']>;
    kindNames?: Partial<FindMessages['kindNames']>;
  };

const merged = new WeakMap<MessageOverrides, Map<Messages, Messages>>();

/**
 * UI strings for a BCP 47 tag: exact match, then its language, then English;
 * a page's overrides go on top.
 */
export function messagesFor(locale: string, overrides?: MessageOverrides): Messages {
  const base = catalogue[locale.toLowerCase()] ?? catalogue[primaryLanguage(locale)] ?? en;
  if (!overrides) return base;
  // The same object for the same strings: a timeline rebuilds only rows whose view changed, and a new
  // object on every render would rebuild all of them (~200 ms for 1,000 sessions).
  let byBase = merged.get(overrides);
  if (!byBase) merged.set(overrides, (byBase = new Map()));
  let messages = byBase.get(base);
  if (!messages) {
    messages = { ...base, ...overrides, kinds: { ...base.kinds, ...overrides.kinds }, tiers: { ...base.tiers, ...overrides.tiers } };
    byBase.set(base, messages);
  }
  return messages;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build and a program formats hundreds of times. */
function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

/** A clock time in the locale's form: "08.30" in Danish, "8:30 AM" in US English. */
export function formatTime(instant: number, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, TIME_OF_DAY).format(instant);
}

/** The event's date in the locale's long form: "tirsdag den 20. maj 2025". */
export function formatDate(instant: number, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { dateStyle: 'full' }).format(instant);
}

/** A short date and time, for "last updated" notes. */
export function formatDateTime(instant: number, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(instant);
}

/** The program's dates: "tirsdag den 20. maj 2025", or a range when it spans days. */
export function formatDateRange(start: number, end: number, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { dateStyle: 'full' }).formatRange(start, end);
}

/** A short date for a day tab: "tirs. 20. maj", "Tue, May 20". */
export function formatDay(instant: number, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { weekday: 'short', day: 'numeric', month: 'short' }).format(instant);
}

/** The zone's name as the locale says it at that instant: "Central European Summer Time". */
export function formatZoneName(instant: number, locale: string, timeZone: string): string {
  const parts = formatter(locale, timeZone, { timeZoneName: 'long' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

const languageNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the UI locale, capitalised as a label stands alone: "Tysk", "German". */
export function languageName(tag: string, locale: string): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames(locale, { type: 'language' })));
  const name = names.of(tag)!;
  return name[0]!.toLocaleUpperCase(locale) + name.slice(1);
}

/** `2025-05-20T08:30:00.000Z`, for `<time datetime>`. */
export function machineTime(instant: number): string {
  return new Date(instant).toISOString();
}

// timeline
/** Numeric hour, as people write times: "9:00 AM" in English, "08.30" in Danish (whose pattern pads). */
const TIME_OF_DAY: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** One run of a formatted time range: text of the start, of the end, or shared by both ("–", "AM"). */
export interface TimeRangePart {
  source: 'startRange' | 'endRange' | 'shared';
  value: string;
}

const DAY = 86_400_000;

/**
 * A session's start and end as the locale writes a range ("9:00 – 9:30 AM", "08.30–09.00"),
 * split into runs so that each end can sit in its own `<time>` element.
 */
export function formatTimeRange(start: number, end: number, locale: string, timeZone: string): TimeRangePart[] {
  const format = formatter(locale, timeZone, TIME_OF_DAY);
  let parts = format.formatRangeToParts(start, end);
  // Past midnight Intl writes both dates ("12/27/2025, 11:00 PM – 12/28/2025, 12:00 AM"): the day
  // heading has the date, and one such range would widen the time column of the whole list. Under a
  // day long, the end is written at its clock time on the start's day (a range may run backwards).
  if (end - start < DAY && parts.some((part) => part.type === 'day'))
    parts = format.formatRangeToParts(start, end - DAY + zoneOffset(end, timeZone) - zoneOffset(end - DAY, timeZone));
  const runs: TimeRangePart[] = [];
  for (const { source, value } of parts) {
    const last = runs.at(-1);
    if (last?.source === source) last.value += value;
    else runs.push({ source: source as TimeRangePart['source'], value });
  }
  return runs;
}
