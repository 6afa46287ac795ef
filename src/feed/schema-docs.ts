/**
 * What each feed field means, for the generated JSON Schema (editor hover and completion).
 * Kept beside the schema rather than in it: the elements validate with the schema in the
 * browser and would otherwise carry ~0.9 kB gzip of text only editors read. The types make
 * a field without a description a compile error.
 */
import type { EventInfo, FeedInput, Link, SessionInput, SpeakerInput, SpeakerRef, SponsorInput } from './schema.js';

type Docs<T> = { readonly [K in keyof Required<T>]: string };

const RICH_TEXT = 'Text with a small markdown subset (see docs/feed-format.md); a blank line starts a new paragraph, "# " a heading.';
const SPEAKER_IDS = 'Entries of speakers: an id, or { "id", "role" } to word this appearance differently.';

const feed: Docs<FeedInput> = {
  $schema: 'URL of this JSON Schema, for editors; ignored by the elements.',
  version: 'Format version; always 1.',
  event: 'The event as a whole.',
  sessions: 'Top-level sessions, in any order; they are shown in time order. May be empty.',
  speakers: 'Everyone referenced from sessions.',
  sponsors: 'Organizers, sponsors and partners.',
};

const event: Docs<EventInfo> = {
  title: 'Title of the event.',
  subtitle: 'One-line subtitle under the title.',
  description: RICH_TEXT,
  series: 'Name of the series the event belongs to.',
  language: 'BCP 47 language of the content, e.g. "da" or "en". Default "en".',
  timeZone: 'IANA time zone of the event, e.g. "Europe/Copenhagen".',
  venue: 'Where the event takes place.',
  url: 'Web page of the event.',
  registrationUrl: 'Where visitors sign up.',
};

const venue: Docs<NonNullable<EventInfo['venue']>> = {
  name: 'Name of the venue.',
  address: 'Postal address of the venue.',
  url: 'Web page or map link of the venue.',
};

const session: Docs<SessionInput> = {
  id: 'Unique across all sessions, nested ones included; used as the URL anchor.',
  start: 'Local time in event.timeZone ("2025-05-20T09:10") or ISO with offset. Required at the top level.',
  end: 'Same form as start; must be after it. Required at the top level.',
  kind: 'What the session is; breaks, meals, arrival and networking render lighter. Default "talk".',
  status:
    '"cancelled": the session stays in place, marked cancelled, is never Now or Next and is left out of the whole-program calendar. Left out while it takes place.',
  title: 'Title of the session.',
  description: RICH_TEXT,
  questions: 'Questions for a debate (kind panel), shown under a "Questions for the debate" label.',
  points: 'Points of a talk or block that is not a debate, shown as a plain list without a label.',
  speakers: SPEAKER_IDS,
  moderators: SPEAKER_IDS,
  room: 'Room or stage.',
  track: 'Track the session belongs to.',
  language: 'BCP 47 language of this session, when it is not event.language; nested sessions do not inherit it.',
  tags: 'Free-form tags.',
  url: 'Web page of the session.',
  sessions: 'Sessions inside this one (talks in a block); their times are optional.',
};

const speakerRef: Docs<SpeakerRef> = {
  id: 'Id of an entry in speakers.',
  role: "This appearance's wording, shown instead of the speaker's job title and organization.",
};

const speaker: Docs<SpeakerInput> = {
  id: 'Unique speaker id, referenced from sessions.',
  name: 'Full name; may be left out only when tbc is true.',
  jobTitle: 'Job title or role.',
  organization: 'Organization the speaker represents.',
  bio: RICH_TEXT,
  photo: 'Portrait URL; initials are shown when there is none.',
  links: 'Links shown on the speaker card.',
  tbc: 'Not yet confirmed; shown as "To be confirmed".',
};

const sponsor: Docs<SponsorInput> = {
  id: 'Unique sponsor id.',
  name: 'Name shown as text and as the logo alternative.',
  url: "The sponsor's web site.",
  logo: 'Logo image URL.',
  tier: 'Group the sponsor is listed under, e.g. organizer, gold, partner. Default "sponsor".',
  description: 'A short line under the name, e.g. through which project they support.',
};

const link: Docs<Link> = {
  label: 'Link text shown to visitors.',
  url: 'Absolute http(s), mailto: or tel: URL, or a URL relative to the feed.',
};

/** Descriptions of every field, by object; keys match the exported `*Schema` objects. */
export const FIELD_DOCS = { feed, event, venue, session, speakerRef, speaker, sponsor, link } as const;
