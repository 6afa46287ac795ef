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
export function inDocumentOrder(input: unknown, problems: FeedProblem[]): FeedProblem[] {
  const positions = new Map(problems.map((problem) => [problem, positionOf(input, problem.path)]));
  const compare = (a: number[], b: number[]): number => {
    const step = a.findIndex((position, index) => position !== b[index]);
    return step < 0 ? a.length - b.length : step >= b.length ? 1 : a[step]! - b[step]!;
  };
  return [...problems].sort((a, b) => compare(positions.get(a)!, positions.get(b)!));
}
