/**
 * Lenient readers for export files: real exports put null, numbers or empty
 * strings where a schema says text, so every field is read defensively.
 */
import type { ProblemList } from '../problem.js';

export { list, record, type JsonObject } from '../json.js';

/** Trimmed text; numbers become text (frab ids), empty and anything else become undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  return value.trim() || undefined;
}

/** Joins the distinct non-empty texts as paragraphs. */
export function paragraphs(...values: unknown[]): string | undefined {
  const parts = [...new Set(values.map(text).filter((part) => part !== undefined))];
  return parts.length ? parts.join('\n\n') : undefined;
}

export function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length ? items : undefined;
}

/** The value seen most often (first one on a tie). */
export function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].reduce<[string, number] | undefined>((best, entry) => (best && best[1] >= entry[1] ? best : entry), undefined)?.[0];
}

/** Resolves a URL against the export's base URL; one that cannot be parsed is reported and left out. */
export function absoluteUrl(value: unknown, base: string | undefined, path: string, problems: ProblemList): string | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  try {
    return new URL(raw, base).href;
  } catch {
    problems.warn(path, `"${raw}" is not a URL${base ? '' : ' and the export has no base URL'}; left out`);
    return undefined;
  }
}

/** A unique id for what is imported: exports occasionally repeat one, which the feed forbids (checks.ts reports it as an error there). */
export function uniqueId(ids: Set<string>, wanted: string, path: string, problems: ProblemList): string {
  let id = wanted;
  for (let n = 2; ids.has(id); n += 1) id = `${wanted}-${n}`;
  if (id !== wanted) problems.warn(path, `repeats the id "${wanted}"; imported as "${id}"`);
  ids.add(id);
  return id;
}
