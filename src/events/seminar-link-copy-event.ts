export interface SeminarLinkCopyDetail {
  /** Id of the session whose link was copied (the anchor of `page.html#<id>`). */
  sessionId: string;
}

/** Fired when the visitor copies a session's link to the clipboard. */
export class SeminarLinkCopyEvent extends CustomEvent<SeminarLinkCopyDetail> {
  static readonly eventName = 'seminar-link-copy';

  constructor(detail: SeminarLinkCopyDetail) {
    super(SeminarLinkCopyEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-link-copy': SeminarLinkCopyEvent;
  }
}
