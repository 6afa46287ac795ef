/**
 * Sessionize API "All data" (`/api/v2/{id}/view/All`) → feed v1. Sessionize writes
 * local times with no zone anywhere, so the time zone must be passed in.
 */
import { ProblemList } from '../problem.js';
import { readLocalTime } from './clock.js';
import { uniqueId, list, nonEmpty, record, text, type JsonObject } from './read.js';
import { eventTitle, failure, finish, unknownTimeZone } from './result.js';
import { mapSpeaker } from './sessionize-speaker.js';
import type { SessionInput } from '../schema.js';
import type { ImportOptions, ImportResult } from './types.js';

interface Lookup {
  problems: ProblemList;
  rooms: Map<string, string>;
  /** Category item id → its category title and its own name. */
  categoryItems: Map<string, { category: string; name: string }>;
  speakerIds: Set<string>;
  sessionIds: Set<string>;
}

function byId(values: unknown[], nameKey: string): Map<string, string> {
  return new Map(
    values.flatMap((value) => {
      const item = record(value);
      const id = text(item?.id);
      const name = text(item?.[nameKey]);
      return id && name ? [[id, name] as const] : [];
    }),
  );
}

function categoryItems(categories: unknown[]) {
  return new Map(
    categories.flatMap((value) => {
      const category = text(record(value)?.title) ?? '';
      return [...byId(list(record(value)?.items), 'name')].map(([id, name]) => [id, { category, name }] as const);
    }),
  );
}

/** A category titled "Track" gives the track; every other category item becomes a tag. */
function categorise(ids: unknown[], lookup: Lookup) {
  const items = ids.flatMap((id) => lookup.categoryItems.get(text(id) ?? '') ?? []);
  const track = items.find((item) => /track/i.test(item.category));
  return { track: track?.name, tags: nonEmpty(items.filter((item) => item !== track).map((item) => item.name)) };
}

function speakerRefs(ids: unknown[], path: string, lookup: Lookup): string[] | undefined {
  return nonEmpty(
    ids.flatMap((value, index) => {
      const id = text(value);
      if (id && lookup.speakerIds.has(id)) return [id];
      lookup.problems.warn(`${path}[${index}]`, `no speaker has id "${id ?? ''}"; left out`);
      return [];
    }),
  );
}

function reportDropped(session: JsonObject, path: string, problems: ProblemList): void {
  if (list(session.questionAnswers).length) problems.warn(`${path}.questionAnswers`, 'not imported: feed v1 has no custom questions');
  for (const field of ['liveUrl', 'recordingUrl']) {
    if (text(session[field])) problems.warn(`${path}.${field}`, 'not imported: feed v1 has no stream or recording links');
  }
}

function mapSession(value: unknown, path: string, lookup: Lookup): SessionInput | undefined {
  const { problems } = lookup;
  const session = record(value);
  const title = text(session?.title);
  const start = readLocalTime(text(session?.startsAt));
  const end = readLocalTime(text(session?.endsAt));
  if (!session || !title || !start || !end) {
    problems.warn(path, `${title ? `"${title}" is not scheduled (no startsAt/endsAt)` : 'has no title'}; left out`);
    return undefined;
  }
  reportDropped(session, path, problems);
  return {
    id: uniqueId(lookup.sessionIds, text(session.id) ?? `${path}`, path, problems),
    start,
    end,
    kind: session.isServiceSession === true ? 'break' : 'talk',
    title,
    description: text(session.description),
    // A plenum session is for everyone at once: naming one room would hide that.
    room: session.isPlenumSession === true ? undefined : lookup.rooms.get(text(session.roomId) ?? ''),
    ...categorise(list(session.categoryItems), lookup),
    speakers: speakerRefs(list(session.speakers), `${path}.speakers`, lookup),
  };
}

export function importSessionize(input: unknown, options: ImportOptions = {}): ImportResult {
  const root = record(input);
  if (!root || !Array.isArray(root.sessions)) return failure('sessions', 'is missing: this is not a Sessionize "All data" export');
  const { timeZone } = options;
  if (!timeZone)
    return failure(
      '',
      'Sessionize exports carry no time zone; pass one (the timeZone option, --time-zone in the CLI), e.g. "Europe/Copenhagen"',
    );
  const badZone = unknownTimeZone(timeZone);
  if (badZone) return badZone;
  const problems = new ProblemList();
  const speakers = list(root.speakers).flatMap((speaker, index) => mapSpeaker(speaker, `speakers[${index}]`, problems) ?? []);
  const lookup: Lookup = {
    problems,
    rooms: byId(list(root.rooms), 'name'),
    categoryItems: categoryItems(list(root.categories)),
    speakerIds: new Set(speakers.map((speaker) => speaker.id)),
    sessionIds: new Set(),
  };
  const sessions = list(root.sessions).flatMap((session, index) => mapSession(session, `sessions[${index}]`, lookup) ?? []);
  return finish(
    {
      version: 1,
      event: { title: eventTitle(undefined, '', problems, options), timeZone },
      sessions,
      speakers,
    },
    problems,
  );
}
