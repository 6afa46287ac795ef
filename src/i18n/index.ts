import type { Messages } from './messages.js';
import { da } from './locales/da.js';
import { en } from './locales/en.js';

export type { Messages };

const catalogue: Record<string, Messages> = { da, en };

/** UI strings for a BCP 47 tag: exact match, then its language, then English. */
export function messagesFor(locale: string): Messages {
  const language = locale.toLowerCase().split('-')[0]!;
  return catalogue[locale.toLowerCase()] ?? catalogue[language] ?? en;
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

/** A clock time in the locale's form: "08.30" in Danish, "08:30 AM" in US English. */
export function formatTime(instant: number, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { hour: '2-digit', minute: '2-digit' }).format(instant);
}

/** The event's date in the locale's long form: "tirsdag den 20. maj 2025". */
export function formatDate(instant: number, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { dateStyle: 'full' }).format(instant);
}

/** `2025-05-20T08:30:00.000Z`, for `<time datetime>`. */
export function machineTime(instant: number): string {
  return new Date(instant).toISOString();
}
