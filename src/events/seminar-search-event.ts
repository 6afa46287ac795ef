export interface SeminarSearchDetail {
  /** What the visitor typed, as typed. */
  query: string;
  /** How many sessions match the query together with the active filters. */
  matches: number;
}

/** Fired when the visitor has stopped typing in the program's search box for a moment (debounced). */
export class SeminarSearchEvent extends CustomEvent<SeminarSearchDetail> {
  static readonly eventName = 'seminar-search';

  constructor(detail: SeminarSearchDetail) {
    super(SeminarSearchEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-search': SeminarSearchEvent;
  }
}
