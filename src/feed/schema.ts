/**
 * Feed format v1, the public contract between organizers and the elements.
 * This valibot schema is the single source of truth: the TypeScript types below are
 * inferred from it and schema/feed.schema.json is generated from it, with the
 * field descriptions of schema-docs.ts. Valibot rather than zod: docs/decisions.md.
 */
import * as v from 'valibot';

const LOCAL_OR_OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Limits that keep a hostile or broken feed from freezing the page; real programs
 * stay far below them (the 39C3 congress has 215 sessions).
 */
export const LIMITS = { text: 1_000, longText: 20_000, items: 5_000, listItems: 100 } as const;

const text = (max: number = LIMITS.text) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const optionalText = (max?: number) => v.optional(text(max));
const longText = () => optionalText(LIMITS.longText);
const list = <T extends v.GenericSchema>(item: T, max: number = LIMITS.listItems) => v.pipe(v.array(item), v.maxLength(max));
const dateTime = () => v.pipe(v.string(), v.regex(LOCAL_OR_OFFSET_DATE_TIME));

/** Session kinds; breaks and meals render lighter than talks. */
export const SESSION_KINDS = [
  'talk', 'keynote', 'panel', 'break', 'meal', 'arrival', 'welcome', 'summary', 'networking', 'other',
] as const;

export const linkSchema = v.object({
  label: text(),
  url: text(),
});

export const venueSchema = v.object({
  name: optionalText(),
  address: optionalText(),
  url: optionalText(),
});

export const eventSchema = v.object({
  title: text(),
  subtitle: optionalText(),
  description: longText(),
  series: optionalText(),
  language: optionalText(),
  timeZone: text(),
  venue: v.optional(venueSchema),
  url: optionalText(),
  registrationUrl: optionalText(),
});

const sessionFields = {
  id: text(),
  start: v.optional(dateTime()),
  end: v.optional(dateTime()),
  kind: v.optional(v.picklist(SESSION_KINDS), 'talk'),
  title: text(),
  description: longText(),
  questions: v.optional(list(text())),
  speakers: v.optional(list(text())),
  moderators: v.optional(list(text())),
  room: optionalText(),
  track: optionalText(),
  tags: v.optional(list(text())),
  url: optionalText(),
};

export interface SessionInput extends v.InferInput<v.ObjectSchema<typeof sessionFields, undefined>> {
  sessions?: SessionInput[];
}

export const sessionSchema: v.GenericSchema<SessionInput> = v.object({
  ...sessionFields,
  sessions: v.optional(v.lazy(() => list(sessionSchema, LIMITS.items))),
});

export const speakerSchema = v.object({
  id: text(),
  name: optionalText(),
  jobTitle: optionalText(),
  organization: optionalText(),
  bio: longText(),
  photo: optionalText(),
  links: v.optional(list(linkSchema)),
  tbc: v.optional(v.boolean(), false),
});

export const sponsorSchema = v.object({
  id: text(),
  name: text(),
  url: optionalText(),
  logo: optionalText(),
  tier: v.optional(text(), 'sponsor'),
  description: optionalText(),
});

export const feedSchema = v.object({
  version: v.literal(1),
  event: eventSchema,
  sessions: list(sessionSchema, LIMITS.items),
  speakers: v.optional(list(speakerSchema, LIMITS.items), []),
  sponsors: v.optional(list(sponsorSchema, LIMITS.items), []),
});

/** A feed as its author writes it (defaults not yet applied). */
export type FeedInput = v.InferInput<typeof feedSchema>;
/** A feed after schema validation, defaults applied. */
export type Feed = v.InferOutput<typeof feedSchema>;
export type EventInfo = Feed['event'];
export type SessionKind = (typeof SESSION_KINDS)[number];
export type SpeakerInput = v.InferOutput<typeof speakerSchema>;
export type SponsorInput = v.InferOutput<typeof sponsorSchema>;
export type Link = v.InferOutput<typeof linkSchema>;
