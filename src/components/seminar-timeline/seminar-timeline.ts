import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { timeZoneContext } from '../../context/time-zone-context.js';
import { dayOf, groupByDay, type ProgramDay } from '../../feed/days.js';
import type { AgendaModel, SessionModel, SpeakerModel } from '../../feed/model.js';
import { toInstant } from '../../feed/time.js';
import type { SeminarDaySelectEvent } from '../../events/seminar-day-select-event.js';
import { formatDate, formatDay, formatTime, machineTime, primaryLanguage, type Messages } from '../../i18n/index.js';
import { copyText, linkTo } from '../../internal/clipboard.js';
import { LiveController } from '../../internal/clock.js';
import { DeepLinkController } from '../../internal/deep-link.js';
import { downloadCalendar } from '../../internal/calendar-download.js';
import { renderRichText } from '../../internal/rich-text.js';
import { PrintController } from '../../internal/print-media.js';
import { ProgramElement } from '../../internal/program-element.js';
import { DAY_TABS_EXPORTS } from '../../internal/exported-parts.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { timelineStyles } from './seminar-timeline.styles.js';
import { timelineLiveStyles } from './seminar-timeline-live.styles.js';

/** Kinds that are pauses in the program rather than content, drawn lighter. */
const LIGHT_KINDS = new Set(['break', 'meal', 'arrival', 'networking']);

/**
 * The program in time order, with nested sessions, speakers and panel questions.
 *
 * @tagname seminar-timeline
 * @summary The program as an ordered list of sessions.
 *
 * @csspart sessions - Each ordered list of sessions (top level and nested).
 * @csspart session - One session; break-like ones also have the part session-light.
 * @csspart session-light - A break, meal, arrival or networking session.
 * @csspart time - The time range of a session.
 * @csspart kind - The kind label (talk, panel, break…).
 * @csspart session-title - The title of a session.
 * @csspart where - The line with the room and track of a session.
 * @csspart room - The room or stage of a session.
 * @csspart track - The track of a session.
 * @csspart description - The description of a session.
 * @csspart questions-label - The label above the panel questions.
 * @csspart questions - The list of panel questions.
 * @csspart speakers - The list of speakers of a session.
 * @csspart speaker - One speaker line.
 * @csspart speaker-name - A speaker's name in that line.
 * @csspart speaker-details - A speaker's job title and organization in that line.
 * @csspart nested - The box around a session's nested sessions.
 * @csspart days - The day switcher (a seminar-day-tabs element) of a program that spans days; its parts tablist, tab, tab-selected and panel are forwarded.
 * @csspart day-title - The date heading of the shown day.
 * @csspart badge - The Now or Next badge; also badge-now or badge-next.
 * @csspart actions - The calendar and link buttons of a session.
 * @csspart action - One of those buttons.
 * @csspart link - The selected link field shown when the clipboard cannot be used.
 */
export class SeminarTimeline extends ProgramElement {
  static override styles = [sharedStyles, timelineStyles, timelineLiveStyles];

  @consume({ context: timeZoneContext, subscribe: true })
  private contextTimeZone?: string;

  private readonly live = new LiveController(this, () => ({
    sessions: this.program?.sessions ?? [],
    now: this.now && this.program ? toInstant(this.now, this.program.event.timeZone) : undefined,
  }));

  private readonly print = new PrintController(this);

  /** What the polite live region says, e.g. that a link was copied. */
  @state() private announcement = '';

  /** The session whose link is shown for copying by hand, when the clipboard failed. */
  @state() private manualLink?: { id: string; url: string };

  /** The program to show; when unset, the one of the enclosing `<seminar-agenda>`. */
  @property({ attribute: false }) model?: AgendaModel;

  /** Heading level (1–6) of top-level session titles; nested titles go one deeper. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** ISO date (`2025-05-21`) of the day shown when the program spans days; the first day by default. */
  @property() day?: string;

  /** Fixed clock for the Now and Next badges, ISO date-time (local times read in the event's zone); the real clock when unset. */
  @property() now?: string;

  constructor() {
    super();
    // Registers itself with this element; nothing here calls it.
    new DeepLinkController(this, () => this.program, (id) => this.reveal(id));
  }

  private get program(): AgendaModel | undefined {
    return this.model ?? this.contextModel;
  }

  private viewOf(program: AgendaModel): View {
    const locale = this.uiLocale;
    const content = program.event.language;
    return {
      locale,
      messages: this.uiMessages,
      timeZone: this.contextTimeZone ?? program.event.timeZone,
      contentLang: primaryLanguage(content) === primaryLanguage(locale) ? undefined : content,
    };
  }

  override render() {
    const program = this.program;
    if (!program) return nothing;
    const view = this.viewOf(program);
    const days = groupByDay(program.sessions, view.timeZone);
    return html`${days.length < 2
      ? this.renderSessions(program.sessions, this.headingLevel, view)
      : this.print.printing ? days.map((day) => this.renderDay(day, view)) : this.renderDays(days, view)}
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  private renderDays(days: ProgramDay[], view: View): TemplateResult {
    const shown = days.find((day) => day.date === this.day) ?? days[0]!;
    const tabs = days.map((day) => ({ value: day.date, label: formatDay(day.start, view.locale, view.timeZone) }));
    return html`<seminar-day-tabs part="days" exportparts=${DAY_TABS_EXPORTS} .tabs=${tabs} selected=${shown.date} label=${view.messages.days} @seminar-day-select=${this.onDaySelect}>
      ${this.renderDay(shown, view)}
    </seminar-day-tabs>`;
  }

  private renderDay(day: ProgramDay, view: View): TemplateResult {
    return html`<div part="day-title" class="day-title" role="heading" aria-level=${Math.min(this.headingLevel, 6)}>${formatDate(day.start, view.locale, view.timeZone)}</div>
      ${this.renderSessions(day.sessions, this.headingLevel + 1, view)}`;
  }

  private renderSessions(sessions: SessionModel[], level: number, view: View): TemplateResult {
    return html`<ol part="sessions" class="sessions">
      ${sessions.map((session) => this.renderSession(session, level, view))}
    </ol>`;
  }

  private renderSession(session: SessionModel, level: number, view: View): TemplateResult {
    const light = LIGHT_KINDS.has(session.kind);
    const mark = this.markOf(session.id);
    const lang = view.contentLang ?? nothing;
    return html`<li part=${light ? 'session session-light' : 'session'} class="session ${light ? 'light' : ''}" id=${session.id} data-kind=${session.kind}
      aria-current=${mark === 'now' ? 'time' : nothing}>
      ${this.renderTime(session, view)}
      <div class="body">
        ${mark ? html`<span part="badge badge-${mark}" class="badge ${mark}">${view.messages[mark]}</span>` : nothing}
        <span part="kind" class="kind">${view.messages.kinds[session.kind]}</span>
        <div part="session-title" class="title" role="heading" aria-level=${Math.min(level, 6)} id="${session.id}--title" lang=${lang}>${session.title}</div>
        ${this.renderWhere(session, view.messages)}
        ${renderRichText(session.description, 'description', lang)}
        ${this.renderQuestions(session.questions, view)}
        ${this.renderPeople(session.speakers, view.messages.with, view.messages)}
        ${this.renderPeople(session.moderators, view.messages.moderator, view.messages)}
        ${this.renderActions(session, view)}
        ${session.sessions.length
          ? html`<div part="nested" class="children">${this.renderSessions(session.sessions, level + 1, view)}</div>`
          : nothing}
      </div>
    </li>`;
  }

  private markOf(id: string): 'now' | 'next' | undefined {
    const { now, next } = this.live.marks;
    if (now.includes(id)) return 'now';
    return next.includes(id) ? 'next' : undefined;
  }

  private renderActions(session: SessionModel, view: View) {
    const timed = session.start !== undefined && session.end !== undefined;
    const described = `${session.id}--title`;
    const manual = this.manualLink?.id === session.id ? this.manualLink : undefined;
    return html`<div part="actions" class="actions">
      ${timed
        ? html`<button part="action" type="button" aria-describedby=${described} @click=${() => downloadCalendar(this.program!, session)}>${view.messages.addToCalendar}</button>`
        : nothing}
      <button part="action" type="button" aria-describedby=${described} @click=${() => this.copyLink(session.id, view.messages)}>${view.messages.copyLink}</button>
      ${manual ? html`<input part="link" class="link" readonly .value=${manual.url} aria-label=${view.messages.copyLinkManually}>` : nothing}
    </div>`;
  }

  private renderTime(session: SessionModel, { locale, timeZone }: View) {
    if (session.start === undefined) return nothing;
    const start = html`<time datetime=${machineTime(session.start)}>${formatTime(session.start, locale, timeZone)}</time>`;
    const end = session.end === undefined
      ? nothing
      : html`–<time datetime=${machineTime(session.end)}>${formatTime(session.end, locale, timeZone)}</time>`;
    return html`<div part="time" class="time">${start}${end}</div>`;
  }

  /** Room and track, labelled for screen readers only: sighted visitors read them from the layout. */
  private renderWhere({ room, track }: SessionModel, messages: Messages) {
    if (!room && !track) return nothing;
    const label = (text: string) => html`<span class="visually-hidden">${text}: </span>`;
    const roomPart = room ? html`<span part="room">${label(messages.room)}${room}</span>` : nothing;
    const trackPart = track ? html`<span part="track">${label(messages.track)}${track}</span>` : nothing;
    const separator = room && track ? html`<span aria-hidden="true"> · </span>` : nothing;
    return html`<p part="where" class="where">${roomPart}${separator}${trackPart}</p>`;
  }

  private renderQuestions(questions: string[], { messages, contentLang }: View) {
    if (!questions.length) return nothing;
    return html`<p part="questions-label" class="label">${messages.questions}</p>
      <ul part="questions" class="questions" lang=${contentLang ?? nothing}>${questions.map((q) => html`<li>${q}</li>`)}</ul>`;
  }

  private renderPeople(people: SpeakerModel[], label: string, messages: Messages) {
    if (!people.length) return nothing;
    return html`<ul part="speakers" class="speakers" aria-label=${label}>
      ${people.map((person) => html`<li part="speaker">${this.renderPerson(person, messages)}</li>`)}
    </ul>`;
  }

  private renderPerson(person: SpeakerModel, messages: Messages) {
    const details = [person.jobTitle, person.organization].filter(Boolean).join(', ');
    const name = person.tbc && !person.name
      ? html`<span part="speaker-name" class="speaker-name tbc">${messages.tbc}</span>`
      : html`<span part="speaker-name" class="speaker-name">${person.name}</span>${person.tbc ? html` <span class="tbc">(${messages.tbc})</span>` : nothing}`;
    return html`${name}${details ? html`, <span part="speaker-details" class="speaker-details">${details}</span>` : nothing}`;
  }

  private readonly onDaySelect = (event: SeminarDaySelectEvent) => {
    this.day = event.detail.day;
  };

  private async copyLink(id: string, messages: Messages): Promise<void> {
    const url = linkTo(id);
    if (await copyText(url)) {
      this.manualLink = undefined;
      // Emptied first so that a second copy is announced again.
      this.announcement = '';
      await this.updateComplete;
      this.announcement = messages.linkCopied;
      return;
    }
    this.manualLink = { id, url };
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLInputElement>('input[part="link"]');
    field?.focus();
    field?.select();
  }

  /**
   * Shows the session with this id (switching to its day), scrolls to it and
   * focuses it; false when the program has no such session.
   */
  async reveal(id: string): Promise<boolean> {
    await this.updateComplete;
    const program = this.program;
    if (!program) return false;
    const day = dayOf(groupByDay(program.sessions, this.viewOf(program).timeZone), id);
    if (day) this.day = day.date;
    await this.updateComplete;
    const target = this.shadowRoot?.getElementById(id);
    if (!target) return false;
    // Focusable for this purpose only, so clicks inside a session do not outline it.
    target.tabIndex = -1;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    return true;
  }
}

interface View {
  locale: string;
  messages: Messages;
  timeZone: string;
  /** Language of the feed's content when it differs from the UI's, marked with `lang`. */
  contentLang?: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'seminar-timeline': SeminarTimeline;
  }
}
