export interface SeminarSpeakerOpenDetail {
  /** Id of the speaker in the feed. */
  speakerId: string;
}

/**
 * Fired when the visitor opens a speaker's entry from a session (their name in the program).
 * Cancelable: a page that shows speakers elsewhere calls `preventDefault()`, and the agenda then
 * leaves the speakers section where it is.
 */
export class SeminarSpeakerOpenEvent extends CustomEvent<SeminarSpeakerOpenDetail> {
  static readonly eventName = 'seminar-speaker-open';

  constructor(detail: SeminarSpeakerOpenDetail) {
    super(SeminarSpeakerOpenEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-speaker-open': SeminarSpeakerOpenEvent;
  }
}
