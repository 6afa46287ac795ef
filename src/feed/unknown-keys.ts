/**
 * Keys the schema does not know are dropped by it without a word, so a typo such as
 * `"speaker"` would lose a session's speakers silently. This walk finds them, at any
 * depth, reading the known keys from the schema itself so the two never disagree.
 */
import type * as z from 'zod/mini';
import { record } from './json.js';
import type { ProblemList } from './problem.js';

/** The parts of zod's schema definitions the walk reads. */
interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  getter?: () => z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  shape?: Record<string, z.core.$ZodType>;
}

/** The definition under optional, default and lazy wrappers. */
function definition(schema: z.core.$ZodType): Def {
  let def = schema._zod.def as Def;
  while (def.innerType || def.getter) def = (def.innerType ?? def.getter!())._zod.def as Def;
  return def;
}

/** Edit distance between two keys, ignoring case. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** The known key the author most likely meant: the singular or plural, else one at most two edits away. */
function suggestion(key: string, known: string[]): string {
  const lower = key.toLowerCase();
  const plural = known.find((candidate) => [`${lower}s`, lower.slice(0, -1)].includes(candidate.toLowerCase()));
  const [nearest] = known.map((candidate) => ({ candidate, edits: distance(key, candidate) })).sort((a, b) => a.edits - b.edits);
  const meant = plural ?? (nearest && nearest.edits <= 2 ? nearest.candidate : undefined);
  return meant ? `; did you mean "${meant}"?` : '';
}

/** Warns about every key of `value` (and of the objects inside it) that `schema` does not name. */
export function warnUnknownKeys(schema: z.core.$ZodType, value: unknown, path: string, problems: ProblemList): void {
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
