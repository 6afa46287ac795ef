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

/** The range as the locale writes it, each end in a `<time>` for machines; once per group of parallel sessions. */
export function renderTime(session: SessionModel, { locale, timeZone }: View, parallel: boolean) {
  const { start, end } = session;
  if (start === undefined) return nothing;
  const runs =
    end === undefined
      ? [{ source: 'startRange' as const, value: formatTime(start, locale, timeZone) }]
      : formatTimeRange(start, end, locale, timeZone);
  // A range of zero length is formatted as one time, all of it shared.
  const single = !runs.some((run) => run.source === 'startRange');
  const text = runs.map(({ source, value }) =>
    source === 'shared' && !single ? value : html`<time datetime=${machineTime(source === 'endRange' ? end! : start)}>${value}</time>`,
  );
  return html`<div part="time" class="time ${parallel ? 'visually-hidden' : ''}">${text}</div>`;
}

/** The label of a session that does not take place, inside its title so screen readers hear them together. */
export function renderStatus({ status }: SessionModel, { messages, locale }: View) {
  return status ? html`<span part="session-status" class="session-status" lang=${locale}>${messages[status]}</span>` : nothing;
}

/**
 * Kind, room, track and a language other than the event's on one muted line; room, track and
 * language are labelled for screen readers only.
 */
export function renderMeta(session: SessionModel, { messages, locale, contentLang }: View, program: SessionModel[]) {
  const kind = kindLabel(session, messages);
  const { room, track, language } = session;
  const hidden = (text: string) => html`<span class="visually-hidden">${text}: </span>`;
  const items = [
    kind && html`<span part="kind" class="kind">${kind}</span>`,
    room && html`<span part="room">${hidden(messages.room)}${room}</span>`,
    track && html`<span part="track" class="track" data-track=${trackSlot(program, track)}>${hidden(messages.track)}${track}</span>`,
    language !== contentLang &&
      language &&
      html`<span part="language">${hidden(messages.language)}${languageName(language, locale)}</span>`,
  ].filter(Boolean);
  if (!items.length) return nothing;
  return html`<p part="meta" class="meta">${items.map((item, index) => html`${index ? html`<span aria-hidden="true" class="separator">·</span>` : nothing}${item}`)}</p>`;
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

function renderPerson(person: SpeakerModel, view: View) {
  const { messages, contentLang } = view;
  const details = person.role ?? [person.jobTitle, person.organization].filter(Boolean).join(', ');
  const unnamed = person.tbc && !person.name;
  return html`<li part="speaker">${renderName(person.id, unnamed ? messages.tbc : person.name, unnamed, view)}${
    person.tbc && !unnamed ? html`<span class="tbc note">(${messages.tbc})</span>` : nothing
  }${details ? html`, <span part="speaker-details" class="speaker-details" lang=${contentLang}>${details}</span>` : nothing}</li>`;
}

/** The name, as a button to the speaker's entry where there is one; its one listener is the timeline's. */
function renderName(id: string, name: string | undefined, unnamed: boolean, { speakerLinks }: View) {
  const classes = unnamed ? 'speaker-name tbc' : 'speaker-name';
  return speakerLinks
    ? html`<button part="speaker-name" class=${classes} type="button" data-speaker=${id}>${name}</button>`
    : html`<span part="speaker-name" class=${classes}>${name}</span>`;
}

/**
 * The star that puts a session in the visitor's program or takes it out (`aria-pressed`); none
 * when the timeline keeps no favourites. The glyph changes with the state, so it does not rest on colour.
 */
export function renderFavourite({ id, title }: SessionModel, favourites: ReadonlySet<string> | undefined, { messages }: View) {
  if (!favourites) return nothing;
  const on = favourites.has(id);
  return html`<button part="favourite" class="favourite" type="button" aria-pressed=${on} aria-label=${messages.favourite(title)}
    @click=${(event: Event) => event.target!.dispatchEvent(new SeminarFavouriteEvent({ sessionId: id, favourite: !on }))}>${on ? '★' : '☆'}</button>`;
}
