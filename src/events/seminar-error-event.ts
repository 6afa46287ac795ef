import type { FailureKind } from '../feed/parse.js';
import type { FeedProblem } from '../feed/problem.js';

export interface SeminarErrorDetail {
  /**
   * Why: network (no answer), timeout, http (an error status), too-large (over `max-bytes`),
   * syntax (not JSON or XML) or invalid (failed validation).
   */
  kind: FailureKind;
  /** The feed URL, when it came from `src`. */
  url?: string;
  /** Every problem, each with its JSON path. */
  problems: FeedProblem[];
}

/** Fired when a feed cannot be shown; the detail lists every problem with its path. */
export class SeminarErrorEvent extends CustomEvent<SeminarErrorDetail> {
  static readonly eventName = 'seminar-error';

  constructor(detail: SeminarErrorDetail) {
    super(SeminarErrorEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-error': SeminarErrorEvent;
  }
}
