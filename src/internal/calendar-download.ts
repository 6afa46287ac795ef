import type { AgendaModel, SessionModel } from '../feed/model.js';

/**
 * Offers the program, or one session, as an .ics download made in the browser. The writer is
 * imported on the first click: most visitors never press the button, so it stays out of the
 * CDN bundle's first load.
 */
export async function downloadCalendar(model: AgendaModel, session?: SessionModel): Promise<void> {
  try {
    const { calendarFileName, toICalendar } = await import('../calendar/ics.js');
    const text = toICalendar(model, session ? [session] : undefined);
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar' }));
    Object.assign(document.createElement('a'), { href: url, download: calendarFileName(model, session) }).click();
    // Revoked a task later: Chromium starts the download asynchronously from the click.
    setTimeout(() => URL.revokeObjectURL(url));
  } catch (error) {
    // Offline after the page loaded: the chunk cannot be fetched. Nothing else depends on it.
    console.warn('[seminar-agenda] the calendar file could not be made:', error);
  }
}
