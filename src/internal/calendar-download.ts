import type { AgendaModel, SessionModel } from '../feed/model.js';
import { loadOnUse } from '../feed/on-use.js';
import { warnNotLoaded } from './dev-log.js';

/**
 * Offers the program, or one session, as an .ics download made in the browser. The writer and
 * the download itself (calendar-file.ts) are imported on the first click: most visitors never
 * press the button, so they stay out of the CDN bundle's first load. `host` fires seminar-calendar-download
 * once the file is handed over; a chunk that cannot load downloads nothing and fires nothing.
 */
export function downloadCalendar(host: HTMLElement, model: AgendaModel, session?: SessionModel): Promise<void> {
  return loadOnUse(
    () => import('./calendar-file.js'),
    ({ saveCalendar }) => saveCalendar(host, model, session),
    // Offline after the page loaded: the chunk cannot be fetched. Nothing else depends on it.
    (reason) => warnNotLoaded('the calendar file', reason),
  );
}
