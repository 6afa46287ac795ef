// How problems are printed: `file:line:column: severity: path: message`, the form editors and CI link.
import { describeProblem, type FeedProblem } from '../feed/problem.js';

/** A problem placed in the text it was found in (1-based), when the text is JSON we could locate. */
export interface PlacedProblem extends FeedProblem {
  line?: number;
  column?: number;
}

export function formatProblem(source: string, problem: PlacedProblem): string {
  const place = problem.line === undefined ? source : `${source}:${problem.line}:${problem.column}`;
  return `${place}: ${problem.severity}: ${describeProblem(problem)}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function countProblems(problems: readonly FeedProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return `${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}`;
}
