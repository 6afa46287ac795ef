// Writes schema/feed.schema.json from the zod schema so editors complete and check feeds.
import { mkdir, writeFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { feedSchema } from '../dist/feed/schema.js';

const schema = {
  ...z.toJSONSchema(feedSchema, { io: 'input', unrepresentable: 'any' }),
  $id: 'https://unpkg.com/seminar-agenda/schema/feed.schema.json',
  title: 'seminar-agenda feed v1',
};
await mkdir(new URL('../schema/', import.meta.url), { recursive: true });
await writeFile(new URL('../schema/feed.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.log('schema/feed.schema.json written');
