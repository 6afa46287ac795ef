/**
 * Feed format v1, the public contract between organizers and the elements.
 * This zod schema is the single source of truth: the TypeScript types below are
 * inferred from it and schema/feed.schema.json is generated from it.
 * zod/mini keeps the CDN bundle ~16 kB lighter than full zod with the same schemas.
 */
import * as z from 'zod/mini';

const LOCAL_OR_OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Limits that keep a hostile or broken feed from freezing the page; real programs
 * stay far below them (the 39C3 congress has 215 sessions).
 */
export const LIMITS = { text: 1_000, longText: 20_000, items: 5_000, listItems: 100 } as const;

const text = (description: string, max: number = LIMITS.text) =>
  z.string().check(z.minLength(1), z.maxLength(max), z.describe(description));
const optionalText = (description: string, max?: number) => z.optional(text(description, max));
const longText = (description: string) => optionalText(description, LIMITS.longText);
const list = <T extends z.ZodMiniType>(item: T, max: number = LIMITS.listItems) => z.array(item).check(z.maxLength(max));
const dateTime = (description: string) =>
  z.string().check(z.regex(LOCAL_OR_OFFSET_DATE_TIME), z.describe(description));

/** Session kinds; breaks and meals render lighter than talks. */
export const SESSION_KINDS = [
  'talk', 'keynote', 'panel', 'break', 'meal', 'arrival', 'welcome', 'summary', 'networking', 'other',
] as const;

export const linkSchema = z.object({
  label: text('Link text shown to visitors.'),
  url: text('Absolute http(s), mailto: or tel: URL, or a URL relative to the feed.'),
});

export const venueSchema = z.object({
  name: optionalText('Name of the venue.'),
  address: optionalText('Postal address of the venue.'),
  url: optionalText('Web page or map link of the venue.'),
});

export const eventSchema = z.object({
  title: text('Title of the event.'),
  subtitle: optionalText('One-line subtitle under the title.'),
  description: longText('Text with a small markdown subset (see docs/feed-format.md); a blank line starts a new paragraph.'),
  series: optionalText('Name of the series the event belongs to.'),
  language: z.optional(text('BCP 47 language of the content, e.g. "da" or "en". Default "en".')),
  timeZone: text('IANA time zone of the event, e.g. "Europe/Copenhagen".'),
  venue: z.optional(venueSchema),
  url: optionalText('Web page of the event.'),
  registrationUrl: optionalText('Where visitors sign up.'),
});

const sessionFields = {
  id: text('Unique across all sessions, nested ones included; used as the URL anchor.'),
  start: z.optional(dateTime('Local time in event.timeZone ("2025-05-20T09:10") or ISO with offset. Required at the top level.')),
  end: z.optional(dateTime('Same form as start; must be after it. Required at the top level.')),
  kind: z._default(z.enum(SESSION_KINDS), 'talk'),
  title: text('Title of the session.'),
  description: longText('Text with a small markdown subset (see docs/feed-format.md); a blank line starts a new paragraph.'),
  questions: z.optional(list(text('A discussion point of a panel.'))),
  speakers: z.optional(list(text('Id of an entry in speakers.'))),
  moderators: z.optional(list(text('Id of an entry in speakers.'))),
  room: optionalText('Room or stage.'),
  track: optionalText('Track the session belongs to.'),
  tags: z.optional(list(text('A free-form tag.'))),
  url: optionalText('Web page of the session.'),
};

export interface SessionInput extends z.infer<z.ZodMiniObject<typeof sessionFields>> {
  sessions?: SessionInput[];
}

export const sessionSchema: z.ZodMiniType<SessionInput> = z.object({
  ...sessionFields,
  get sessions() {
    return z.optional(list(sessionSchema, LIMITS.items));
  },
});

export const speakerSchema = z.object({
  id: text('Unique speaker id, referenced from sessions.'),
  name: optionalText('Full name; may be left out only when tbc is true.'),
  jobTitle: optionalText('Job title or role.'),
  organization: optionalText('Organization the speaker represents.'),
  bio: longText('Text with a small markdown subset (see docs/feed-format.md); a blank line starts a new paragraph.'),
  photo: optionalText('Portrait URL; initials are shown when there is none.'),
  links: z.optional(list(linkSchema)),
  tbc: z._default(z.boolean(), false),
});

export const sponsorSchema = z.object({
  id: text('Unique sponsor id.'),
  name: text('Name shown as text and as the logo alternative.'),
  url: optionalText("The sponsor's web site."),
  logo: optionalText('Logo image URL.'),
  tier: z._default(text('Group the sponsor is listed under, e.g. organizer, gold, partner.'), 'sponsor'),
  description: optionalText('A short line under the name, e.g. through which project they support.'),
});

export const feedSchema = z.object({
  version: z.literal(1),
  event: eventSchema,
  sessions: list(sessionSchema, LIMITS.items),
  speakers: z._default(list(speakerSchema, LIMITS.items), []),
  sponsors: z._default(list(sponsorSchema, LIMITS.items), []),
});

/** A feed as its author writes it (defaults not yet applied). */
export type FeedInput = z.input<typeof feedSchema>;
/** A feed after schema validation, defaults applied. */
export type Feed = z.output<typeof feedSchema>;
export type EventInfo = Feed['event'];
export type SessionKind = (typeof SESSION_KINDS)[number];
export type SpeakerInput = z.output<typeof speakerSchema>;
export type SponsorInput = z.output<typeof sponsorSchema>;
export type Link = z.output<typeof linkSchema>;
