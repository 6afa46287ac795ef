/**
 * An RFC 5545 iCalendar writer, DOM-free. Times are written in UTC ("Z" form):
 * every calendar reads them, and no VTIMEZONE block has to be generated from Intl.
 */
import type { AgendaModel, SessionModel } from '../feed/model.js';
import { plainText } from '../feed/rich-text.js';
import { VERSION } from '../internal/version.js';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/**
 * Splits a content line into lines of at most 75 octets, continuation lines
 * starting with a space (RFC 5545 3.1); a multi-byte character is never cut.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** `20250520T063000Z` */
export function utcStamp(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const TRANSLITERATED: Record<string, string> = { æ: 'ae', ø: 'oe', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l' };

/** "Ansvarlig anvendelse af AI" → "ansvarlig-anvendelse-af-ai", for file names and UIDs. */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[æøœßđł]/g, (char) => TRANSLITERATED[char]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'program';
}

/** The download name: the event's slug, plus the session id for a single session. */
export function calendarFileName(model: AgendaModel, session?: SessionModel): string {
  return `${slugify(model.event.title)}${session ? `-${session.id}` : ''}.ics`;
}

function location(model: AgendaModel, session: SessionModel): string | undefined {
  const { venue } = model.event;
  const parts = [session.room, venue?.name, venue?.address].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

function description(session: SessionModel): string | undefined {
  const names = session.speakers.flatMap((speaker) => (speaker.name ? [speaker.name] : []));
  const parts = [plainText(session.description), names.join(', ')].filter(Boolean);
  return parts.length ? parts.join('\n\n') : undefined;
}

function vevent(model: AgendaModel, session: SessionModel, stamp: number): string[] {
  const text = (name: string, value: string | undefined) => (value ? [`${name}:${escapeText(value)}`] : []);
  const url = session.url ?? model.event.url;
  // RFC 5545's LANGUAGE parameter, for a session that names its own language.
  const language = session.language ? `;LANGUAGE=${session.language}` : '';
  return [
    'BEGIN:VEVENT',
    // The session id is unique in its feed and the event slug tells feeds apart, so a re-import updates.
    `UID:${session.id}@${slugify(model.event.title)}.seminar-agenda`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART:${utcStamp(session.start!)}`,
    `DTEND:${utcStamp(session.end!)}`,
    ...text(`SUMMARY${language}`, session.title),
    ...text(`DESCRIPTION${language}`, description(session)),
    ...text('LOCATION', location(model, session)),
    ...(url ? [`URL:${url}`] : []),
    // A calendar that imported the session earlier (same UID) then shows it as cancelled.
    ...(session.status === 'cancelled' ? ['STATUS:CANCELLED'] : []),
    'END:VEVENT',
  ];
}

/** The top-level sessions that take place: "add the whole program" leaves cancelled ones out. */
export function takingPlace(model: AgendaModel): SessionModel[] {
  return model.sessions.filter((s) => !s.status);
}

/** The sessions a calendar of these sessions holds: those with a start and an end. */
export function calendarSessions(sessions: SessionModel[]): SessionModel[] {
  return sessions.filter((s) => s.start !== undefined && s.end !== undefined);
}

/**
 * A VCALENDAR with one VEVENT per timed session (default: every top-level session that
 * takes place; sessions named explicitly, such as favourites, keep their cancelled ones,
 * marked STATUS:CANCELLED). `stamp` is the DTSTAMP, the time the file is made.
 */
export function toICalendar(model: AgendaModel, sessions = takingPlace(model), stamp = Date.now()): string {
  const events = calendarSessions(sessions);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//seminar-agenda//seminar-agenda ${VERSION}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(model.event.title)}`,
    ...events.flatMap((session) => vevent(model, session, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
