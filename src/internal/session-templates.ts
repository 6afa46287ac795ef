import { html, nothing } from 'lit';
import type { SessionModel, SpeakerModel } from '../feed/model.js';
import { SeminarFavouriteEvent } from '../events/seminar-favourite-event.js';
import { formatTime, formatTimeRange, languageName, machineTime, type Messages } from '../i18n/index.js';
import { kindLabel, trackSlot } from './session-labels.js';

/**
 * The parts of a session in a timeline that depend on nothing but the session and the view: its
 * time, meta line, lists and people. The element keeps what has state (descriptions, actions).
 */

/** What a timeline renders with: its locale, strings, display zone and the content's language. */
export interface View {
  locale: string;
  messages: Messages;
  timeZone: string;
  /** Language of the feed's content, marked with `lang` on it: hyphenation and voices need it. */
  contentLang: string;
  /** Speaker names are buttons that open the speaker's entry (inside an agenda, which has the speakers section). */
  speakerLinks?: boolean;
}

/** The language of a session's own text (title, description, points): its own, else the event's. */
export const sessionLang = (session: SessionModel, { contentLang }: View) => session.language ?? contentLang;

/**
 * The range as the locale writes it, each end in a `<time>` for machines; once per group of parallel
 * sessions. One fixed template, whatever the locale puts around the ends ("9:00 – 9:30 AM"): a
 * 1,000-session day keeps three slots per time rather than a template per run.
 */
export function renderTime(session: SessionModel, { locale, timeZone }: View, parallel: boolean) {
  const { start, end } = session;
  if (start === undefined) return nothing;
  const classes = `time ${parallel ? 'visually-hidden' : ''}`;
  const runs = end === undefined ? [] : formatTimeRange(start, end, locale, timeZone);
  // No end, or a range of zero length, which is formatted as one time: all of it shared.
  if (!runs.some((run) => run.source === 'startRange'))
    return html`<div part="time" class=${classes}><time datetime=${machineTime(start)}>${end === undefined ? formatTime(start, locale, timeZone) : runs.map((run) => run.value).join('')}</time></div>`;
  // What the locale writes before the start or after the end ("AM" for both) goes with that end.
  const text = (from: number, to: number) =>
    runs
      .slice(from, to)
      .map((run) => run.value)
      .join('');
  const first = runs.findIndex((run) => run.source === 'startRange');
  const last = runs.findLastIndex((run) => run.source === 'endRange');
  return html`<div part="time" class=${classes}><time datetime=${machineTime(start)}>${text(0, first + 1)}</time>${text(first + 1, last)}<time datetime=${machineTime(end!)}>${text(last, runs.length)}</time></div>`;
}

/** The label of a session that does not take place, inside its title so screen readers hear them together. */
export function renderStatus({ status }: SessionModel, { messages, locale }: View) {
  return status ? html`<span part="session-status" class="session-status" lang=${locale}>${messages[status]}</span>` : nothing;
}

const SEPARATOR = html`<span aria-hidden="true" class="separator">·</span>`;

/**
 * Kind, room, track and a language other than the event's on one muted line; room, track and
 * language are labelled for screen readers only. One template per session with a slot per item,
 * not a template per item and separator: a row keeps every part it renders for as long as it is
 * shown, a 1,000-session day all of them.
 */
export function renderMeta(session: SessionModel, { messages, locale, contentLang }: View, program: SessionModel[]) {
  const kind = kindLabel(session, messages);
  const { room, track } = session;
  const language = session.language !== contentLang ? session.language : undefined;
  if (!kind && !room && !track && !language) return nothing;
  return html`<p part="meta" class="meta">${kind ? html`<span part="kind" class="kind">${kind}</span>` : nothing}${
    room
      ? html`${kind ? SEPARATOR : nothing}<span part="room"><span class="visually-hidden">${messages.room}: </span>${room}</span>`
      : nothing
  }${
    track
      ? html`${kind || room ? SEPARATOR : nothing}<span part="track" class="track" data-track=${trackSlot(program, track)}><span class="visually-hidden">${messages.track}: </span>${track}</span>`
      : nothing
  }${
    language
      ? html`${kind || room || track ? SEPARATOR : nothing}<span part="language"><span class="visually-hidden">${messages.language}: </span>${languageName(language, locale)}</span>`
      : nothing
  }</p>`;
}

export function renderList(items: string[], part: 'points' | 'questions', lang: string) {
  if (!items.length) return nothing;
  return html`<ul part=${part} class="bullets" lang=${lang}>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

export function renderSpeakers({ speakers }: SessionModel, view: View) {
  if (!speakers.length) return nothing;
  return html`<ul part="session-speakers" class="speakers" aria-label=${view.messages.speakers}>${speakers.map((person) => renderPerson(person, view))}</ul>`;
}

/** Moderators under a visible label, which also names their list. */
export function renderModerators({ id, moderators }: SessionModel, view: View) {
  if (!moderators.length) return nothing;
  return html`<div class="moderators">
    <span part="moderators-label" class="people-label" id="${id}--moderators">${view.messages.moderator}</span>
    <ul part="session-speakers moderators" class="speakers" aria-labelledby="${id}--moderators">${moderators.map((person) => renderPerson(person, view))}</ul>
  </div>`;
}

/** One line per person: the name (a button to the speaker's entry where there is one; its one listener is the timeline's), then role or affiliation. */
function renderPerson(person: SpeakerModel, view: View) {
  const { messages, contentLang } = view;
  const details = person.role ?? [person.jobTitle, person.organization].filter(Boolean).join(', ');
  const unnamed = person.tbc && !person.name;
  const name = unnamed ? messages.tbc : person.name;
  const classes = unnamed ? 'speaker-name tbc' : 'speaker-name';
  const about = details ? html`, <span part="speaker-details" class="speaker-details" lang=${contentLang}>${details}</span>` : nothing;
  // Still to be confirmed, though named: rare, so it shares the slot of the details.
  const rest = person.tbc && !unnamed ? html`<span class="tbc note">(${messages.tbc})</span>${about}` : about;
  return view.speakerLinks
    ? html`<li part="speaker"><button part="speaker-name" class=${classes} type="button" data-speaker=${person.id}>${name}</button>${rest}</li>`
    : html`<li part="speaker"><span part="speaker-name" class=${classes}>${name}</span>${rest}</li>`;
}

/**
 * The star that puts a session in the visitor's program or takes it out (`aria-pressed`); none
 * when the timeline keeps no favourites. The glyph changes with the state, so it does not rest on
 * colour. Its one listener is the timeline's (`pressFavourite`).
 */
export function renderFavourite({ id, title }: SessionModel, favourites: ReadonlySet<string> | undefined, { messages }: View) {
  if (!favourites) return nothing;
  const on = favourites.has(id);
  return html`<button part="favourite" class="favourite" type="button" aria-pressed=${on} aria-label=${messages.favourite(title)}>${on ? '★' : '☆'}</button>`;
}

/** Asks for a star's session to be put in or taken out of the visitor's program, from the star pressed. */
export function pressFavourite(star: HTMLElement, sessionId: string): void {
  star.dispatchEvent(new SeminarFavouriteEvent({ sessionId, favourite: star.getAttribute('aria-pressed') !== 'true' }));
}
