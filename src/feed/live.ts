import type { SessionModel } from './model.js';

/** Ids of the sessions under way and of those starting next; both empty outside the event. */
export interface LiveMarks {
  now: string[];
  next: string[];
}

const NONE: LiveMarks = { now: [], next: [] };

/**
 * Which top-level sessions are on now and next. Parallel sessions share a mark: every session
 * under way is Now and every one starting at the next start time is Next. Before the first start
 * and from the last end on nothing is marked; in a gap only the next ones are. A cancelled
 * session is never either: it does not take place.
 */
export function liveMarks(sessions: SessionModel[], now: number): LiveMarks {
  const timed = sessions.filter((s) => s.start !== undefined && s.end !== undefined && !s.status);
  const firstStart = Math.min(...timed.map((s) => s.start!));
  const lastEnd = Math.max(...timed.map((s) => s.end!));
  if (!timed.length || now < firstStart || now >= lastEnd) return NONE;
  const nextStart = Math.min(...timed.map((s) => s.start!).filter((start) => start > now));
  return {
    now: timed.filter((s) => s.start! <= now && now < s.end!).map((s) => s.id),
    next: timed.filter((s) => s.start === nextStart).map((s) => s.id),
  };
}

/** True when both name the same sessions, so a tick that changes nothing renders nothing. */
export function sameMarks(a: LiveMarks, b: LiveMarks): boolean {
  return a.now.join() === b.now.join() && a.next.join() === b.next.join();
}
