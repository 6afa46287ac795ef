/** One thing wrong with a feed: where (a JSON path) and what, in words a person understands. */
export interface FeedProblem {
  /** JSON path such as `sessions[3].end`; empty for the feed as a whole. */
  path: string;
  message: string;
  /** Errors stop the feed from being shown; warnings lose only a detail. */
  severity: 'error' | 'warning';
}

/** Turns `['sessions', 3, 'end']` into `sessions[3].end`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    return path ? `${path}.${String(segment)}` : String(segment);
  }, '');
}

/** `sessions[3].end: must be after start (09:50 < 10:10)` */
export function describeProblem(problem: FeedProblem): string {
  return `${problem.path || '(feed)'}: ${problem.message}`;
}

/** Collects problems while a feed is checked, so checks stay small functions. */
export class ProblemList {
  readonly errors: FeedProblem[] = [];
  readonly warnings: FeedProblem[] = [];

  error(path: string, message: string): void {
    this.errors.push({ path, message, severity: 'error' });
  }

  warn(path: string, message: string): void {
    this.warnings.push({ path, message, severity: 'warning' });
  }
}

/** A value as a message quotes it: text in quotes (shortened), other kinds by name. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}
