/**
 * The program as schema.org JSON-LD, so search engines and calendar tools can read the event from the
 * page that shows it. DOM-free; the types come from schema-dts (types only, nothing in the bundle).
 */
import type { Event, EventStatusType, Organization, Person, Place, WithContext } from 'schema-dts';
import type { AgendaModel, SessionModel, SpeakerModel, SponsorModel } from './model.js';
import { plainText } from './rich-text.js';
import { zoneOffset } from './time.js';

/** The sponsor tier whose members organise the event (the feed format's translated `organizer` tier). */
const ORGANIZER_TIER = 'organizer';

/** A session with the status of issue #13 (`cancelled`), read wherever the model already carries it. */
type WithStatus = SessionModel & { status?: 'cancelled' };

const CANCELLED: EventStatusType = 'https://schema.org/EventCancelled';

/**
 * A schema.org Event for the whole program: name, dates with the event zone's offset, location,
 * organizers and sponsors, and each top-level session as a subEvent (nested sessions inside theirs).
 */
export function structuredData(model: AgendaModel): WithContext<Event> {
  const { event, sessions, sponsorTiers } = model;
  const zone = event.timeZone;
  const sponsors = sponsorTiers.flatMap((tier) => tier.sponsors);
  const organizers = sponsors.filter((sponsor) => sponsor.tier === ORGANIZER_TIER);
  const others = sponsors.filter((sponsor) => sponsor.tier !== ORGANIZER_TIER);
  const description = plainText(event.description);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    ...(description && { description }),
    inLanguage: event.language,
    ...dates(event, zone),
    ...(event.venue && { location: place(event.venue.name, event.venue.address, event.venue.url) }),
    ...(event.url && { url: event.url }),
    ...(organizers.length && { organizer: organizers.map(organization) }),
    ...(others.length && { sponsor: others.map(organization) }),
    subEvent: sessions.map((session) => subEvent(session, zone)),
  };
}

function subEvent(session: WithStatus, zone: string): Event {
  const performers = [...session.speakers, ...session.moderators].filter(
    (speaker, index, all) => all.findIndex((s) => s.id === speaker.id) === index,
  );
  const people = performers.filter((speaker) => speaker.name && !speaker.tbc).map(person);
  return {
    '@type': 'Event',
    name: session.title,
    ...(session.language && { inLanguage: session.language }),
    ...dates(session, zone),
    ...(session.room && { location: place(session.room) }),
    ...(session.url && { url: session.url }),
    ...(people.length && { performer: people }),
    ...(session.status === 'cancelled' && { eventStatus: CANCELLED }),
    ...(session.sessions.length && { subEvent: session.sessions.map((child) => subEvent(child, zone)) }),
  };
}

function dates({ start, end }: { start?: number; end?: number }, zone: string): { startDate?: string; endDate?: string } {
  return {
    ...(start !== undefined && { startDate: withOffset(start, zone) }),
    ...(end !== undefined && { endDate: withOffset(end, zone) }),
  };
}

function person(speaker: SpeakerModel): Person {
  return {
    '@type': 'Person',
    name: speaker.name!,
    ...(speaker.jobTitle && { jobTitle: speaker.jobTitle }),
    ...(speaker.organization && { worksFor: { '@type': 'Organization', name: speaker.organization } }),
  };
}

function organization(sponsor: SponsorModel): Organization {
  return { '@type': 'Organization', name: sponsor.name, ...(sponsor.url && { url: sponsor.url }) };
}

function place(name?: string, address?: string, url?: string): Place {
  return { '@type': 'Place', ...(name && { name }), ...(address && { address }), ...(url && { url }) };
}

/** `2025-05-20T08:30:00+02:00`: the wall-clock time in the zone with that zone's offset at the instant. */
export function withOffset(instant: number, timeZone: string): string {
  const offset = zoneOffset(instant, timeZone);
  const local = new Date(Math.floor(instant / 1000) * 1000 + offset).toISOString().slice(0, 19);
  const minutes = Math.abs(offset) / 60_000;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
