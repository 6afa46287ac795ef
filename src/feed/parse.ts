import * as z from 'zod/mini';
import { feedSchema } from './schema.js';
import type { AgendaModel } from './model.js';
import { problemsFromIssues } from './issue-messages.js';
import { normaliseFeed } from './normalise.js';
import type { FeedProblem } from './problem.js';

/** Why a feed could not be shown. */
export type FailureKind = 'network' | 'http' | 'syntax' | 'invalid';

export type ParseResult =
  | { ok: true; model: AgendaModel; warnings: FeedProblem[] }
  | { ok: false; kind: FailureKind; errors: FeedProblem[]; warnings: FeedProblem[] };

export interface ParseOptions {
  /** URL the feed came from; relative URLs inside it resolve against it. */
  baseUrl?: string;
}

/** Validates a feed object and returns the normalised model, or every problem that stops it. */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  const checked = z.safeParse(feedSchema, input);
  if (!checked.success) {
    return { ok: false, kind: 'invalid', errors: problemsFromIssues(checked.error.issues, input), warnings: [] };
  }
  const { model, problems } = normaliseFeed(checked.data, options.baseUrl);
  if (problems.errors.length) return { ok: false, kind: 'invalid', errors: problems.errors, warnings: problems.warnings };
  return { ok: true, model, warnings: problems.warnings };
}

/** Parses feed JSON text; a syntax error is reported as a problem, not thrown. */
export function parseFeedText(text: string, options: ParseOptions = {}): ParseResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const problem: FeedProblem = { path: '', message: `is not valid JSON (${(error as Error).message})`, severity: 'error' };
    return { ok: false, kind: 'syntax', errors: [problem], warnings: [] };
  }
  return parseFeed(input, options);
}
