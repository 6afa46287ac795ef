import { html, nothing } from 'lit';
import type { SeenSession, SessionChange } from '../feed/changes.js';
import type { SessionModel } from '../feed/model.js';
import type { ChangeMessages } from '../i18n/change-messages.js';
import { formatDay, formatTime, formatTimeRange } from '../i18n/index.js';
import { sessionLang, type View } from './session-templates.js';

/** What a change is rendered with: the timeline's view and the strings of changes. */
export interface ChangeView extends View {
  changeMessages: ChangeMessages;
}

const dayOf = (instant: number, { locale, timeZone }: View) => formatDay(instant, locale, timeZone);

/** "10.00–10.30", with the day first when it is not the day the session is on now. */
export function timeText({ start, end }: Pick<SeenSession, 'start' | 'end'>, view: View, nowStart?: number): string | undefined {
  if (start === undefined) return undefined;
  const { locale, timeZone } = view;
  const time =
    end === undefined
      ? formatTime(start, locale, timeZone)
      : formatTimeRange(start, end, locale, timeZone)
          .map((run) => run.value)
          .join('');
  const otherDay = nowStart === undefined || dayOf(start, view) !== dayOf(nowStart, view);
  return otherDay ? `${dayOf(start, view)}, ${time}` : time;
}

/** The earlier time and room of a moved session, as far as they changed and were known. */
function wasText(change: SessionChange & { type: 'moved' }, session: SessionModel, view: ChangeView): string | undefined {
  const parts = [change.time ? timeText(change.was, view, session.start) : undefined, change.room ? change.was.room : undefined];
  const value = parts.filter(Boolean).join(', ');
  return value ? view.changeMessages.was(value) : undefined;
}

/** A change's words: "New", "Moved, was 10.00–10.30"; a cancellation is told by the session's own label. */
export function changeText(change: SessionChange, session: SessionModel, view: ChangeView): string {
  const { changeMessages } = view;
  if (change.type === 'new') return changeMessages.new;
  if (change.type === 'cancelled') return view.messages.cancelled;
  const was = wasText(change, session, view);
  return was ? `${changeMessages.moved}, ${was}` : changeMessages.moved;
}

/** The mark on a changed session in the timeline, beside its Now or Next badge. */
export function renderMark(change: SessionChange | undefined, session: SessionModel, view: ChangeView) {
  if (!change || change.type === 'cancelled') return nothing;
  return html`<span part="badge badge-${change.type}" class="badge ${change.type}">${changeText(change, session, view)}</span>`;
}

/** One line of the summary: a link to a session still in the program. */
export function renderChangeItem(change: SessionChange, session: SessionModel, view: ChangeView) {
  return html`<li><a href="#${encodeURIComponent(session.id)}">${changeText(change, session, view)}: <span lang=${sessionLang(session, view)}>${session.title}</span></a></li>`;
}

/** One line of the summary for a session no longer in the program: no link, its title and old time. */
export function renderRemovedItem(session: SeenSession, view: ChangeView) {
  const time = timeText(session, view);
  return html`<li>${view.changeMessages.removed}: <span lang=${view.contentLang}>${session.title}</span>${time ? ` (${time})` : nothing}</li>`;
}
