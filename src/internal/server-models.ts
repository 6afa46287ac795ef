import type { AgendaModel } from '../feed/model.js';

/**
 * Programs parsed ahead of a server render (seminar-agenda/ssr), by the `<seminar-agenda>`
 * instance that shows them. Lit renders on the server in one synchronous pass, where a load
 * that awaits anything would come too late; the agenda's FeedSource takes its program from here.
 */
export const serverModels = /* @__PURE__ */ new WeakMap<object, AgendaModel>();
