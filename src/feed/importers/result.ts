import type { ProblemList } from '../problem.js';
import { isTimeZone } from '../time.js';
import type { ImportedFeed, ImportOptions, ImportResult } from './types.js';

export function failure(path: string, message: string): ImportResult {
  return { problems: [{ path, message, severity: 'error' }] };
}

/** With any error there is no feed: a half-imported program would mislead visitors. */
export function finish(feed: ImportedFeed, problems: ProblemList): ImportResult {
  const all = [...problems.errors, ...problems.warnings];
  return problems.errors.length ? { problems: all } : { feed, problems: all };
}

const FALLBACK_TITLE = 'Program';

/** The option wins over the export; without either the feed still needs a title. */
export function eventTitle(found: string | undefined, path: string, problems: ProblemList, options: ImportOptions): string {
  const title = options.title ?? found;
  if (title) return title;
  problems.warn(path, `the export has no event title; using "${FALLBACK_TITLE}" (pass a title option)`);
  return FALLBACK_TITLE;
}

/** A time zone passed as an option is the caller's word: an unknown one stops the import. */
export function unknownTimeZone(timeZone: string | undefined): ImportResult | undefined {
  return timeZone !== undefined && !isTimeZone(timeZone) ? failure('', `"${timeZone}" is not a known IANA time zone`) : undefined;
}
