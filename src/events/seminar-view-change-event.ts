/** The views of a program a visitor can switch between; each feature that adds one names it here. */
export type SeminarView = 'list' | 'grid' | 'favourites';

export interface SeminarViewChangeDetail {
  /** The view the visitor chose. */
  view: SeminarView;
}

/** Fired when the visitor switches the program to another view. */
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
