import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { agendaContext } from '../../context/agenda-context.js';
import { localeContext } from '../../context/locale-context.js';
import type { AgendaModel, SessionModel, SpeakerModel } from '../../feed/model.js';
import { formatTime, machineTime, messagesFor, type Messages } from '../../i18n/index.js';
import { resolveLocale } from '../../internal/locale.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { timelineStyles } from './seminar-timeline.styles.js';

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
 * @csspart description - The description of a session.
 * @csspart questions - The list of panel questions.
 * @csspart speakers - The list of speakers of a session.
 * @csspart speaker - One speaker line.
 *
 * @cssprop [--seminar-color-text=CanvasText] - Text colour.
 * @cssprop [--seminar-color-muted=75% of the text colour] - Kind labels and breaks.
 * @cssprop [--seminar-color-accent=#0b5cab] - Links and the rule beside nested sessions.
 * @cssprop [--seminar-color-border=20% of the text colour] - Lines between sessions.
 * @cssprop [--seminar-color-break=5% tint of the text colour] - Background of breaks and meals.
 * @cssprop [--seminar-time-width=8.5em] - Width of the time column.
 * @cssprop [--seminar-font-family=inherit] - Font; inherits the page's by default.
 */
export class SeminarTimeline extends LitElement {
  static override styles = [sharedStyles, timelineStyles];

  @consume({ context: agendaContext, subscribe: true })
  private contextModel?: AgendaModel;

  @consume({ context: localeContext, subscribe: true })
  private contextLocale?: string;

  /** The program to show; when unset, the one of the enclosing `<seminar-agenda>`. */
  @property({ attribute: false }) model?: AgendaModel;

  /** Heading level (1–6) of top-level session titles; nested titles go one deeper. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private get program(): AgendaModel | undefined {
    return this.model ?? this.contextModel;
  }

  override render() {
    const program = this.program;
    if (!program) return nothing;
    const locale = resolveLocale(this, this.contextLocale);
    return this.renderSessions(program.sessions, this.headingLevel, {
      locale,
      messages: messagesFor(locale),
      timeZone: program.event.timeZone,
    });
  }

  private renderSessions(sessions: SessionModel[], level: number, view: View): TemplateResult {
    return html`<ol part="sessions" class="sessions">
      ${sessions.map((session) => this.renderSession(session, level, view))}
    </ol>`;
  }

  private renderSession(session: SessionModel, level: number, view: View): TemplateResult {
    const light = LIGHT_KINDS.has(session.kind);
    return html`<li part=${light ? 'session session-light' : 'session'} class="session ${light ? 'light' : ''}" id=${session.id} data-kind=${session.kind}>
      ${this.renderTime(session, view)}
      <div class="body">
        <span part="kind" class="kind">${view.messages.kinds[session.kind]}</span>
        <div part="session-title" class="title" role="heading" aria-level=${Math.min(level, 6)}>${session.title}</div>
        ${session.paragraphs.length
          ? html`<div part="description">${session.paragraphs.map((p) => html`<p>${p}</p>`)}</div>`
          : nothing}
        ${this.renderQuestions(session.questions, view.messages)}
        ${this.renderPeople(session.speakers, view.messages.with, view.messages)}
        ${this.renderPeople(session.moderators, view.messages.moderator, view.messages)}
        ${session.sessions.length
          ? html`<div class="children">${this.renderSessions(session.sessions, level + 1, view)}</div>`
          : nothing}
      </div>
    </li>`;
  }

  private renderTime(session: SessionModel, { locale, timeZone }: View) {
    if (session.start === undefined) return nothing;
    const start = html`<time datetime=${machineTime(session.start)}>${formatTime(session.start, locale, timeZone)}</time>`;
    const end = session.end === undefined
      ? nothing
      : html`–<time datetime=${machineTime(session.end)}>${formatTime(session.end, locale, timeZone)}</time>`;
    return html`<div part="time" class="time">${start}${end}</div>`;
  }

  private renderQuestions(questions: string[], messages: Messages) {
    if (!questions.length) return nothing;
    return html`<p class="label">${messages.questions}</p>
      <ul part="questions" class="questions">${questions.map((q) => html`<li>${q}</li>`)}</ul>`;
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
      ? html`<span class="speaker-name tbc">${messages.tbc}</span>`
      : html`<span class="speaker-name">${person.name}</span>${person.tbc ? html` <span class="tbc">(${messages.tbc})</span>` : nothing}`;
    return html`${name}${details ? html`, <span class="speaker-details">${details}</span>` : nothing}`;
  }
}

interface View {
  locale: string;
  messages: Messages;
  timeZone: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'seminar-timeline': SeminarTimeline;
  }
}
