import type * as v from 'valibot';
import { formatPath, type FeedProblem } from './problem.js';

type Issue = v.BaseIssue<unknown>;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object',
};

/** Valibot writes the allowed values of a picklist as `("a" | "b")`. */
function allowed(expected: string | null): string {
  return (expected ?? '').replace(/^\(|\)$/g, '').split(' | ').join(', ');
}

function message(issue: Issue): string {
  const value = issue.input;
  if (issue.kind === 'schema' && value === undefined) return 'is required';
  switch (issue.type) {
    case 'literal':
      return `must be ${issue.expected}, not ${describeValue(value)}`;
    case 'picklist':
      return `must be one of ${allowed(issue.expected)}; not ${describeValue(value)}`;
    case 'min_length':
      return typeof value === 'string' ? 'must not be empty' : `must have at least ${issue.requirement} entries`;
    case 'max_length':
      return `must have at most ${issue.requirement} ${typeof value === 'string' ? 'characters' : 'entries'}`;
    case 'regex':
      return `must be a date and time like "2025-05-20T09:10" (optionally with an offset like "+02:00"), not ${describeValue(value)}`;
    default:
      return issue.kind === 'schema' ? `must be ${TYPE_NAMES[issue.type] ?? issue.type}, not ${describeValue(value)}` : issue.message;
  }
}

/** Maps valibot's issues to problems with JSON paths and plain-language messages. */
export function problemsFromIssues(issues: readonly Issue[]): FeedProblem[] {
  return issues.map((issue) => ({
    path: formatPath((issue.path ?? []).map((item) => item.key as PropertyKey)),
    message: message(issue),
    severity: 'error',
  }));
}
