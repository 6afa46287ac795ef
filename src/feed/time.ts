/**
 * Wall-clock ↔ instant conversion in an IANA zone with Intl alone: a date library
 * would add kilobytes to the CDN bundle for the one function the feed needs.
 */
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Builds a first formatter for a caller that waits anyway (a feed on the network): a page's first
 * Intl object starts ICU (~12 ms here), which the checks of the feed would otherwise pay after it arrived.
 */
export function startIntl(): void {
  formatterFor('UTC');
}

/** True when the runtime knows the IANA zone. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The date and clock fields an instant shows on a wall clock in the zone. */
export function wallClock(instant: number, timeZone: string): Partial<Record<Intl.DateTimeFormatPartTypes, number>> {
  return Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
}

const QUARTER_HOUR = 900_000;

/** Offsets by zone and quarter hour. */
const offsets = new Map<string, number>();

/**
 * Offset of the zone from UTC at an instant, in milliseconds. Cached per quarter hour: a program
 * asks about the same few hours thousands of times, and each exact answer formats a date (1,000
 * sessions: ~50 ms). A quarter hour whose two ends differ holds a change and is never cached.
 */
export function zoneOffset(instant: number, timeZone: string): number {
  const start = Math.floor(instant / QUARTER_HOUR) * QUARTER_HOUR;
  const key = `${timeZone} ${start}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = exactOffset(start, timeZone);
    if (offset !== exactOffset(start + QUARTER_HOUR - 1000, timeZone)) return exactOffset(instant, timeZone);
    offsets.set(key, offset);
  }
  return offset;
}

function exactOffset(instant: number, timeZone: string): number {
  const parts = wallClock(instant, timeZone);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const HAS_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/** A local date and time, optionally with an offset: "2025-05-20T09:10", "…+02:00", "…Z". */
export const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;

/** True when a feed time has the form of DATE_TIME and names a clock time that exists (not 25:00), so a zone can place it. */
export function isFeedTime(value: string): boolean {
  return DATE_TIME.test(value) && !Number.isNaN(Date.parse(HAS_OFFSET.test(value) ? value : `${value}Z`));
}

/**
 * The instant of a feed time: ISO with offset as given, a local time as read on a
 * clock in `timeZone`. A wall-clock time skipped by a DST change resolves forwards.
 */
export function toInstant(value: string, timeZone: string): number {
  if (HAS_OFFSET.test(value)) return Date.parse(value);
  const asUtc = Date.parse(`${value}Z`);
  const firstGuess = asUtc - zoneOffset(asUtc, timeZone);
  return asUtc - zoneOffset(firstGuess, timeZone);
}
