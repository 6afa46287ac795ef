/**
 * The feed's time zone for a c3voc/frab schedule. Sessions keep the offset each
 * event was written with, so instants are exact whatever zone is chosen; the zone
 * only decides the clock visitors see.
 */
import type { ProblemList } from '../problem.js';
import { isTimeZone, zoneOffset } from '../time.js';
import { offsetMinutes, readOffsetTime, zoneForOffset } from './clock.js';
import { mostCommon } from './read.js';
import type { SessionInput } from '../schema.js';

function offsetsOf(sessions: SessionInput[]): string[] {
  return sessions.map((session) => readOffsetTime(session.start)!.offset);
}

/** Real exports declare "UTC" while writing +01:00 times; the times stay right, but tell the organizer. */
function warnMismatch(zone: string, sessions: SessionInput[], path: string, problems: ProblemList): void {
  const differing = sessions.filter((session) => {
    const offset = readOffsetTime(session.start)!.offset;
    return zoneOffset(Date.parse(session.start!), zone) !== offsetMinutes(offset) * 60_000;
  });
  if (differing.length) {
    problems.warn(
      path,
      `"${zone}" does not match the offset of ${differing.length} of ${sessions.length} sessions (e.g. ${differing[0]!.start}); times are kept as written and shown in ${zone}`,
    );
  }
}

/** Without a declared zone: a fixed Etc/GMT zone from the most common offset, so clocks read as written. */
function zoneFromOffsets(sessions: SessionInput[], path: string, problems: ProblemList): string {
  const offsets = offsetsOf(sessions);
  const common = mostCommon(offsets) ?? '+00:00';
  const zone = zoneForOffset(common) ?? 'UTC';
  const note = new Set(offsets).size > 1 ? `; the events use ${new Set(offsets).size} different offsets, times are kept as written` : '';
  problems.warn(
    path,
    `no time zone given; using "${zone}" from the events' offset ${common}${note} (pass a time zone to show local times)`,
  );
  return zone;
}

export function scheduleTimeZone(declared: string | undefined, sessions: SessionInput[], path: string, problems: ProblemList): string {
  if (declared && isTimeZone(declared)) {
    warnMismatch(declared, sessions, path, problems);
    return declared;
  }
  if (declared) problems.warn(path, `"${declared}" is not a known IANA time zone; ignored`);
  return zoneFromOffsets(sessions, path, problems);
}
