/** Times as exports write them: ISO with an offset (c3voc), local (Sessionize), "HH:MM" durations. */

/** A wall-clock time and the offset it was written with: keeping the offset keeps the instant exact. */
export interface OffsetTime {
  /** "2019-08-21T11:00" */
  local: string;
  /** "+02:00" */
  offset: string;
}

const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const LOCAL = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const DURATION = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/;

export function readOffsetTime(value: string | undefined): OffsetTime | undefined {
  const match = ISO_WITH_OFFSET.exec(value ?? '');
  if (!match) return undefined;
  const offset = match[2] === 'Z' ? '+00:00' : match[2]!.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  return { local: match[1]!, offset };
}

/** "2025-02-22T09:00:00" → "2025-02-22T09:00"; anything with an offset or another form → undefined. */
export function readLocalTime(value: string | undefined): string | undefined {
  return LOCAL.exec(value ?? '')?.[1];
}

export function formatOffsetTime(time: OffsetTime): string {
  return `${time.local}${time.offset}`;
}

/** Adds minutes on the wall clock of the time's own offset. */
export function addMinutes(time: OffsetTime, minutes: number): OffsetTime {
  const local = new Date(Date.parse(`${time.local}Z`) + minutes * 60_000).toISOString().slice(0, 16);
  return { local, offset: time.offset };
}

/** "01:30" → 90; seconds are rounded up so a "00:00:30" slot keeps a length. */
export function durationMinutes(value: string | undefined): number | undefined {
  const match = DURATION.exec(value ?? '');
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]) + (Number(match[3] ?? 0) > 0 ? 1 : 0);
}

export function offsetMinutes(offset: string): number {
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  return (offset.startsWith('-') ? -1 : 1) * (hours! * 60 + minutes!);
}

/**
 * "+02:00" → "Etc/GMT-2" (POSIX names invert the sign), "+00:00" → "UTC". A fixed
 * zone shows every time as the export wrote it; half-hour offsets have no Etc zone.
 */
export function zoneForOffset(offset: string): string | undefined {
  const minutes = offsetMinutes(offset);
  if (minutes === 0) return 'UTC';
  if (minutes % 60 !== 0) return undefined;
  const hours = minutes / 60;
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}
