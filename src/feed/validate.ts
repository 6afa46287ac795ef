import * as z from 'zod/mini';
import { checkFeed } from './checks.js';
import { feedSchema } from './schema.js';
import type { AgendaModel } from './model.js';
import { normaliseFeed } from './normalise.js';
import { ProblemList, type FeedProblem } from './problem.js';

/** Why a feed could not be shown. */
export type FailureKind = 'network' | 'timeout' | 'http' | 'too-large' | 'syntax' | 'invalid';

export type ParseResult =
  | {
      ok: true;
      model: AgendaModel;
      warnings: FeedProblem[];
      /** The feed as given, when its unknown keys are still to be looked for (the elements do that once it is shown). */
      unchecked?: unknown;
    }
  | { ok: false; kind: FailureKind; errors: FeedProblem[]; warnings: FeedProblem[] };

export interface ParseOptions {
  /** URL the feed came from; relative URLs inside it resolve against it. */
  baseUrl?: string;
}

export type ParseFailure = Extract<ParseResult, { ok: false }>;

/** A failure with one problem, for the feed as a whole unless a path is given. */
export function failed(kind: FailureKind, message: string, path = ''): ParseFailure {
  return { ok: false, kind, errors: [{ path, message, severity: 'error' }], warnings: [] };
}

/** Deeper than any real feed; checked before validation so a hostile nesting cannot exhaust the stack. */
export const MAX_DEPTH = 32;

/**
 * True when arrays and objects nest deeper than `limit`. Recursion stops at the limit, so a hostile
 * nesting cannot exhaust the stack; `for…in` allocates nothing per value (a 1,000-session feed: ~2 ms,
 * against ~6 ms for a walk that stacked every value).
 */
function nestsDeeper(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (limit === 0) return true;
  for (const key in value) if (nestsDeeper((value as Record<string, unknown>)[key], limit - 1)) return true;
  return false;
}

/** A feed the schema or the checks refused, before its problems are worded and put in order (refusal.ts). */
export interface Refusal {
  refused: true;
  input: unknown;
  issues: readonly z.core.$ZodIssue[];
  problems: ProblemList;
}

/** Finds what a feed has beside the schema (unknown-keys.ts); passed in so the CDN bundle can load it later. */
export type KeyWalk = (input: unknown) => FeedProblem[];

/**
 * Validates a feed object and returns the normalised model, or what stops it: the schema's
 * issues and the cross-field checks' errors, found together. Wording them is left to
 * refusal.ts, which only failing feeds need. Without `walk`, a valid feed's result carries
 * the input as `unchecked` for a later walk.
 */
export function validateFeed(input: unknown, options: ParseOptions = {}, walk?: KeyWalk): ParseResult | Refusal {
  if (nestsDeeper(input, MAX_DEPTH)) return failed('invalid', `is nested more than ${MAX_DEPTH} levels deep`);
  const problems = new ProblemList();
  if (walk) problems.warnings.push(...walk(input));
  checkFeed(input, problems);
  const checked = z.safeParse(feedSchema, input, { reportInput: true });
  // Normalised even when the cross-field checks failed, so their errors come with its warnings.
  if (checked.success) {
    const model = normaliseFeed(checked.data, problems, options.baseUrl);
    if (!problems.errors.length) return { ok: true, model, warnings: problems.warnings, ...(walk ? {} : { unchecked: input }) };
  }
  return { refused: true, input, issues: checked.error?.issues ?? [], problems };
}

/** JSON text as a value; a syntax error is reported as a failure, not thrown. */
export function readJson(text: string): { ok: true; value: unknown } | ParseFailure {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return failed('syntax', `is not valid JSON (${(error as Error).message})`);
  }
}
