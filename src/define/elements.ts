/**
 * Registers every element and exports their classes, nothing else, so an app can register the
 * elements without the feed toolkit. The CDN bundle's entry (cdn.ts) does the same, with the day tabs on use.
 */
export * from './seminar-agenda.js';
export * from './seminar-timeline.js';
export * from './seminar-speaker-card.js';
export * from './seminar-sponsor-strip.js';
export * from './seminar-day-tabs.js';
export * from './seminar-speaker-directory.js';
export * from './seminar-program-grid.js';
