import { calendarFileName, slugify, toICalendar } from '../calendar/ics.js';
import type { AgendaModel, SessionModel } from '../feed/model.js';

/** Hands the program, or one session, to the browser as an .ics download; loaded with the writer (calendar-download.ts). */
export function saveCalendar(model: AgendaModel, session?: SessionModel): void {
  download(toICalendar(model, session ? [session] : undefined), calendarFileName(model, session));
}

/** The visitor's favourites as one .ics download, `<event>-favourites.ics`; loaded by favourite-tools.ts. */
export function saveFavourites(model: AgendaModel, sessions: SessionModel[]): void {
  download(toICalendar(model, sessions), `${slugify(model.event.title)}-favourites.ics`);
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  // Revoked a task later: Chromium starts the download asynchronously from the click.
  setTimeout(() => URL.revokeObjectURL(url));
}
