import type { Filters } from '../feed/search.js';

export interface SeminarFilterChangeDetail {
  /** The values chosen per dimension (day as ISO dates, room, track, kind, language); empty lists do not filter. */
  filters: Filters;
}

/** Fired when the visitor changes the program's filters, or clears them with the search. */
export class SeminarFilterChangeEvent extends CustomEvent<SeminarFilterChangeDetail> {
  static readonly eventName = 'seminar-filter-change';

  constructor(detail: SeminarFilterChangeDetail) {
    super(SeminarFilterChangeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-filter-change': SeminarFilterChangeEvent;
  }
}
