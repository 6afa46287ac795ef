import { describeProblem, type FeedProblem } from '../feed/problem.js';
import { whenIdle } from './idle.js';

/** Lists every problem for the webmaster, one line each, in one console group. */
export function logProblems(level: 'error' | 'warn', heading: string, problems: FeedProblem[]): void {
  if (!problems.length) return;
  console[level](`[seminar-agenda] ${heading}\n${problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
}

/**
 * Lists the keys of a shown feed that the format does not know, once the browser is idle: the
 * walk is for webmasters, so visitors never wait for it or its module. A module that cannot be
 * loaded costs only these warnings.
 */
export function logUnknownKeysWhenIdle(feed: unknown, heading: string): void {
  whenIdle(() => {
    import('../feed/unknown-keys.js').then(
      ({ unknownKeyWarnings }) => logProblems('warn', heading, unknownKeyWarnings(feed)),
      () => {},
    );
  });
}

/** Says that code loaded on use could not be loaded, and what the page does without it. */
export function warnNotLoaded(what: string, reason: string, without = 'the rest works without it'): void {
  console.warn(`[seminar-agenda] ${what} could not be loaded (${reason}); ${without}.`);
}
