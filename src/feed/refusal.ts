/**
 * The report on a refused feed: zod's issues in words beside the checks' errors, in the order
 * a reader of the feed meets their places. Only failing feeds need it, so the CDN bundle
 * imports this module on use (decode.ts).
 */
import { problemsFromIssues } from './issue-messages.js';
import type { FeedProblem } from './problem.js';
import type { ParseFailure, Refusal } from './validate.js';

/**
 * Where a path's value stands in the input: at each step its index in the list, or the
 * position of its key in the object (keys keep their order from the JSON text). A key
 * the input lacks, such as a missing required field, sorts after its present siblings.
 */
function positionOf(input: unknown, path: string): number[] {
  let value = input;
  return (path.match(/[^.[\]]+/g) ?? []).map((segment) => {
    const keys = value !== null && typeof value === 'object' ? Object.keys(value) : [];
    const index = keys.indexOf(segment);
    value = index < 0 ? undefined : (value as Record<string, unknown>)[segment];
    return index < 0 ? keys.length : index;
  });
}

/** The problems in the order a reader of the feed meets their places. */
function inDocumentOrder(input: unknown, problems: FeedProblem[]): FeedProblem[] {
  const positions = new Map(problems.map((problem) => [problem, positionOf(input, problem.path)]));
  const compare = (a: number[], b: number[]): number => {
    const step = a.findIndex((position, index) => position !== b[index]);
    return step < 0 ? a.length - b.length : step >= b.length ? 1 : a[step]! - b[step]!;
  };
  return [...problems].sort((a, b) => compare(positions.get(a)!, positions.get(b)!));
}

/** The failure to report for a refused feed. */
export function reportRefusal({ input, issues, problems }: Refusal): ParseFailure {
  const errors = [...problemsFromIssues(issues), ...problems.errors];
  return { ok: false, kind: 'invalid', errors: inDocumentOrder(input, errors), warnings: problems.warnings };
}
