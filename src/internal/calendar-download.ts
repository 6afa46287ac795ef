import type { AgendaModel, SessionModel } from '../feed/model.js';

/**
 * Offers the program, or one session, as an .ics download made in the browser. The writer and
 * the download itself (calendar-file.ts) are imported on the first click: most visitors never
 * press the button, so they stay out of the CDN bundle's first load.
 */
export async function downloadCalendar(model: AgendaModel, session?: SessionModel): Promise<void> {
  try {
    const { saveCalendar } = await import('./calendar-file.js');
    saveCalendar(model, session);
  } catch (error) {
    // Offline after the page loaded: the chunk cannot be fetched. Nothing else depends on it.
    console.warn('[seminar-agenda] the calendar file could not be made:', error);
  }
}
