/**
 * c3voc schedule.json v1, as pretalx and frab export it → feed v1. The frab XML
 * importer maps its tree onto the same shape and reuses `importConference`.
 */
import { ProblemList } from '../problem.js';
import type { SessionInput } from '../schema.js';
import { mapEvent, type ScheduleContext } from './c3voc-event.js';
import { list, mostCommon, record, text, type JsonObject } from './read.js';
import { eventTitle, failure, finish, unknownTimeZone } from './result.js';
import { scheduleTimeZone } from './schedule-zone.js';
import type { ImportOptions, ImportResult } from './types.js';

const ROOT = 'schedule.conference';

interface Slot {
  event: unknown;
  path: string;
  room: string;
}

function slotsOf(conference: JsonObject): Slot[] {
  return list(conference.days).flatMap((day, dayIndex) =>
    Object.entries(record(record(day)?.rooms) ?? {}).flatMap(([room, events]) =>
      list(events).map((event, index) => ({ event, room, path: `${ROOT}.days[${dayIndex}].rooms.${room}[${index}]` })),
    ),
  );
}

/** The feed has one content language, the one most sessions use; each session keeps its own. */
function mainLanguage(sessions: SessionInput[]): string | undefined {
  return mostCommon(sessions.flatMap((session) => session.language ?? []));
}

function reportTrackColours(conference: JsonObject, problems: ProblemList): void {
  list(conference.tracks).forEach((track, index) => {
    const colour = text(record(track)?.color);
    if (colour) problems.warn(`${ROOT}.tracks[${index}].color`, `${colour} not imported: feed v1 has no track colours`);
  });
}

export function importConference(conference: JsonObject, baseUrl: string | undefined, options: ImportOptions): ImportResult {
  const badZone = unknownTimeZone(options.timeZone);
  if (badZone) return badZone;
  const problems = new ProblemList();
  const slots = slotsOf(conference);
  const context: ScheduleContext = {
    problems,
    baseUrl,
    speakers: new Map(),
    sessionIds: new Set(),
    usesCodes: slots.some(({ event }) => text(record(event)?.code) !== undefined),
  };
  const sessions = slots.flatMap(({ event, path, room }) => mapEvent(event, path, room, context) ?? []);
  if (!slots.length) problems.warn(`${ROOT}.days`, 'has no events; the program is empty');
  reportTrackColours(conference, problems);
  const declaredZone = options.timeZone ?? text(conference.time_zone_name);
  return finish(
    {
      version: 1,
      event: {
        title: eventTitle(text(conference.title) ?? text(conference.acronym), `${ROOT}.title`, problems, options),
        language: mainLanguage(sessions),
        timeZone: scheduleTimeZone(declaredZone, sessions, `${ROOT}.time_zone_name`, problems),
        url: text(conference.url),
      },
      sessions,
      speakers: [...context.speakers.values()],
    },
    problems,
  );
}

export function importC3voc(input: unknown, options: ImportOptions = {}): ImportResult {
  const schedule = record(record(input)?.schedule);
  const conference = record(schedule?.conference);
  if (!conference) return failure(ROOT, 'is missing: this is not a c3voc schedule.json');
  return importConference(conference, text(schedule!.base_url), options);
}
