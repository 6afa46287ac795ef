/**
 * The CDN bundle's entry: registers the elements and exports their classes like elements.ts,
 * except those that come from chunks: `<seminar-day-tabs>` when the first program spanning days
 * renders (most programs have one day), `<seminar-speaker-card>` when an agenda renders cards
 * (below the program, never its first screen) or, for cards in the page's own markup, once the
 * browser is idle, `<seminar-sponsor-strip>` likewise (an agenda's strip is below its program),
 * `<seminar-speaker-directory>` when an agenda renders one for a program with many speakers, and
 * `<seminar-program-grid>` when the grid view is first shown. The npm build keeps every define/*.js module.
 */
// In elements.ts's order: the bundle keeps the modules in it, and gzip wins from neighbours alike.
export * from './seminar-agenda.js';
import { SeminarTimeline } from '../components/seminar-timeline/seminar-timeline.js';
import { defineOnce } from '../internal/define-once.js';
import { defineOnUse, useElement } from '../internal/element-on-use.js';
import { whenIdle } from '../internal/idle.js';

// define/seminar-timeline.js would import the day tabs; the timeline is registered here without them.
defineOnce('seminar-timeline', SeminarTimeline);
defineOnUse('seminar-speaker-card', () => import('./seminar-speaker-card.js'));
defineOnUse('seminar-sponsor-strip', () => import('./seminar-sponsor-strip.js'));
// Cards and strips the page itself holds (no agenda renders them) are defined once the browser is idle.
whenIdle(() => {
  for (const tag of ['seminar-speaker-card', 'seminar-sponsor-strip']) if (document.querySelector(tag)) useElement(tag);
});
defineOnUse('seminar-day-tabs', () => import('./seminar-day-tabs.js'));
defineOnUse('seminar-speaker-directory', () => import('./seminar-speaker-directory.js'));
defineOnUse('seminar-program-grid', () => import('./seminar-program-grid.js'));

export { SeminarTimeline };
