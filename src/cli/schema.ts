import { readFile } from 'node:fs/promises';
import { defineCommand } from './command.js';
import { UserError } from './user-error.js';

const HELP = `Usage: seminar-agenda schema

Prints the JSON Schema of the feed format v1 (the file schema/feed.schema.json in the
package). Point an editor at it for completion and checking:
  "$schema": "https://unpkg.com/seminar-agenda/schema/feed.schema.json"

Options:
  -h, --help  show this help

Example:
  seminar-agenda schema > feed.schema.json`;

// The build generates this file from the feed schema; reading it keeps one generator.
// This module runs from dist/cli/, two folders below the package root.
const SCHEMA = new URL('../../schema/feed.schema.json', import.meta.url);

export const schema = defineCommand(HELP, {}, async () => {
  try {
    process.stdout.write(await readFile(SCHEMA, 'utf8'));
  } catch {
    throw new UserError('schema/feed.schema.json is missing from this copy of the package (npm run build makes it)');
  }
  return 0;
});
