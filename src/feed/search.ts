import { localDate } from './days.js';
import type { AgendaModel, SessionModel } from './model.js';
import { plainText } from './rich-text.js';

/** The dimensions a program can be filtered by, in the order the filter bar offers them. */
export const FILTER_DIMENSIONS = ['day', 'room', 'track', 'kind', 'language'] as const;

export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/** The values chosen per dimension; an empty list does not filter. */
export type Filters = Record<FilterDimension, string[]>;

/** One session as search sees it: its value in each dimension, and its folded text once first searched. */
interface Entry {
  session: SessionModel;
  text?: string;
  values: Partial<Record<FilterDimension, string>>;
}

/**
 * Titles, descriptions, speaker and moderator names, rooms and tracks, folded. Built at the first
 * search, not with the index: the filter bar shows with the program's first screen, and folding
 * a 1,000-session program (~10 ms, a second copy of its text) waits until someone types.
 */
function textOf(entry: Entry): string {
  if (entry.text === undefined) {
    const { session } = entry;
    const people = [...session.speakers, ...session.moderators].map((person) => person.name ?? '');
    entry.text = foldText([session.title, plainText(session.description), ...people, session.room ?? '', session.track ?? ''].join('\n'));
  }
  return entry.text;
}

/**
 * Every session of a program (nested ones included) ready to be searched, and the values each
 * dimension takes: kinds in program order, the others sorted (days in time order, "Room 2" before
 * "Room 10"). Built once per program and display zone.
 */
export interface SearchIndex {
  entries: Entry[];
  facets: Filters;
  /** Sessions in the index, nested ones included. */
  size: number;
}

/** Letters NFD does not take apart, folded as people type them on keyboards without them. */
const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i' };

/**
 * Case- and accent-free text, so "gogenur" finds "Gögenur" and "soren" finds "Søren". Scripts
 * without case or accents (Chinese) pass unchanged and are found by substring.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđı]/g, (letter) => LETTERS[letter]!);
}

export function emptyFilters(): Filters {
  return { day: [], room: [], track: [], kind: [], language: [] };
}

/** True when neither a query nor any filter narrows the program. */
export function isUnfiltered(query: string, filters: Filters): boolean {
  return !query.trim() && FILTER_DIMENSIONS.every((dimension) => !filters[dimension].length);
}

/**
 * Indexes every session's values, and its text when first searched (`textOf`). A nested session
 * takes its room and track from its parent when it has none, and always its parent's day, as the
 * timeline shows it on that day; a session without a language is in the event's, not its parent's.
 */
export function buildSearchIndex(model: AgendaModel, timeZone: string): SearchIndex {
  const entries: Entry[] = [];
  const facets = FILTER_DIMENSIONS.map((dimension) => [dimension, new Set<string>()] as const);
  const visit = (session: SessionModel, parent: Entry['values']): void => {
    const values: Entry['values'] = {
      day: parent.day ?? (session.start === undefined ? undefined : localDate(session.start, timeZone)),
      room: session.room ?? parent.room,
      track: session.track ?? parent.track,
      kind: session.kind,
      language: session.language ?? model.event.language,
    };
    entries.push({ session, values });
    for (const [dimension, seen] of facets) if (values[dimension] !== undefined) seen.add(values[dimension]);
    session.sessions.forEach((child) => visit(child, values));
  };
  model.sessions.forEach((session) => visit(session, {}));
  // "Room 2" before "Room 10"; kinds keep the program's order, days are ISO dates.
  const collator = new Intl.Collator(undefined, { numeric: true });
  const sorted = (dimension: FilterDimension, values: string[]) => (dimension === 'kind' ? values : values.sort(collator.compare));
  const byDimension = Object.fromEntries(facets.map(([dimension, seen]) => [dimension, sorted(dimension, [...seen])])) as Filters;
  return { entries, facets: byDimension, size: entries.length };
}

/**
 * The ids of the sessions that match every word of the query and, in each dimension with chosen
 * values, one of them; with the nested sessions of a match, which are part of it. Their parents
 * are the timeline's to keep. Counted are the sessions that match themselves.
 */
export function matchSessions(index: SearchIndex, query: string, filters: Filters): { ids: Set<string>; count: number } {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const chosen = FILTER_DIMENSIONS.filter((dimension) => filters[dimension].length).map(
    (dimension) => [dimension, new Set(filters[dimension])] as const,
  );
  const ids = new Set<string>();
  let count = 0;
  const addWithChildren = (session: SessionModel): void => {
    ids.add(session.id);
    session.sessions.forEach(addWithChildren);
  };
  for (const entry of index.entries) {
    const { session, values } = entry;
    if (words.length && !words.every((word) => textOf(entry).includes(word))) continue;
    if (!chosen.every(([dimension, allowed]) => allowed.has(values[dimension] ?? ''))) continue;
    count += 1;
    addWithChildren(session);
  }
  return { ids, count };
}
