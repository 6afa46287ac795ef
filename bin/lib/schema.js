import { readFile } from 'node:fs/promises';
import { UserError } from './input.js';

export const help = `Usage: seminar-agenda schema

Prints the JSON Schema of the feed format v1 (the file schema/feed.schema.json in the
package). Point an editor at it for completion and checking:
  "$schema": "https://unpkg.com/seminar-agenda/schema/feed.schema.json"

Options:
  -h, --help  show this help

Example:
  seminar-agenda schema > feed.schema.json`;

export const options = {};

// The build generates this file from the valibot schema; reading it keeps one generator.
const SCHEMA = new URL('../../schema/feed.schema.json', import.meta.url);

export async function run() {
  try {
    process.stdout.write(await readFile(SCHEMA, 'utf8'));
  } catch {
    throw new UserError('schema/feed.schema.json is missing from this copy of the package (npm run build makes it)');
  }
  return 0;
}
