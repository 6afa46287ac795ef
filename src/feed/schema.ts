/**
 * Feed format v1, the public contract between organizers and the elements.
 * This zod schema is the single source of truth: the TypeScript types below are
 * inferred from it and schema/feed.schema.json is generated from it, with the
 * field descriptions of schema-docs.ts.
 * zod/mini keeps the CDN bundle ~16 kB lighter than full zod with the same schemas.
 */
import * as z from 'zod/mini';

const LOCAL_OR_OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Limits that keep a hostile or broken feed from freezing the page; real programs
 * stay far below them (the 39C3 congress has 215 sessions).
 */
export const LIMITS = { text: 1_000, longText: 20_000, items: 5_000, listItems: 100 } as const;

const text = (max: number = LIMITS.text) => z.string().check(z.minLength(1), z.maxLength(max));
const optionalText = (max?: number) => z.optional(text(max));
const longText = () => optionalText(LIMITS.longText);
const list = <T extends z.ZodMiniType>(item: T, max: number = LIMITS.listItems) => z.array(item).check(z.maxLength(max));
const dateTime = () => z.string().check(z.regex(LOCAL_OR_OFFSET_DATE_TIME));

/** Session kinds; breaks and meals render lighter than talks. */
export const SESSION_KINDS = [
  'talk', 'keynote', 'panel', 'break', 'meal', 'arrival', 'welcome', 'summary', 'networking', 'other',
] as const;

export const linkSchema = z.object({
  label: text(),
  url: text(),
});

export const venueSchema = z.object({
  name: optionalText(),
  address: optionalText(),
  url: optionalText(),
});

export const eventSchema = z.object({
  title: text(),
  subtitle: optionalText(),
  description: longText(),
  series: optionalText(),
  language: optionalText(),
  timeZone: text(),
  venue: z.optional(venueSchema),
  url: optionalText(),
  registrationUrl: optionalText(),
});

const sessionFields = {
  id: text(),
  start: z.optional(dateTime()),
  end: z.optional(dateTime()),
  kind: z._default(z.enum(SESSION_KINDS), 'talk'),
  title: text(),
  description: longText(),
  questions: z.optional(list(text())),
  speakers: z.optional(list(text())),
  moderators: z.optional(list(text())),
  room: optionalText(),
  track: optionalText(),
  tags: z.optional(list(text())),
  url: optionalText(),
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
  id: text(),
  name: optionalText(),
  jobTitle: optionalText(),
  organization: optionalText(),
  bio: longText(),
  photo: optionalText(),
  links: z.optional(list(linkSchema)),
  tbc: z._default(z.boolean(), false),
});

export const sponsorSchema = z.object({
  id: text(),
  name: text(),
  url: optionalText(),
  logo: optionalText(),
  tier: z._default(text(), 'sponsor'),
  description: optionalText(),
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
