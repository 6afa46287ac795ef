/**
 * Feed format v1, the public contract between organizers and the elements.
 * This zod schema is the single source of truth: the TypeScript types below are
 * inferred from it and schema/feed.schema.json is generated from it with
 * z.toJSONSchema, adding the field descriptions of schema-docs.ts. `zod/mini` rather
 * than classic zod keeps the CDN bundle small: docs/decisions.md.
 *
 * Two rules live beside the schema to keep zod classes out of the CDN bundle (each
 * costs 0.1–0.2 kB gzip): the form of start and end (DATE_TIME in time.ts, checked in checks.ts)
 * and the DEFAULTS (applied in normalise.ts). The JSON Schema build adds both.
 */
import * as z from 'zod/mini';

// The form of a feed time lives with the code that reads times, which the elements import without the schema.
export { DATE_TIME } from './time.js';

/** Values of optional fields the author left out, by object. */
export const DEFAULTS = {
  feed: { speakers: [], sponsors: [] },
  session: { kind: 'talk' },
  speaker: { tbc: false },
  sponsor: { tier: 'sponsor' },
} as const;

/**
 * Limits that keep a hostile or broken feed from freezing the page; real programs
 * stay far below them (the 39C3 congress has 215 sessions).
 */
export const LIMITS = { text: 1_000, longText: 20_000, items: 5_000, listItems: 100 } as const;

// zod compiles object parsers with `new Function` unless it is told not to; a page with a strict
// Content-Security-Policy (no 'unsafe-eval') or Trusted Types would report that. The setting is
// read when an object schema is made, so it is switched on for ours and restored for the app's.
const jitless = z.config().jitless;
z.config({ jitless: true });

const text = (max: number = LIMITS.text) => z.string().check(z.minLength(1), z.maxLength(max));
const optionalText = (max?: number) => z.optional(text(max));
const longText = () => optionalText(LIMITS.longText);
const list = <T extends z.ZodMiniType>(item: T, max: number = LIMITS.listItems) => z.array(item).check(z.maxLength(max));
const optionalList = <T extends z.ZodMiniType>(item: T, max?: number) => z.optional(list(item, max));

/** Session statuses beside the default (taking place); only what a real export needs. */
export const SESSION_STATUSES = ['cancelled'] as const;

/** Session kinds; breaks and meals render lighter than talks. */
export const SESSION_KINDS = ['talk', 'keynote', 'panel', 'break', 'meal', 'arrival', 'welcome', 'summary', 'networking', 'other'] as const;

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

/** A speaker with this appearance's own wording, e.g. a different role at a second session. */
export const speakerRefSchema = z.object({
  id: text(),
  role: optionalText(),
});

const speakerRefs = () => optionalList(z.union([text(), speakerRefSchema]));

const sessionFields = {
  id: text(),
  start: z.optional(z.string()),
  end: z.optional(z.string()),
  kind: z.optional(z.enum(SESSION_KINDS)),
  status: z.optional(z.enum(SESSION_STATUSES)),
  title: text(),
  description: longText(),
  questions: optionalList(text()),
  points: optionalList(text()),
  speakers: speakerRefs(),
  moderators: speakerRefs(),
  room: optionalText(),
  track: optionalText(),
  language: optionalText(),
  tags: optionalList(text()),
  url: optionalText(),
};

/** A session as its author writes it. */
export interface SessionInput extends z.output<z.ZodMiniObject<typeof sessionFields>> {
  sessions?: SessionInput[];
}

type SessionSchema = z.ZodMiniType<SessionInput>;

export const sessionSchema: SessionSchema = z.object({
  ...sessionFields,
  // A getter rather than z.lazy: zod resolves it on first use, and the bundle carries no lazy class.
  get sessions(): z.ZodMiniOptional<z.ZodMiniArray<SessionSchema>> {
    return optionalList(sessionSchema, LIMITS.items);
  },
});

export const speakerSchema = z.object({
  id: text(),
  name: optionalText(),
  jobTitle: optionalText(),
  organization: optionalText(),
  bio: longText(),
  photo: optionalText(),
  links: optionalList(linkSchema),
  tbc: z.optional(z.boolean()),
});

export const sponsorSchema = z.object({
  id: text(),
  name: text(),
  url: optionalText(),
  logo: optionalText(),
  tier: optionalText(),
  description: optionalText(),
});

export const feedSchema = z.object({
  // Named so that an editor's schema link is a known key, not a warning.
  $schema: optionalText(),
  // An enum of one rather than z.literal, whose class would add 0.14 kB gzip to the bundle.
  version: z.enum({ v1: 1 }),
  event: eventSchema,
  sessions: list(sessionSchema, LIMITS.items),
  speakers: optionalList(speakerSchema, LIMITS.items),
  sponsors: optionalList(sponsorSchema, LIMITS.items),
});

z.config({ jitless });

/** A feed as its author writes it; the schema applies no defaults, so this is also the validated feed. */
export type FeedInput = z.output<typeof feedSchema>;
/** A feed after schema validation. */
export type Feed = FeedInput;
export type EventInfo = Feed['event'];
export type SessionKind = (typeof SESSION_KINDS)[number];
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export type SpeakerRef = z.output<typeof speakerRefSchema>;
export type SpeakerInput = z.output<typeof speakerSchema>;
export type SponsorInput = z.output<typeof sponsorSchema>;
export type Link = z.output<typeof linkSchema>;
