import { calendarFileName, calendarSessions, slugify, takingPlace, toICalendar } from '../calendar/ics.js';
import { SeminarCalendarDownloadEvent } from '../events/seminar-calendar-download-event.js';
import type { AgendaModel, SessionModel } from '../feed/model.js';

/**
 * Hands the program, or one session, to the browser as an .ics download and tells the host page
 * which sessions it holds; loaded with the writer (calendar-download.ts).
 */
export function saveCalendar(host: HTMLElement, model: AgendaModel, session?: SessionModel): void {
  download(host, model, calendarSessions(session ? [session] : takingPlace(model)), calendarFileName(model, session));
}

/** The visitor's favourites as one .ics download, `<event>-favourites.ics`; loaded by favourite-tools.ts. */
export function saveFavourites(host: HTMLElement, model: AgendaModel, sessions: SessionModel[]): void {
  download(host, model, calendarSessions(sessions), `${slugify(model.event.title)}-favourites.ics`);
}

function download(host: HTMLElement, model: AgendaModel, sessions: SessionModel[], name: string): void {
  const text = toICalendar(model, sessions);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  // Revoked a task later: Chromium starts the download asynchronously from the click.
  setTimeout(() => URL.revokeObjectURL(url));
  host.dispatchEvent(new SeminarCalendarDownloadEvent({ sessionIds: sessions.map((s) => s.id) }));
}
