import type { ReactiveControllerHost } from 'lit';
import { HandoutController, type HandoutState } from '../controllers/handout.js';
import { StructuredDataController } from '../controllers/structured-data.js';

/** What `<seminar-agenda>` tells the parts it adds once idle. */
export interface AgendaExtrasState extends HandoutState {
  /** `no-structured-data` is set. */
  noStructuredData: boolean;
}

/**
 * What the agenda adds once the browser is idle after the first program shows, in a chunk of the
 * CDN bundle: the JSON-LD for search engines and the printed handout. Neither is needed to read
 * the program, so visitors never wait for them.
 */
export function addAgendaExtras(host: ReactiveControllerHost & HTMLElement, state: () => AgendaExtrasState): HandoutController {
  new StructuredDataController(host, () => ({ model: state().model, off: state().noStructuredData }));
  return new HandoutController(host, state);
}
