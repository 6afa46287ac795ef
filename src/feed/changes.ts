import type { AgendaModel, SessionModel } from './model.js';

/**
 * What changed in a program between two looks at it, DOM-free: the agenda keeps a compact
 * snapshot of the program the visitor saw and compares the next program with it.
 */

/** One session as the visitor saw it: what is shown of a change, nothing else. */
export interface SeenSession {
  id: string;
  title: string;
  /** Epoch milliseconds. */
  start?: number;
  end?: number;
  room?: string;
  cancelled?: true;
}

/** The program as the visitor saw it, in the order of the program (nested sessions after their parent). */
export interface ProgramSnapshot {
  /** When it was seen, epoch milliseconds. */
  seenAt: number;
  sessions: SeenSession[];
}

/** How one session still in the program changed; a moved session carries the time and room it had. */
export type SessionChange =
  | { type: 'new' }
  | { type: 'cancelled' }
  | { type: 'moved'; was: Pick<SeenSession, 'start' | 'end' | 'room'>; time: boolean; room: boolean };

export interface ProgramChanges {
  /** Sessions of the program that changed, by id, in program order. */
  sessions: Map<string, SessionChange>;
  /** Sessions no longer in the program, as they were seen. */
  removed: SeenSession[];
}

export const NO_CHANGES: ProgramChanges = { sessions: new Map(), removed: [] };

/** Every session, nested ones after their parent: ids are unique across all of them. */
function flatten(sessions: SessionModel[]): SessionModel[] {
  return sessions.flatMap((session) => [session, ...flatten(session.sessions)]);
}

function seen({ id, title, start, end, room, status }: SessionModel): SeenSession {
  const fields = { id, title, start, end, room, cancelled: status === 'cancelled' || undefined };
  // Only the fields that are set, so the stored copy stays small (the 215 sessions of 39C3: about 20 kB).
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as SeenSession;
}

export function snapshotOf(model: AgendaModel, seenAt: number): ProgramSnapshot {
  return { seenAt, sessions: flatten(model.sessions).map(seen) };
}

function changeOf(before: SeenSession | undefined, now: SeenSession): SessionChange | undefined {
  // A session back from cancellation is new to the visitor who saw it cancelled.
  if (!before || (before.cancelled && !now.cancelled)) return { type: 'new' };
  if (now.cancelled && !before.cancelled) return { type: 'cancelled' };
  if (now.cancelled) return undefined;
  const time = before.start !== now.start || before.end !== now.end;
  const room = before.room !== now.room;
  if (!time && !room) return undefined;
  return { type: 'moved', was: { start: before.start, end: before.end, room: before.room }, time, room };
}

/** What is new, moved (time or room), cancelled or removed in `model` since `previous`. */
export function diffProgram(previous: ProgramSnapshot, model: AgendaModel): ProgramChanges {
  const before = new Map(previous.sessions.map((session) => [session.id, session]));
  const sessions = new Map<string, SessionChange>();
  const ids = new Set<string>();
  for (const session of flatten(model.sessions)) {
    ids.add(session.id);
    const change = changeOf(before.get(session.id), seen(session));
    if (change) sessions.set(session.id, change);
  }
  return { sessions, removed: previous.sessions.filter((session) => !ids.has(session.id)) };
}

export function changeCount({ sessions, removed }: ProgramChanges): number {
  return sessions.size + removed.length;
}

const optional = (value: unknown, type: string) => value === undefined || typeof value === type;

/** A stored snapshot, checked: storage is the visitor's and may hold anything. Undefined when it does not fit. */
export function readSnapshot(text: string | undefined): ProgramSnapshot | undefined {
  let value: Partial<ProgramSnapshot>;
  try {
    value = JSON.parse(text ?? 'null') ?? {};
  } catch {
    return undefined;
  }
  const valid =
    typeof value.seenAt === 'number' &&
    Array.isArray(value.sessions) &&
    value.sessions.every(
      (s: SeenSession) =>
        typeof s?.id === 'string' &&
        typeof s.title === 'string' &&
        optional(s.start, 'number') &&
        optional(s.end, 'number') &&
        optional(s.room, 'string'),
    );
  return valid ? (value as ProgramSnapshot) : undefined;
}
