// Writes schema/feed.schema.json from the zod schema so editors complete and check feeds.
import { mkdir, writeFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import {
  DATE_TIME,
  DEFAULTS,
  FIELD_DOCS,
  feedSchema,
  eventSchema,
  venueSchema,
  sessionSchema,
  speakerRefSchema,
  speakerSchema,
  sponsorSchema,
  linkSchema,
} from '../dist/feed/index.js';

// The runtime schema carries no descriptions (they would ride along in the CDN bundle);
// they are added here, to the JSON Schema only. So are the defaults and the date-time
// pattern, which the parser applies and checks outside zod (see src/feed/schema.ts).
const objects = new Map([
  [feedSchema, 'feed'],
  [eventSchema, 'event'],
  [venueSchema, 'venue'],
  [sessionSchema, 'session'],
  [speakerRefSchema, 'speakerRef'],
  [speakerSchema, 'speaker'],
  [sponsorSchema, 'sponsor'],
  [linkSchema, 'link'],
]);

function describe({ zodSchema, jsonSchema }) {
  const name = objects.get(zodSchema);
  if (!name) return;
  const { properties } = jsonSchema;
  for (const [field, description] of Object.entries(FIELD_DOCS[name])) properties[field].description = description;
  for (const [field, value] of Object.entries(DEFAULTS[name] ?? {})) properties[field].default = value;
  if (name === 'session') for (const field of ['start', 'end']) properties[field].pattern = DATE_TIME.source;
}

// The recursive session is the one definition; everything else is inlined where it is used.
const definitions = z.registry();
definitions.add(sessionSchema, { id: 'session' });

const { $schema, ...rest } = z.toJSONSchema(feedSchema, {
  target: 'draft-7',
  io: 'input',
  metadata: definitions,
  override: describe,
});
const schema = { $schema, $id: 'https://unpkg.com/seminar-agenda/schema/feed.schema.json', title: 'seminar-agenda feed v1', ...rest };
await mkdir(new URL('../schema/', import.meta.url), { recursive: true });
await writeFile(new URL('../schema/feed.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.log('schema/feed.schema.json written');
