export interface SeminarViewChangeDetail {
  /** The view now shown: the program as a list or a grid, only the visitor's favourites, or the speakers. */
  view: 'list' | 'grid' | 'favourites' | 'speakers';
}

/** Fired when the visitor switches the agenda to another view. */
export class SeminarViewChangeEvent extends CustomEvent<SeminarViewChangeDetail> {
  static readonly eventName = 'seminar-view-change';

  constructor(detail: SeminarViewChangeDetail) {
    super(SeminarViewChangeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-view-change': SeminarViewChangeEvent;
  }
}
