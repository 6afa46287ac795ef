/**
 * The ::part names of the elements that others render, listed once as the `exportparts` values
 * that forward them. The names are unique across the elements, so a page styles a part the same
 * way on the element alone and through the agenda that forwards it
 * (`seminar-agenda::part(session-title)`), and nothing is renamed on the way out. Each element's
 * @csspart lines (which feed custom-elements.json) list the same names; a node test
 * (tests-node/parts.test.mjs) fails when they drift apart.
 */

/** The parts of `<seminar-day-tabs>`, which a timeline forwards. */
export const DAY_TABS_EXPORTS = 'tablist, tab, tab-selected, panel';

/**
 * The parts only `<seminar-program-grid>` has, and all it shows: its cells reuse the timeline's
 * session templates, so they carry the timeline's names for the same things.
 */
export const GRID_PARTS = 'grid, grid-room, grid-hour, grid-session, grid-note';
export const GRID_EXPORTS = `${GRID_PARTS}, time, session-title, meta, kind, room, track, language, session-speakers, speaker, speaker-name, speaker-details, nested, badge, badge-now, badge-next`;

/** The parts of `<seminar-timeline>`, which an agenda forwards with the day tabs' ones. */
export const TIMELINE_EXPORTS =
  'sessions, session, session-light, time, session-title, meta, kind, room, track, language, session-description, more, points, ' +
  'questions-label, questions, session-speakers, moderators, moderators-label, speaker, speaker-name, speaker-details, ' +
  `nested, days, day-title, badge, badge-now, badge-next, badge-new, badge-moved, session-status, actions, favourite, action, menu, menu-item, session-link, ${DAY_TABS_EXPORTS}, ${GRID_PARTS}`;

/** The parts of `<seminar-speaker-card>`, which an agenda forwards. */
export const SPEAKER_CARD_EXPORTS =
  'card, portrait, name, job-title, organization, moderator, appearances, bio, bio-text, links, speaker-link';

/** The parts of `<seminar-speaker-directory>`, which an agenda with many speakers forwards. */
export const SPEAKER_DIRECTORY_EXPORTS =
  'count, directory, entry, entry-name, entry-details, entry-sessions, entry-session, bio-toggle, entry-bio, entry-links';

/** The parts of `<seminar-sponsor-strip>`, which an agenda forwards. */
export const SPONSOR_STRIP_EXPORTS = 'tier, tier-title, sponsor-list, sponsor, logo, sponsor-name, sponsor-description';
