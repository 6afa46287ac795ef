import type { SessionModel } from './model.js';

/** Ids of the session under way and the one after it; both unset outside the event. */
export interface LiveMarks {
  current?: string;
  next?: string;
}

/**
 * Which top-level sessions (in time order) are on now and next. Before the first
 * start and from the last end on nothing is marked; in a gap only the next one is.
 */
export function liveMarks(sessions: SessionModel[], now: number): LiveMarks {
  const timed = sessions.filter((s) => s.start !== undefined && s.end !== undefined);
  const first = timed[0];
  const lastEnd = Math.max(...timed.map((s) => s.end!));
  if (!first || now < first.start! || now >= lastEnd) return {};
  const current = timed.findLast((s) => s.start! <= now && now < s.end!);
  const next = timed.find((s) => s.start! > now);
  return { current: current?.id, next: next?.id };
}

/** True when both name the same sessions, so a tick that changes nothing renders nothing. */
export function sameMarks(a: LiveMarks, b: LiveMarks): boolean {
  return a.current === b.current && a.next === b.next;
}
