/**
 * The CDN bundle's entry: registers the elements and exports their classes like elements.ts,
 * except `<seminar-day-tabs>`, which comes from a chunk when the first program spanning days
 * renders (most programs have one day), and `<seminar-program-grid>`, which comes from one when
 * the grid view is first shown. The npm build keeps define/seminar-day-tabs.js.
 */
// In elements.ts's order: the bundle keeps the modules in it, and gzip wins from neighbours alike.
export * from './seminar-agenda.js';
import { SeminarTimeline } from '../components/seminar-timeline/seminar-timeline.js';
import { defineOnce } from '../internal/define-once.js';
import { defineOnUse } from '../internal/element-on-use.js';
export * from './seminar-speaker-card.js';
export * from './seminar-sponsor-strip.js';

// define/seminar-timeline.js would import the day tabs; the timeline is registered here without them.
defineOnce('seminar-timeline', SeminarTimeline);
defineOnUse('seminar-day-tabs', () => import('./seminar-day-tabs.js'));
defineOnUse('seminar-program-grid', () => import('./seminar-program-grid.js'));

export { SeminarTimeline };
