import { calendarFileName, toICalendar } from '../calendar/ics.js';
import type { AgendaModel, SessionModel } from '../feed/model.js';

/** Hands the program, or one session, to the browser as an .ics download; loaded with the writer (calendar-download.ts). */
export function saveCalendar(model: AgendaModel, session?: SessionModel): void {
  const text = toICalendar(model, session ? [session] : undefined);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  Object.assign(document.createElement('a'), { href: url, download: calendarFileName(model, session) }).click();
  // Revoked a task later: Chromium starts the download asynchronously from the click.
  setTimeout(() => URL.revokeObjectURL(url));
}
