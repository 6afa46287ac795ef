/** Registers every element; the package's root entry and the CDN bundle. */
export * from './seminar-agenda.js';
export * from './seminar-timeline.js';
export * from './seminar-speaker-card.js';
export * from './seminar-sponsor-strip.js';
export * from './seminar-day-tabs.js';
export * from '../index.js';
