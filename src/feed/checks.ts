/**
 * What the schema cannot check: unique ids, the form of start and end, an end after its
 * start, start and end at the top level, a known time zone, a name or tbc. These run on the raw input, before the
 * schema's verdict is known, so a feed with schema errors gets these errors in the same
 * report; any part of the wrong shape is skipped here (the schema reports it).
 */
import { list, record, type JsonObject } from './json.js';
import { describeValue, type ProblemList } from './problem.js';
import { isFeedTime, isTimeZone, toInstant } from './time.js';

interface Scope {
  problems: ProblemList;
  timeZone: string;
  sessionIds: Map<string, string>;
}

/** Records the first path of each id and reports later duplicates as errors. */
function claimId(ids: Map<string, string>, id: unknown, path: string, problems: ProblemList): void {
  if (typeof id !== 'string' || !id) return;
  const first = ids.get(id);
  if (first !== undefined) problems.error(`${path}.id`, `duplicate id "${id}" (first used at ${first})`);
  else ids.set(id, `${path}.id`);
}

function checkTimes(session: JsonObject, path: string, topLevel: boolean, scope: Scope): void {
  const [start, end] = (['start', 'end'] as const).map((key) => {
    const value = session[key];
    if (value === undefined && topLevel) scope.problems.error(`${path}.${key}`, 'is required for a top-level session');
    if (typeof value !== 'string') return undefined;
    if (isFeedTime(value)) return value;
    scope.problems.error(
      `${path}.${key}`,
      `must be a date and time like "2025-05-20T09:10" (optionally with an offset like "+02:00"), not ${describeValue(value)}`,
    );
    return undefined;
  });
  if (start === undefined || end === undefined) return;
  if (toInstant(end, scope.timeZone) <= toInstant(start, scope.timeZone)) {
    scope.problems.error(`${path}.end`, `must be after start (${end.slice(11, 16)} < ${start.slice(11, 16)})`);
  }
}

function checkSessions(sessions: unknown, path: string, topLevel: boolean, scope: Scope): void {
  list(sessions).forEach((value, index) => {
    const session = record(value);
    if (!session) return;
    const at = `${path}[${index}]`;
    claimId(scope.sessionIds, session.id, at, scope.problems);
    checkTimes(session, at, topLevel, scope);
    checkSessions(session.sessions, `${at}.sessions`, false, scope);
  });
}

function uniqueIds(items: unknown, section: string, problems: ProblemList): void {
  const ids = new Map<string, string>();
  list(items).forEach((item, index) => claimId(ids, record(item)?.id, `${section}[${index}]`, problems));
}

/** The zone local feed times are read in; UTC when the feed names none the runtime knows. */
export function feedZone(timeZone: unknown): string {
  return typeof timeZone === 'string' && isTimeZone(timeZone) ? timeZone : 'UTC';
}

/** Reports every cross-field error the input allows to be found, whatever the schema says of it. */
export function checkFeed(input: unknown, problems: ProblemList): void {
  const feed = record(input);
  if (!feed) return;
  const timeZone = record(feed.event)?.timeZone;
  if (typeof timeZone === 'string' && timeZone && feedZone(timeZone) !== timeZone) {
    problems.error('event.timeZone', `"${timeZone}" is not a known IANA time zone`);
  }
  checkSessions(feed.sessions, 'sessions', true, { problems, timeZone: feedZone(timeZone), sessionIds: new Map() });
  uniqueIds(feed.speakers, 'speakers', problems);
  uniqueIds(feed.sponsors, 'sponsors', problems);
  list(feed.speakers).forEach((value, index) => {
    const speaker = record(value);
    if (speaker && speaker.name === undefined && !speaker.tbc) problems.error(`speakers[${index}].name`, 'is required unless tbc is true');
  });
}
