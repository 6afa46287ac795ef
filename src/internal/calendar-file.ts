import { calendarFileName, calendarSessions, takingPlace, toICalendar } from '../calendar/ics.js';
import { SeminarCalendarDownloadEvent } from '../events/seminar-calendar-download-event.js';
import type { AgendaModel, SessionModel } from '../feed/model.js';

/**
 * Hands the program, or one session, to the browser as an .ics download and tells the host page
 * which sessions it holds; loaded with the writer (calendar-download.ts).
 */
export function saveCalendar(host: HTMLElement, model: AgendaModel, session?: SessionModel): void {
  const sessions = calendarSessions(session ? [session] : takingPlace(model));
  const text = toICalendar(model, sessions);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  Object.assign(document.createElement('a'), { href: url, download: calendarFileName(model, session) }).click();
  // Revoked a task later: Chromium starts the download asynchronously from the click.
  setTimeout(() => URL.revokeObjectURL(url));
  host.dispatchEvent(new SeminarCalendarDownloadEvent({ sessionIds: sessions.map((s) => s.id) }));
}
