import type { SessionModel } from './model.js';
import { zoneOffset } from './time.js';

/** The sessions of one calendar day of the program, as seen in one time zone. */
export interface ProgramDay {
  /** ISO date, `2025-05-20`. */
  date: string;
  /** Start of the day's first session, epoch milliseconds; what the date is formatted from. */
  start: number;
  sessions: SessionModel[];
}

const pad = (value: number | undefined, width = 2) => String(value ?? 0).padStart(width, '0');

/** ISO date of an instant on a calendar in the zone. */
export function localDate(instant: number, timeZone: string): string {
  const wall = new Date(instant + zoneOffset(instant, timeZone));
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
}

const grouped = new WeakMap<SessionModel[], Map<string, ProgramDay[]>>();

/**
 * Top-level sessions (in time order) grouped by the date they start on in the
 * zone: a visitor far from the event may see one day's program split over two.
 * Cached per list and zone: a timeline asks on every render, and reading 1,000
 * dates in a zone takes ~100 ms.
 */
export function groupByDay(sessions: SessionModel[], timeZone: string): ProgramDay[] {
  let byZone = grouped.get(sessions);
  if (!byZone) grouped.set(sessions, (byZone = new Map()));
  let days = byZone.get(timeZone);
  if (!days) byZone.set(timeZone, (days = group(sessions, timeZone)));
  return days;
}

function group(sessions: SessionModel[], timeZone: string): ProgramDay[] {
  const days = new Map<string, ProgramDay>();
  for (const session of sessions) {
    if (session.start === undefined) continue;
    const date = localDate(session.start, timeZone);
    const day = days.get(date) ?? { date, start: session.start, sessions: [] };
    day.sessions.push(session);
    days.set(date, day);
  }
  return [...days.values()];
}

/** The day that holds a session, nested ones included. */
export function dayOf(days: ProgramDay[], sessionId: string): ProgramDay | undefined {
  const holds = (session: SessionModel): boolean => session.id === sessionId || session.sessions.some(holds);
  return days.find((day) => day.sessions.some(holds));
}
