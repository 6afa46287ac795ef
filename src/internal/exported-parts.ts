/**
 * `exportparts` values: the agenda forwards the parts of the elements it renders, so a page styles
 * them through `seminar-agenda::part(session-title)`. Parts whose names the agenda already uses
 * (or that mean something else in another element) are renamed on the way out.
 */
function forward(...parts: (string | [inner: string, outer: string])[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : `${part[0]}: ${part[1]}`)).join(', ');
}

const DAY_TAB_PARTS = ['tablist', 'tab', 'tab-selected', 'panel'];

/** What a timeline forwards from its day tabs. */
export const DAY_TABS_EXPORTS = forward(...DAY_TAB_PARTS);

/** What an agenda forwards from its timeline (day tab parts included). */
export const TIMELINE_EXPORTS = forward(
  'sessions', 'session', 'session-light', 'time', 'kind', 'session-title', 'meta', 'room', 'track', ['description', 'session-description'],
  'more', 'points', 'questions-label', 'questions', ['speakers', 'session-speakers'], 'moderators', 'moderators-label', 'speaker',
  'speaker-name', 'speaker-details', 'nested', 'days', 'day-title', 'badge', 'badge-now', 'badge-next', 'actions', 'action', 'menu',
  'menu-item', ['link', 'session-link'], ...DAY_TAB_PARTS,
);

/** What an agenda forwards from each speaker card. */
export const SPEAKER_CARD_EXPORTS = forward(
  'card', 'portrait', 'name', 'moderator', 'job-title', 'organization', 'appearances', 'bio', 'links', ['link', 'speaker-link'],
);

/** What an agenda forwards from its sponsor strip. */
export const SPONSOR_STRIP_EXPORTS = forward(
  'tier', 'tier-title', ['sponsors', 'sponsor-list'], 'sponsor', 'logo', 'sponsor-name', 'sponsor-description',
);
