/**
 * The ::part names of the elements that others render, listed once. The names are unique across
 * the elements, so a page styles a part the same way on the element alone and through the agenda
 * that forwards it (`seminar-agenda::part(session-title)`), and nothing is renamed on the way out.
 * Each element's @csspart lines (which feed custom-elements.json) list the same names; a node test
 * (tests-node/parts.test.mjs) fails when they drift apart.
 */
export const DAY_TABS_PARTS = ['tablist', 'tab', 'tab-selected', 'panel'];

export const TIMELINE_PARTS = [
  'sessions', 'session', 'session-light', 'time', 'session-title', 'meta', 'kind', 'room', 'track', 'session-description',
  'more', 'points', 'questions-label', 'questions', 'session-speakers', 'moderators', 'moderators-label', 'speaker',
  'speaker-name', 'speaker-details', 'nested', 'days', 'day-title', 'badge', 'badge-now', 'badge-next', 'actions', 'action',
  'menu', 'menu-item', 'session-link',
];

export const SPEAKER_CARD_PARTS = [
  'card', 'portrait', 'name', 'job-title', 'organization', 'moderator', 'appearances', 'bio', 'bio-text', 'links', 'speaker-link',
];

export const SPONSOR_STRIP_PARTS = ['tier', 'tier-title', 'sponsor-list', 'sponsor', 'logo', 'sponsor-name', 'sponsor-description'];

/** An `exportparts` value that forwards every part of the given lists under its own name. */
const forward = (...lists: string[][]) => lists.flat().join(', ');

/** What a timeline forwards from its day tabs. */
export const DAY_TABS_EXPORTS = forward(DAY_TABS_PARTS);
/** What an agenda forwards from its timeline, day tab parts included. */
export const TIMELINE_EXPORTS = forward(TIMELINE_PARTS, DAY_TABS_PARTS);
/** What an agenda forwards from each speaker card. */
export const SPEAKER_CARD_EXPORTS = forward(SPEAKER_CARD_PARTS);
/** What an agenda forwards from its sponsor strip. */
export const SPONSOR_STRIP_EXPORTS = forward(SPONSOR_STRIP_PARTS);
