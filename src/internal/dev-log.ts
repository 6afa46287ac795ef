import { describeProblem, type FeedProblem } from '../feed/problem.js';

/** Lists every problem for the webmaster, one line each, in one console group. */
export function logProblems(level: 'error' | 'warn', heading: string, problems: FeedProblem[]): void {
  if (!problems.length) return;
  console[level](`[seminar-agenda] ${heading}\n${problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
}
