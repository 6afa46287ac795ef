export interface SeminarDaySelectDetail {
  /** ISO date of the chosen day, `2025-05-21`. */
  day: string;
}

/** Fired when the visitor picks a day in a day switcher. */
export class SeminarDaySelectEvent extends CustomEvent<SeminarDaySelectDetail> {
  static readonly eventName = 'seminar-day-select';

  constructor(detail: SeminarDaySelectDetail) {
    super(SeminarDaySelectEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-day-select': SeminarDaySelectEvent;
  }
}
