// How problems are printed: `file:line:column: severity: path: message`, the form editors and CI link.
import { describeProblem } from '../../dist/feed/index.js';

export function formatProblem(source, problem) {
  const place = problem.line === undefined ? source : `${source}:${problem.line}:${problem.column}`;
  return `${place}: ${problem.severity}: ${describeProblem(problem)}`;
}

export function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function countProblems(problems) {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return `${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}`;
}
