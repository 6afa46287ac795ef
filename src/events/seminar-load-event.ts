import type { AgendaModel } from '../feed/model.js';
import type { FeedProblem } from '../feed/problem.js';

export interface SeminarLoadDetail {
  model: AgendaModel;
  /** Details the feed lost (e.g. an unknown speaker id); the rest rendered. Keys the format does not know are not here: the element lists them in the console once the browser is idle (parseFeed returns them). */
  warnings: FeedProblem[];
}

/** Fired when a feed was validated and its program is shown. */
export class SeminarLoadEvent extends CustomEvent<SeminarLoadDetail> {
  static readonly eventName = 'seminar-load';

  constructor(detail: SeminarLoadDetail) {
    super(SeminarLoadEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-load': SeminarLoadEvent;
  }
}
