import type * as z from 'zod/mini';
import { formatPath, type FeedProblem } from './problem.js';

type Issue = z.core.$ZodIssue;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    input,
  );
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object',
};

function message(issue: Issue, input: unknown): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? 'is required'
        : `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(value)}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `must have at least ${issue.minimum} entries`;
    case 'too_big':
      return `must have at most ${issue.maximum} ${issue.origin === 'string' ? 'characters' : 'entries'}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}, not ${describeValue(value)}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; not ${describeValue(value)}`;
    case 'invalid_format':
      return `must be a date and time like "2025-05-20T09:10" (optionally with an offset like "+02:00"), not ${describeValue(value)}`;
    default:
      return issue.message;
  }
}

/** Maps zod's issues to problems with JSON paths and plain-language messages. */
export function problemsFromIssues(issues: readonly Issue[], input: unknown): FeedProblem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: message(issue, input), severity: 'error' }));
}
