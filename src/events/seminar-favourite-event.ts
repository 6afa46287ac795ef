export interface SeminarFavouriteDetail {
  /** Id of the session the visitor starred or unstarred. */
  sessionId: string;
  /** True when it was added to the visitor's program, false when it was taken out. */
  favourite: boolean;
}

/** Fired when the visitor presses a session's favourite toggle. */
export class SeminarFavouriteEvent extends CustomEvent<SeminarFavouriteDetail> {
  static readonly eventName = 'seminar-favourite';

  constructor(detail: SeminarFavouriteDetail) {
    super(SeminarFavouriteEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-favourite': SeminarFavouriteEvent;
  }
}
