export interface SeminarTimeZoneChangeDetail {
  /** IANA name of the zone times are now shown in, `Europe/Copenhagen`. */
  timeZone: string;
}

/** Fired when the visitor switches between the event's and their own time zone. */
export class SeminarTimeZoneChangeEvent extends CustomEvent<SeminarTimeZoneChangeDetail> {
  static readonly eventName = 'seminar-time-zone-change';

  constructor(detail: SeminarTimeZoneChangeDetail) {
    super(SeminarTimeZoneChangeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'seminar-time-zone-change': SeminarTimeZoneChangeEvent;
  }
}
