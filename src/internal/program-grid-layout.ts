import type { SessionModel } from '../feed/model.js';
import { wallClock } from '../feed/time.js';

/**
 * Where each session of one day sits in the program grid: rooms as columns, time as rows of a
 * few minutes. Pure, so the element only renders what this decides.
 */

/** Kinds that belong to every room: drawn across all columns when nothing runs beside them. */
const PLENARY_KINDS = new Set(['break', 'meal', 'arrival', 'networking', 'welcome', 'summary', 'keynote']);

const MINUTE = 60_000;
/** The finest row: a program on a 1-minute clock would make rows too thin to see. */
const MIN_STEP = 5;
/** How long a session without an end is drawn. */
const OPEN_END = 15 * MINUTE;

export interface GridRoom {
  name: string;
  /** First grid column of the room (column 1 is the time axis) and how many columns it has: one per overlapping session. */
  column: number;
  span: number;
}

export interface GridCell {
  session: SessionModel;
  row: number;
  rowSpan: number;
  column: number;
  columnSpan: number;
  /** The room whose column holds the cell; undefined when the cell spans every room. */
  room?: GridRoom;
}

export interface GridLayout {
  rooms: GridRoom[];
  /** Columns after the time axis; at least one. */
  columns: number;
  /** Rows after the room headers, down to the end of the last session. */
  rows: number;
  /** Minutes per row. */
  step: number;
  /** Instant of the first row. */
  start: number;
  /** Rows that start a full hour in the zone (and the first row), for the time axis, each with the rows until the next. */
  marks: { row: number; span: number; instant: number }[];
  /** In reading order: by start, then by column. */
  cells: GridCell[];
}

const endOf = (session: SessionModel) => session.end ?? session.start! + OPEN_END;
const overlap = (a: SessionModel, b: SessionModel) => a.start! < endOf(b) && b.start! < endOf(a);
const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);

/** The largest number of minutes that every start and length of the day is a multiple of, at least MIN_STEP. */
function stepOf(sessions: SessionModel[], start: number): number {
  const minutes = sessions.flatMap((s) => [(s.start! - start) / MINUTE, (endOf(s) - s.start!) / MINUTE]);
  return Math.max(MIN_STEP, minutes.map(Math.round).reduce(gcd, 60));
}

/** Assigns each session of one room the first lane free at its start; returns the lanes by session. */
function lanesOf(sessions: SessionModel[]): Map<SessionModel, number> {
  const ends: number[] = [];
  const lanes = new Map<SessionModel, number>();
  for (const session of sessions) {
    let lane = ends.findIndex((end) => end <= session.start!);
    if (lane < 0) lane = ends.length;
    ends[lane] = endOf(session);
    lanes.set(session, lane);
  }
  return lanes;
}

/** The lay-out of one day's top-level sessions (those without a start are not placed: the list shows them). */
export function layoutGrid(sessions: SessionModel[], timeZone: string): GridLayout {
  const timed = sessions.filter((s) => s.start !== undefined).sort((a, b) => a.start! - b.start!);
  const start = Math.min(...timed.map((s) => s.start!));
  const step = stepOf(timed, start);
  const rowOf = (instant: number) => 2 + Math.round((instant - start) / (step * MINUTE));
  const across = (s: SessionModel) => (!s.room || PLENARY_KINDS.has(s.kind)) && !timed.some((o) => o !== s && overlap(s, o));

  const byRoom = new Map<string, SessionModel[]>();
  for (const session of timed.filter((s) => !across(s))) {
    const name = session.room ?? '';
    if (byRoom.has(name)) byRoom.get(name)!.push(session);
    else byRoom.set(name, [session]);
  }
  const rooms: GridRoom[] = [];
  const cells: GridCell[] = [];
  let column = 2;
  for (const [name, list] of byRoom) {
    const lanes = lanesOf(list);
    const room = { name, column, span: Math.max(...lanes.values()) + 1 };
    rooms.push(room);
    for (const session of list) {
      const lane = lanes.get(session)!;
      // As wide as the room allows until the next lane holding a session beside it.
      const blocked = list.filter((o) => lanes.get(o)! > lane && overlap(session, o)).map((o) => lanes.get(o)!);
      cells.push(place(session, column + lane, Math.min(room.span, ...blocked) - lane, room));
    }
    column += room.span;
  }
  const columns = Math.max(1, column - 2);
  for (const session of timed.filter(across)) cells.push(place(session, 2, columns));
  cells.sort((a, b) => a.session.start! - b.session.start! || a.column - b.column);

  function place(session: SessionModel, column: number, columnSpan: number, room?: GridRoom): GridCell {
    const row = rowOf(session.start!);
    return { session, row, rowSpan: Math.max(1, rowOf(endOf(session)) - row), column, columnSpan, room };
  }

  const last = Math.max(...timed.map(endOf));
  const marks: GridLayout['marks'] = [];
  for (let instant = start; instant < last; instant += step * MINUTE) {
    if (instant === start || wallClock(instant, timeZone).minute === 0) marks.push({ row: rowOf(instant), span: 1, instant });
  }
  marks.forEach((mark, index) => (mark.span = (marks[index + 1]?.row ?? rowOf(last)) - mark.row));
  const rows = Math.max(...cells.map((cell) => cell.row + cell.rowSpan)) - 2;
  return { rooms, columns, rows, step, start, marks, cells };
}
