import { isTimeZone } from '../feed/time.js';

/** What `time-zone` on `<seminar-agenda>` and the visitor's toggle accept, besides an IANA name. */
export type TimeZoneChoice = 'event' | 'local' | (string & {});

/** The visitor's zone as the browser reports it. */
export function localTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The zone times are shown in; an unknown name falls back to the event's zone. */
export function displayZone(choice: TimeZoneChoice | undefined, eventZone: string): string {
  if (choice === 'local') return localTimeZone();
  if (choice && choice !== 'event' && isTimeZone(choice)) return choice;
  return eventZone;
}
