import { html, isServer, nothing, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { timeZoneContext } from '../../context/time-zone-context.js';
import { dayOf, groupByDay, type ProgramDay } from '../../feed/days.js';
import type { AgendaModel, SessionModel } from '../../feed/model.js';
import { toInstant } from '../../feed/time.js';
import type { SeminarDaySelectEvent } from '../../events/seminar-day-select-event.js';
import { formatDate, formatDay, type Messages } from '../../i18n/index.js';
import { copyText, linkTo } from '../../internal/clipboard.js';
import { LiveController } from '../../controllers/clock.js';
import { DeepLinkController } from '../../controllers/deep-link.js';
import { useElement } from '../../internal/element-on-use.js';
import { warnNotLoaded } from '../../internal/dev-log.js';
import { downloadCalendar } from '../../internal/calendar-download.js';
import { renderRichText } from '../../internal/rich-text.js';
import type { PrintController } from '../../controllers/print-media.js';
import { SessionMenu } from '../../controllers/session-menu-on-use.js';
import { renderList, renderMeta, renderModerators, renderSpeakers, renderTime, type View } from '../../internal/session-templates.js';
import { ProgramElement } from '../../internal/program-element.js';
import { DAY_TABS_EXPORTS } from '../../internal/exported-parts.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { timelineStyles } from './seminar-timeline.styles.js';
import { timelineLiveStyles } from './seminar-timeline-live.styles.js';

/** Kinds that are pauses in the program rather than content: slim rows, no actions. */
const LIGHT_KINDS = new Set(['break', 'meal', 'arrival', 'networking']);

/**
 * The program in time order, with nested sessions, speakers and panel questions. Each session is a
 * row: its time in a column of its own beside the content (stacked in a narrow container), one
 * quiet actions button at the end. Parallel sessions share one time; breaks are slim rows.
 *
 * @tagname seminar-timeline
 * @summary The program as an ordered list of sessions.
 *
 * @cssprop [--seminar-time-width=max-content] - Width of the time column beside the sessions; by default the longest range of the list.
 * @cssprop [--seminar-measure=70ch] - Width of the content column, so the longest line of running text; the actions sit right after it.
 * @cssprop [--seminar-track-color-1=#3b6fd4] - Colour of the program's first track (its chip in the meta line).
 * @cssprop [--seminar-track-color-2=#c2417e] - Colour of the second track.
 * @cssprop [--seminar-track-color-3=#2e9a5a] - Colour of the third track.
 * @cssprop [--seminar-track-color-4=#8a5cd1] - Colour of the fourth track.
 * @cssprop [--seminar-track-color-5=#d9822b] - Colour of the fifth track.
 * @cssprop [--seminar-track-color-6=#1b9aaa] - Colour of the sixth track.
 * @cssprop [--seminar-track-color-7=#b5483a] - Colour of the seventh track.
 * @cssprop [--seminar-track-color-8=#7a8a2e] - Colour of the eighth track; a ninth track starts again at the first.
 *
 * @csspart sessions - Each ordered list of sessions (top level and nested).
 * @csspart session - One session; break-like ones also have the part session-light.
 * @csspart session-light - A break, meal, arrival or networking session, drawn as a slim row.
 * @csspart time - The time range of a session.
 * @csspart session-title - The title of a session.
 * @csspart meta - The line under the title with the kind, room and track of a session.
 * @csspart kind - The kind label, shown only where the title does not already say it.
 * @csspart room - The room or stage of a session.
 * @csspart track - The track of a session, with its colour chip.
 * @csspart session-description - The description of a session.
 * @csspart more - The button that shows the rest of a shortened description.
 * @csspart points - The plain list of a session's points.
 * @csspart questions-label - The label above the panel questions.
 * @csspart questions - The list of panel questions.
 * @csspart session-speakers - The list of speakers of a session, and the list of its moderators.
 * @csspart moderators - The list of moderators of a session.
 * @csspart moderators-label - The visible label before the moderators.
 * @csspart speaker - One speaker line.
 * @csspart speaker-name - A speaker's name in that line.
 * @csspart speaker-details - A speaker's role in the session, or job title and organization, in that line.
 * @csspart nested - The box around a session's nested sessions.
 * @csspart days - The day switcher (a seminar-day-tabs element) of a program that spans days; its parts tablist, tab, tab-selected and panel are forwarded.
 * @csspart day-title - The date heading of the shown day.
 * @csspart badge - The Now or Next badge.
 * @csspart badge-now - The Now badge, beside the part badge.
 * @csspart badge-next - The Next badge, beside the part badge.
 * @csspart actions - The box at the end of a session that holds its actions button and menu.
 * @csspart action - The actions button of a session.
 * @csspart menu - The menu the actions button opens.
 * @csspart menu-item - One item of that menu (add to calendar, copy link).
 * @csspart session-link - The selected link field shown when the clipboard cannot be used.
 */
export class SeminarTimeline extends ProgramElement {
  static override styles = [sharedStyles, timelineStyles, timelineLiveStyles];

  static override get properties() {
    return {
      announcement: { state: true, attribute: false },
      manualLink: { state: true, attribute: false },
      overflowing: { state: true, attribute: false },
      expanded: { state: true, attribute: false },
      model: { attribute: false },
      headingLevel: { type: Number, attribute: 'heading-level' },
      day: {},
      now: {},
    };
  }

  readonly #zoneConsumer = new ContextConsumer(this, { context: timeZoneContext, subscribe: true });

  readonly #live = new LiveController(this, () => ({
    sessions: this.#program?.sessions ?? [],
    now: this.now && this.#program ? toInstant(this.now, this.#program.event.timeZone) : undefined,
  }));

  /**
   * Renders every day while the page is printed. Only a program spanning days needs it, so it is
   * imported with the day tabs (null while it loads); if it cannot load, print shows the selected day.
   */
  #print?: PrintController | null;

  readonly #menu = new SessionMenu(this);

  /** What the polite live region says, e.g. that a link was copied. */
  private announcement = '';

  /** The session whose link is shown for copying by hand, when the clipboard failed. */
  private manualLink?: { id: string; url: string };

  /** Sessions whose description is longer than the few lines shown at rest. */
  private overflowing = new Set<string>();

  /** Sessions whose long description the visitor opened. */
  private expanded = new Set<string>();

  /** The program to show; when unset, the one of the enclosing `<seminar-agenda>`. */
  model?: AgendaModel;

  /** Heading level (1–6) of top-level session titles; nested titles go one deeper. */
  headingLevel = 3;

  /** ISO date (`2025-05-21`) of the day shown when the program spans days; the first day by default. */
  day?: string;

  /** Fixed clock for the Now and Next badges, ISO date-time (local times read in the event's zone); the real clock when unset. */
  now?: string;

  // None on the server (seminar-agenda/ssr), which has no layout to measure.
  readonly #resizes = isServer ? undefined : new ResizeObserver(() => requestAnimationFrame(() => this.#measureDescriptions()));

  constructor() {
    super();
    // Registers itself with this element; nothing here calls it.
    new DeepLinkController(
      this,
      () => this.#program,
      (id) => this.reveal(id),
    );
  }

  get #program(): AgendaModel | undefined {
    return this.model ?? this.contextModel;
  }

  #viewOf(program: AgendaModel): View {
    return {
      locale: this.uiLocale,
      messages: this.uiMessages,
      timeZone: this.#zoneConsumer.value ?? program.event.timeZone,
      contentLang: program.event.language,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizes?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizes?.disconnect();
  }

  protected override updated(): void {
    // After this update, not in it: the clamp's overflow is known only once laid out.
    queueMicrotask(() => this.#measureDescriptions());
  }

  override render() {
    const program = this.#program;
    if (!program) return nothing;
    const view = this.#viewOf(program);
    const days = groupByDay(program.sessions, view.timeZone);
    return html`${
      days.length < 2
        ? this.#renderSessions(program.sessions, this.headingLevel, view)
        : // Like paper, a page read without JavaScript has no day tabs to switch.
          isServer || this.#print?.printing
          ? days.map((day) => this.#renderDay(day, view))
          : this.#renderDays(days, view)
    }
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  #renderDays(days: ProgramDay[], view: View): TemplateResult {
    useElement('seminar-day-tabs');
    if (this.#print === undefined) {
      this.#print = null;
      import('../../controllers/print-media.js').then(
        ({ PrintController }) => void (this.#print = new PrintController(this)),
        (error: Error) => warnNotLoaded('printing every day', error.message, 'print shows the selected day'),
      );
    }
    const shown = days.find((day) => day.date === this.day) ?? days[0]!;
    const tabs = days.map((day) => ({ value: day.date, label: formatDay(day.start, view.locale, view.timeZone) }));
    return html`<seminar-day-tabs part="days" exportparts=${DAY_TABS_EXPORTS} .tabs=${tabs} selected=${shown.date} label=${view.messages.days} @seminar-day-select=${this.#onDaySelect}>
      ${this.#renderDay(shown, view)}
    </seminar-day-tabs>`;
  }

  #renderDay(day: ProgramDay, view: View): TemplateResult {
    return html`<div part="day-title" class="day-title" role="heading" aria-level=${Math.min(this.headingLevel, 6)}>${formatDate(day.start, view.locale, view.timeZone)}</div>
      ${this.#renderSessions(day.sessions, this.headingLevel + 1, view)}`;
  }

  #renderSessions(sessions: SessionModel[], level: number, view: View): TemplateResult {
    return html`<ol part="sessions" class="sessions">
      ${sessions.map((session, index) => this.#renderSession(session, level, view, sameTimes(session, sessions[index - 1])))}
    </ol>`;
  }

  #renderSession(session: SessionModel, level: number, view: View, parallel: boolean): TemplateResult {
    const light = LIGHT_KINDS.has(session.kind);
    const mark = this.#markOf(session.id);
    return html`<li part=${light ? 'session session-light' : 'session'} class="session ${light ? 'light' : ''} ${parallel ? 'parallel' : ''}"
      id=${session.id} data-kind=${session.kind} aria-current=${mark === 'now' ? 'time' : nothing}>
      ${renderTime(session, view, parallel)}
      <div class="body">
        ${mark ? html`<span part="badge badge-${mark}" class="badge ${mark}">${view.messages[mark]}</span>` : nothing}
        <div part="session-title" class="title" role="heading" aria-level=${Math.min(level, 6)} id="${session.id}--title" lang=${view.contentLang}>${session.title}</div>
        ${renderMeta(session, view.messages, this.#program!.sessions)}
        ${this.#renderDescription(session, level, view)}
        ${renderList(session.points, 'points', view)}
        ${
          session.questions.length
            ? html`<p part="questions-label" class="label">${view.messages.questions}</p>${renderList(session.questions, 'questions', view)}`
            : nothing
        }
        ${renderSpeakers(session, view)}
        ${renderModerators(session, view)}
        ${
          session.sessions.length
            ? html`<div part="nested" class="children">${this.#renderSessions(session.sessions, level + 1, view)}</div>`
            : nothing
        }
      </div>
      ${light || isServer ? nothing : this.#renderActions(session, view)}
    </li>`;
  }

  #markOf(id: string): 'now' | 'next' | undefined {
    const { now, next } = this.#live.marks;
    if (now.includes(id)) return 'now';
    return next.includes(id) ? 'next' : undefined;
  }

  /** The description, shortened to a few lines with a disclosure when it is longer than that; its headings sit below the title. */
  #renderDescription(session: SessionModel, level: number, view: View) {
    if (!session.description.length) return nothing;
    const id = `${session.id}--description`;
    // Rendered open on the server: without JavaScript no button could open it.
    const open = isServer || this.expanded.has(session.id);
    return html`<div class="clamp ${open ? 'open' : ''}" id=${id} data-session=${session.id}>${renderRichText(session.description, 'session-description', view.contentLang, Math.min(level + 1, 6))}</div>
      ${
        !isServer && (this.overflowing.has(session.id) || open)
          ? html`<button part="more" class="more" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id}
            @click=${() => this.#toggleDescription(session.id)}>${open ? view.messages.showLess : view.messages.showMore}</button>`
          : nothing
      }`;
  }

  /** One quiet button per session; its menu holds the actions, and room is left beside it for more buttons. */
  #renderActions(session: SessionModel, view: View) {
    const { id } = session;
    const open = this.#menu.open === id;
    const manual = this.manualLink?.id === id ? this.manualLink : undefined;
    const timed = session.start !== undefined && session.end !== undefined;
    const item = (label: string, run: () => unknown) =>
      html`<button part="menu-item" class="menu-item" type="button" role="menuitem" tabindex="-1" @click=${() => this.#choose(run)}>${label}</button>`;
    return html`<div part="actions" class="actions">
      <button part="action" class="menu-button" type="button" id="${id}--actions" aria-label=${view.messages.sessionActions(session.title)}
        aria-haspopup="menu" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? `${id}--menu` : nothing}
        @click=${() => this.#menu.toggle(id)} @keydown=${(event: KeyboardEvent) => this.#menu.onButtonKeydown(id, event)}></button>
      ${
        open
          ? html`<div part="menu" class="menu" role="menu" id="${id}--menu" aria-labelledby="${id}--actions" @keydown=${this.#menu.onMenuKeydown}>
            ${timed ? item(view.messages.addToCalendar, () => downloadCalendar(this.#program!, session)) : nothing}
            ${item(view.messages.copyLink, () => this.#copyLink(id, view.messages))}
          </div>`
          : nothing
      }
      ${manual ? html`<input part="session-link" class="link" readonly .value=${manual.url} aria-label=${view.messages.copyLinkManually}>` : nothing}
    </div>`;
  }

  readonly #onDaySelect = (event: SeminarDaySelectEvent) => {
    this.day = event.detail.day;
  };

  #choose(run: () => unknown): void {
    this.#menu.close();
    void run();
  }

  #toggleDescription(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
  }

  /** Which shortened descriptions hide text, so only those get a disclosure. */
  #measureDescriptions(): void {
    const clamps = [...this.renderRoot.querySelectorAll<HTMLElement>('.clamp:not(.open)')];
    const overflowing = new Set(
      clamps.filter((clamp) => clamp.scrollHeight > clamp.clientHeight + 1).map((clamp) => clamp.dataset['session']!),
    );
    for (const id of this.expanded) overflowing.add(id);
    const same = overflowing.size === this.overflowing.size && [...overflowing].every((id) => this.overflowing.has(id));
    if (!same) this.overflowing = overflowing;
  }

  async #copyLink(id: string, messages: Messages): Promise<void> {
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
    const field = this.renderRoot.querySelector<HTMLInputElement>('input.link');
    field?.focus();
    field?.select();
  }

  /**
   * Shows the session with this id (switching to its day), scrolls to it and
   * focuses it; false when the program has no such session.
   */
  async reveal(id: string): Promise<boolean> {
    await this.updateComplete;
    const program = this.#program;
    if (!program) return false;
    const day = dayOf(groupByDay(program.sessions, this.#viewOf(program).timeZone), id);
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

/** True when a session runs in parallel with the one before it: same start and same end. */
function sameTimes(session: SessionModel, previous?: SessionModel): boolean {
  return previous !== undefined && session.start !== undefined && session.start === previous.start && session.end === previous.end;
}

declare global {
  interface HTMLElementTagNameMap {
    'seminar-timeline': SeminarTimeline;
  }
}
