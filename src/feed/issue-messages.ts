import type * as z from 'zod/mini';
import { describeValue, formatPath, type FeedProblem } from './problem.js';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function wrongType(types: string, value: unknown): string {
  return `must be ${types}, not ${describeValue(value)}`;
}

function message(issue: Issue): string {
  const value = issue.input;
  // A field left out: zod says the absent value has the wrong type, or is not the one allowed value.
  if (value === undefined) return 'is required';
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(TYPE_NAMES[issue.expected] ?? issue.expected, value);
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}, not ${describeValue(value)}`
        : `must be one of ${issue.values.map((item) => JSON.stringify(item)).join(', ')}; not ${describeValue(value)}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must have at least ${issue.minimum} entries`;
    case 'too_big':
      return `must have at most ${issue.maximum} ${issue.origin === 'string' ? 'characters' : 'entries'}`;
    default:
      return issue.message;
  }
}

/**
 * A value that fits no member of a union (a speaker reference): when only one member has the
 * value's type, its own issues say more; otherwise the value has the wrong type for all of them.
 */
function problemsOf(issue: Issue, parent: PropertyKey[]): FeedProblem[] {
  const path = [...parent, ...issue.path];
  if (issue.code !== 'invalid_union') return [{ path: formatPath(path), message: message(issue), severity: 'error' }];
  const typeMismatch = (branch: Issue[]) => branch.some((inner) => inner.code === 'invalid_type' && !inner.path.length);
  const fitting = issue.errors.filter((branch) => !typeMismatch(branch));
  if (fitting.length === 1) return fitting[0]!.flatMap((inner) => problemsOf(inner, path));
  const types = issue.errors.flatMap((branch) =>
    branch.flatMap((inner) => (inner.code === 'invalid_type' ? [TYPE_NAMES[inner.expected]] : [])),
  );
  return [{ path: formatPath(path), message: wrongType(types.join(' or '), issue.input), severity: 'error' }];
}

/** Maps zod's issues to problems with JSON paths and plain-language messages. */
export function problemsFromIssues(issues: readonly Issue[]): FeedProblem[] {
  return issues.flatMap((issue) => problemsOf(issue, []));
}
