/**
 * Registers every element and exports their classes, nothing else: the CDN bundle's entry,
 * so a `<script>` tag does not carry the feed toolkit that only npm users import.
 */
export * from './seminar-agenda.js';
export * from './seminar-timeline.js';
export * from './seminar-speaker-card.js';
export * from './seminar-sponsor-strip.js';
export * from './seminar-day-tabs.js';
