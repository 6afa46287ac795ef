/**
 * Keys the schema does not know are dropped by it without a word, so a typo such as
 * `"speaker"` would lose a session's speakers silently. This walk finds them, at any
 * depth, reading the known keys from the schema itself so the two never disagree.
 */
import type * as z from 'zod/mini';
import { record } from './json.js';
import { ProblemList, type FeedProblem } from './problem.js';
import { feedSchema } from './schema.js';

/** The parts of zod's schema definitions the walk reads. */
interface Def {
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  shape?: Record<string, z.core.$ZodType>;
}

/** The definition under optional wrappers. */
function definition(schema: z.core.$ZodType): Def {
  const def = schema._zod.def as Def;
  return def.innerType ? definition(def.innerType) : def;
}

/** Edit distance between two keys, ignoring case; one row of the table at a time. */
function distance(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const row = [...Array(y.length + 1).keys()];
  for (let i = 0; i < x.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i + 1;
    for (let j = 0; j < y.length; j += 1) {
      const above = row[j + 1]!;
      row[j + 1] = Math.min(above + 1, row[j]! + 1, diagonal + (x[i] === y[j] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[y.length]!;
}

/**
 * The known key at most two edits away, the nearest first; that covers the singular or
 * plural of every key the format has ("speaker" for "speakers").
 */
function suggestion(key: string, known: string[]): string {
  let best = 3;
  let meant = '';
  for (const candidate of known) {
    // Keys whose lengths differ by more than two are never two edits apart; skipping them keeps
    // a hostile feed's megabyte-long key from costing a table of millions of cells per known key.
    if (Math.abs(key.length - candidate.length) > 2) continue;
    const edits = distance(key, candidate);
    if (edits < best) [best, meant] = [edits, candidate];
  }
  return meant && `; did you mean "${meant}"?`;
}

/** Warns about every key of `value` (and of the objects inside it) that `schema` does not name. */
function warnUnknownKeys(schema: z.core.$ZodType, value: unknown, path: string, problems: ProblemList): void {
  const def = definition(schema);
  if (def.element && Array.isArray(value)) {
    value.forEach((item, index) => warnUnknownKeys(def.element!, item, `${path}[${index}]`, problems));
  }
  const member = def.options?.find((option) => definition(option).shape);
  if (member) warnUnknownKeys(member, value, path, problems);
  const object = record(value);
  if (!def.shape || !object) return;
  for (const [key, child] of Object.entries(object)) {
    const at = path ? `${path}.${key}` : key;
    if (Object.hasOwn(def.shape, key)) warnUnknownKeys(def.shape[key]!, child, at, problems);
    else problems.warn(at, `unknown key${suggestion(key, Object.keys(def.shape))}`);
  }
}

/**
 * Warnings for the keys of a feed that its schema does not know. The elements load this module
 * only once the program is shown (they are for webmasters, not visitors); parseFeed runs it at once.
 */
export function unknownKeyWarnings(feed: unknown): FeedProblem[] {
  const problems = new ProblemList();
  warnUnknownKeys(feedSchema, feed, '', problems);
  return problems.warnings;
}
