// Writes schema/feed.schema.json from the zod schema so editors complete and check feeds.
import { mkdir, writeFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import {
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
// they are added here, to the JSON Schema only.
const objects = new Map([
  [feedSchema, 'feed'], [eventSchema, 'event'], [venueSchema, 'venue'], [sessionSchema, 'session'],
  [speakerRefSchema, 'speakerRef'], [speakerSchema, 'speaker'], [sponsorSchema, 'sponsor'], [linkSchema, 'link'],
]);

function describe({ zodSchema, jsonSchema }) {
  const docs = FIELD_DOCS[objects.get(zodSchema)];
  for (const [field, description] of Object.entries(docs ?? {})) jsonSchema.properties[field].description = description;
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
