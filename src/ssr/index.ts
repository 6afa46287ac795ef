/**
 * `seminar-agenda/ssr`: renders an agenda to HTML in Node with Lit's server renderer, for static
 * sites and server templates (docs/ssr.md). Importing it registers the elements with Lit's DOM shim.
 */
export { renderAgenda, type RenderAgendaOptions, type RenderAgendaResult } from './render-agenda.js';
