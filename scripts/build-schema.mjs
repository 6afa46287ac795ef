// Writes schema/feed.schema.json from the zod schema so editors complete and check feeds.
import { mkdir, writeFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { FIELD_DOCS, feedSchema, eventSchema, venueSchema, sessionSchema, speakerSchema, sponsorSchema, linkSchema } from '../dist/feed/index.js';

// The runtime schema carries no descriptions (they would ride along in the CDN bundle);
// they are attached here, in a registry of their own, only for the JSON Schema.
const objects = { feed: feedSchema, event: eventSchema, venue: venueSchema, session: sessionSchema, speaker: speakerSchema, sponsor: sponsorSchema, link: linkSchema };
const docs = z.registry();
for (const [name, fields] of Object.entries(FIELD_DOCS)) {
  for (const [field, description] of Object.entries(fields)) docs.add(objects[name].shape[field], { description });
}

const schema = {
  ...z.toJSONSchema(feedSchema, { io: 'input', unrepresentable: 'any', metadata: docs }),
  $id: 'https://unpkg.com/seminar-agenda/schema/feed.schema.json',
  title: 'seminar-agenda feed v1',
};
await mkdir(new URL('../schema/', import.meta.url), { recursive: true });
await writeFile(new URL('../schema/feed.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.log('schema/feed.schema.json written');
