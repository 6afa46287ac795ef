export interface SeminarCalendarDownloadDetail {
  /** Ids of the sessions in the downloaded .ics file: one for a session, every timed one for the program. */
  sessionIds: string[];
}

/** Fired when the visitor downloads a calendar file, once the file is handed to the browser. */
export class SeminarCalendarDownloadEvent extends CustomEvent<SeminarCalendarDownloadDetail> {
  static readonly eventName = 'seminar-calendar-download';

  constructor(detail: SeminarCalendarDownloadDetail) {
    super(SeminarCalendarDownloadEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-calendar-download': SeminarCalendarDownloadEvent;
  }
}
