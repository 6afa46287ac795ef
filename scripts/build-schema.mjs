// Writes schema/feed.schema.json from the valibot schema so editors complete and check feeds.
import { mkdir, writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { FIELD_DOCS, feedSchema, eventSchema, venueSchema, sessionSchema, speakerSchema, sponsorSchema, linkSchema } from '../dist/feed/index.js';

// The runtime schema carries no descriptions (they would ride along in the CDN bundle);
// they are added here, to the JSON Schema only.
const objects = new Map([
  [feedSchema, 'feed'], [eventSchema, 'event'], [venueSchema, 'venue'], [sessionSchema, 'session'],
  [speakerSchema, 'speaker'], [sponsorSchema, 'sponsor'], [linkSchema, 'link'],
]);

function describe(context) {
  const docs = FIELD_DOCS[objects.get(context.valibotSchema)];
  for (const [field, description] of Object.entries(docs ?? {})) context.jsonSchema.properties[field].description = description;
  return context.jsonSchema;
}

const { $schema, ...rest } = toJsonSchema(feedSchema, {
  definitions: { session: sessionSchema },
  overrideSchema: (context) => (objects.has(context.valibotSchema) ? describe(context) : undefined),
});
const schema = { $schema, $id: 'https://unpkg.com/seminar-agenda/schema/feed.schema.json', title: 'seminar-agenda feed v1', ...rest };
await mkdir(new URL('../schema/', import.meta.url), { recursive: true });
await writeFile(new URL('../schema/feed.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.log('schema/feed.schema.json written');
