/** One c3voc/frab/pretalx event (and its persons) → one feed session. */
import type { ProblemList } from '../problem.js';
import type { SessionInput, SessionKind } from '../schema.js';
import { addMinutes, durationMinutes, formatOffsetTime, readOffsetTime } from './clock.js';
import { absoluteUrl, uniqueId, list, nonEmpty, paragraphs, record, text, type JsonObject } from './read.js';
import type { SpeakerEntry } from './types.js';

export interface ScheduleContext {
  problems: ProblemList;
  baseUrl: string | undefined;
  speakers: Map<string, SpeakerEntry>;
  sessionIds: Set<string>;
  /** pretalx gives every submission a `code`; in a file that has codes, a bare slot is a break. */
  usesCodes: boolean;
}

const KIND_BY_TYPE: Record<string, SessionKind> = {
  talk: 'talk',
  lecture: 'talk',
  keynote: 'keynote',
  panel: 'panel',
  podium: 'panel',
  'panel discussion': 'panel',
  break: 'break',
  pause: 'break',
  'coffee break': 'break',
  lunch: 'meal',
  dinner: 'meal',
  meal: 'meal',
  welcome: 'welcome',
  networking: 'networking',
};

function isBreakSlot(event: JsonObject, context: ScheduleContext): boolean {
  return context.usesCodes && !text(event.code) && !list(event.persons).length && !paragraphs(event.abstract, event.description);
}

function kindOf(event: JsonObject, type: string | undefined, context: ScheduleContext): SessionKind {
  if (isBreakSlot(event, context)) return 'break';
  return KIND_BY_TYPE[type?.toLowerCase() ?? 'talk'] ?? 'other';
}

/** `date` is authoritative; `end` (newer exports) or `duration` gives the end, in the same offset. */
function eventTimes(event: JsonObject, path: string, problems: ProblemList) {
  const start = readOffsetTime(text(event.date));
  if (!start) {
    problems.warn(
      `${path}.date`,
      `${text(event.date) ? `"${text(event.date)}" is` : 'is missing or'} not a date-time with offset; session left out`,
    );
    return undefined;
  }
  const end = readOffsetTime(text(event.end));
  if (end) return { start: formatOffsetTime(start), end: formatOffsetTime(end) };
  const minutes = durationMinutes(text(event.duration));
  if (!minutes) {
    problems.warn(`${path}.duration`, `"${text(event.duration) ?? ''}" is not a duration like "00:45"; session left out`);
    return undefined;
  }
  return { start: formatOffsetTime(start), end: formatOffsetTime(addMinutes(start, minutes)) };
}

function mapPerson(person: unknown, path: string, context: ScheduleContext): string | undefined {
  const source = record(person) ?? {};
  const name = text(source.public_name) ?? text(source.name) ?? text(source.full_public_name);
  const id = text(source.code) ?? text(source.guid) ?? text(source.id) ?? name;
  if (!name || !id) {
    context.problems.warn(path, 'has no public_name; left out');
    return undefined;
  }
  if (!context.speakers.has(id)) {
    context.speakers.set(id, {
      id,
      name,
      bio: text(source.biography),
      photo: absoluteUrl(source.avatar, context.baseUrl, `${path}.avatar`, context.problems),
    });
  }
  return id;
}

/** Links and attachments have no place in feed v1; say so instead of losing them silently. */
function reportDropped(event: JsonObject, path: string, problems: ProblemList): void {
  for (const field of ['links', 'attachments']) {
    const count = list(event[field]).length;
    if (count) problems.warn(`${path}.${field}`, `not imported (${count}): feed v1 sessions have no ${field}`);
  }
}

/** The first language an export lists ("de, en" → "de"), canonical; an invalid tag is reported and left out. */
function languageTag(value: unknown, path: string, problems: ProblemList): string | undefined {
  const first = text(value)
    ?.split(/[\s,;/]+/)
    .find(Boolean);
  try {
    return first === undefined ? undefined : Intl.getCanonicalLocales(first)[0];
  } catch {
    problems.warn(path, `"${first}" is not a BCP 47 language tag; left out`);
    return undefined;
  }
}

export function mapEvent(value: unknown, path: string, roomKey: string, context: ScheduleContext): SessionInput | undefined {
  const { problems } = context;
  const event = record(value);
  const title = text(event?.title);
  if (!event || !title) {
    problems.warn(event ? `${path}.title` : path, `${event ? 'is missing' : 'is not an object'}; session left out`);
    return undefined;
  }
  const times = eventTimes(event, path, problems);
  if (!times) return undefined;
  const type = text(event.type);
  const kind = kindOf(event, type, context);
  reportDropped(event, path, problems);
  const wantedId = text(event.guid) ?? text(event.id) ?? text(event.code) ?? `${roomKey}-${times.start}`;
  return {
    id: uniqueId(context.sessionIds, wantedId, path, problems),
    ...times,
    kind,
    title,
    description: paragraphs(event.subtitle, event.abstract, event.description),
    room: text(event.room) ?? text(roomKey),
    track: text(event.track),
    language: languageTag(event.language, `${path}.language`, problems),
    tags: kind === 'other' && type && type.toLowerCase() !== 'other' ? [type] : undefined,
    url: absoluteUrl(event.url, context.baseUrl, `${path}.url`, problems),
    speakers: nonEmpty(list(event.persons).flatMap((person, index) => mapPerson(person, `${path}.persons[${index}]`, context) ?? [])),
  };
}
