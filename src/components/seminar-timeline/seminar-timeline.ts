import { html, isServer, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { dayOf, groupByDay, type ProgramDay } from '../../feed/days.js';
import type { AgendaModel, SessionModel } from '../../feed/model.js';
import type { ChangeMarks } from '../../controllers/changes.js';
import { toInstant } from '../../feed/time.js';
import type { SeminarDaySelectEvent } from '../../events/seminar-day-select-event.js';
import { SeminarLinkCopyEvent } from '../../events/seminar-link-copy-event.js';
import { formatDate, formatDay, type Messages } from '../../i18n/index.js';
import { copyText, linkTo } from '../../internal/clipboard.js';
import { LiveController } from '../../controllers/clock.js';
import { DeepLinkController } from '../../controllers/deep-link.js';
import { FirstScreen } from '../../controllers/first-screen.js';
import { useElement } from '../../internal/element-on-use.js';
import { whenIdle } from '../../internal/idle.js';
import { warnNotLoaded } from '../../internal/dev-log.js';
import { downloadCalendar } from '../../internal/calendar-download.js';
import { renderRichText } from '../../internal/rich-text.js';
import type { PrintController } from '../../controllers/print-media.js';
import { SessionMenu } from '../../controllers/session-menu-on-use.js';
import {
  pressFavourite,
  renderFavourite,
  renderList,
  renderMeta,
  renderModerators,
  renderSpeakers,
  renderStatus,
  renderTime,
  sessionLang,
  type View,
} from '../../internal/session-templates.js';
import { ProgramElement } from '../../internal/program-element.js';
import { openSpeakerOnClick } from '../../internal/speakers.js';
import { DAY_TABS_EXPORTS } from '../../internal/exported-parts.js';
import type { DayTab } from '../seminar-day-tabs/seminar-day-tabs.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { timelineStyles } from './seminar-timeline.styles.js';
import { timelineLiveStyles } from './seminar-timeline-live.styles.js';

/** What a session's id is followed by in the id of its description. */
const DESCRIPTION_ID = '--description';

/** Kinds that are pauses in the program rather than content: slim rows, no actions. */
const LIGHT_KINDS = new Set(['break', 'meal', 'arrival', 'networking']);

/**
 * Rows a change of `visible` shows again at once: as many as the window holds of the slimmest
 * (a break, ~2rem); the rest follow when the browser is idle, SHOWN_PER_STEP at a time. Each row
 * costs ~0.3 ms of style and layout: clearing a search on a 1,000-session day at once took 300 ms.
 */
const shownAtOnce = () => Math.ceil(window.innerHeight / 32);
const SHOWN_PER_STEP = 100;

/**
 * The program in time order, with nested sessions, speakers and panel questions. Each session is a
 * row: its time in a column of its own beside the content (stacked in a narrow container), one
 * quiet actions button at the end. Parallel sessions share one time; breaks are slim rows.
 *
 * @tagname seminar-timeline
 * @summary The program as an ordered list of sessions.
 *
 * @fires seminar-speaker-open - Inside an agenda, the visitor pressed a speaker's name in a session; detail has the speaker's id. Cancelable.
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
 * @fires seminar-day-select - The visitor picked a day in the day tabs (from seminar-day-tabs); detail has the ISO date.
 * @fires seminar-link-copy - The visitor copied a session's link to the clipboard; detail has the session id.
 * @fires seminar-calendar-download - The visitor downloaded a session as an .ics file; detail has its id.
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
 * @csspart language - The language of a session that is not in the event's language.
 * @csspart session-description - The description of a session.
 * @csspart more - The button that shows the rest of a shortened description.
 * @csspart points - The plain list of a session's points.
 * @csspart questions-label - The label above the panel questions.
 * @csspart questions - The list of panel questions.
 * @csspart session-speakers - The list of speakers of a session, and the list of its moderators.
 * @csspart moderators - The list of moderators of a session.
 * @csspart moderators-label - The visible label before the moderators.
 * @csspart speaker - One speaker line.
 * @csspart speaker-name - A speaker's name in that line; inside an agenda, a button that opens the speaker's entry.
 * @csspart speaker-details - A speaker's role in the session, or job title and organization, in that line.
 * @csspart nested - The box around a session's nested sessions.
 * @csspart days - The day switcher (a seminar-day-tabs element) of a program that spans days; its parts tablist, tab, tab-selected and panel are forwarded.
 * @csspart day-title - The date heading of the shown day.
 * @csspart badge - The Now or Next badge, and the New or Moved mark.
 * @csspart badge-now - The Now badge, beside the part badge.
 * @csspart badge-next - The Next badge, beside the part badge.
 * @csspart badge-new - The mark of a session new since the visitor's last visit, beside the part badge.
 * @csspart badge-moved - The mark of a session moved since then, with its earlier time or room, beside the part badge.
 * @csspart session-status - The Cancelled label at the start of a cancelled session's title.
 * @csspart actions - The box at the end of a session that holds its favourite toggle, actions button and menu.
 * @csspart favourite - The star that puts a session in the visitor's program or takes it out (aria-pressed).
 * @csspart action - The actions button of a session.
 * @csspart menu - The menu the actions button opens.
 * @csspart menu-item - One item of that menu (add to calendar, copy link).
 * @csspart session-link - The selected link field shown when the clipboard cannot be used.
 *
 * @fires seminar-favourite - The visitor pressed a session's star; detail has the session id and whether it is now a favourite.
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
      changes: { attribute: false },
      favourites: { attribute: false },
      headingLevel: { type: Number, attribute: 'heading-level' },
      day: {},
      now: {},
      view: {},
    };
  }

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

  readonly #firstScreen = new FirstScreen(this);

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

  /** Marks of what changed since the visitor's last visit; set by `<seminar-agenda>` (its `changes` attribute). */
  changes?: ChangeMarks;

  /** Ids of the visitor's favourite sessions; when set, each content session has a star that fires seminar-favourite. */
  favourites?: ReadonlySet<string>;

  /** Heading level (1–6) of top-level session titles; nested titles go one deeper. */
  headingLevel = 3;

  /** ISO date (`2025-05-21`) of the day shown when the program spans days; the first day by default. */
  day?: string;

  /** Fixed clock for the Now and Next badges, ISO date-time (local times read in the event's zone); the real clock when unset. */
  now?: string;

  #visible?: ReadonlySet<string>;
  /** The days and view of the last render, and the top-level sessions it rendered: what `visible` is applied to. */
  #rendered?: { days: ProgramDay[]; view: View; sessions: SessionModel[]; date?: string };

  /**
   * Ids of the sessions to show; all when unset. A parent stays when one of its nested sessions is
   * shown. The others are hidden, not removed: a change re-renders nothing but the day tabs' counts,
   * unless the shown day has no match left and another day takes its place.
   */
  get visible(): ReadonlySet<string> | undefined {
    return this.#visible;
  }

  set visible(ids: ReadonlySet<string> | undefined) {
    this.#visible = ids;
    const rendered = this.#rendered;
    // A render of 1,000 sessions takes ~200 ms; toggling their hidden attributes a few.
    // The grid places its cells anew from the set, so it re-renders.
    if (!rendered || this.view === 'grid' || (rendered.days.length > 1 && this.#shownDay(rendered.days).date !== rendered.date))
      this.requestUpdate();
    else this.#applyVisible();
  }

  /** How the shown day is laid out: list, or grid (rooms as columns, time as rows; the list where the grid does not fit). */
  view: 'list' | 'grid' = 'list';

  #measuring = false;

  /** Measures once in the next frame, however many sessions came into view before it. */
  readonly #remeasure = () => {
    if (this.#measuring) return;
    this.#measuring = true;
    requestAnimationFrame(() => {
      this.#measuring = false;
      this.#measureDescriptions();
    });
  };

  // None on the server (seminar-agenda/ssr), which has no layout to measure.
  readonly #resizes = isServer ? undefined : new ResizeObserver(this.#remeasure);

  constructor() {
    super();
    // Registers itself with this element; nothing here calls it.
    new DeepLinkController(
      this,
      () => this.#program,
      (id) => this.reveal(id),
    );
    this.addEventListener('click', openSpeakerOnClick);
    // One listener for the buttons of every row, not one per row: a 1,000-session day keeps 3,000 fewer.
    this.addEventListener('click', this.#onRowClick);
    this.addEventListener('keydown', this.#onRowKeydown);
  }

  /** The row button an event came from, and its session's id: stars, actions buttons and "Show more" share one listener. */
  #rowButton(event: Event): { button: Element; id: string } | undefined {
    const button = (event.composedPath()[0] as Element).closest?.('button');
    const id = button?.closest('li.session')?.id;
    return id && this.shadowRoot!.contains(button!) ? { button: button!, id } : undefined;
  }

  readonly #onRowClick = (event: Event) => {
    const pressed = this.#rowButton(event);
    if (!pressed) return;
    const { button, id } = pressed;
    if (button.matches('.favourite')) pressFavourite(button as HTMLElement, id);
    else if (button.matches('.more')) this.#toggleDescription(id);
    else if (button.matches('.menu-button')) this.#menu.toggle(id);
  };

  readonly #onRowKeydown = (event: KeyboardEvent) => {
    const pressed = this.#rowButton(event);
    if (pressed?.button.matches('.menu-button')) this.#menu.onButtonKeydown(pressed.id, event);
  };

  get #program(): AgendaModel | undefined {
    return this.model ?? this.contextModel;
  }

  #view?: View;

  /** The same object while nothing in it changes, so rows guarded on it are not rebuilt. */
  #viewOf(program: AgendaModel): View {
    const view: View = {
      locale: this.uiLocale,
      messages: this.uiMessages,
      timeZone: this.contextTimeZone ?? program.event.timeZone,
      contentLang: program.event.language,
      speakerLinks: !this.model,
    };
    const last = this.#view;
    const same = last && (Object.keys(view) as (keyof View)[]).every((key) => last[key] === view[key]);
    return same ? last : (this.#view = view);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizes?.observe(this);
    // A session of a long list laid out for the first time (content-visibility) may hide text.
    this.renderRoot.addEventListener('contentvisibilityautostatechange', this.#remeasure, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizes?.disconnect();
  }

  protected override updated(): void {
    this.#applyVisible();
    // After this update, not in it: the clamp's overflow and the rows' height are known only once laid out.
    queueMicrotask(() => {
      this.#measureDescriptions();
      this.#firstScreen.fill(this.renderRoot.querySelector('.sessions')?.lastElementChild ?? null);
    });
  }

  override render() {
    const program = this.#program;
    if (!program) return nothing;
    const view = this.#viewOf(program);
    const days = groupByDay(program.sessions, view.timeZone);
    this.#rendered = { days, view, sessions: program.sessions };
    return html`${
      days.length < 2
        ? this.#renderShown(program.sessions, this.headingLevel, view)
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
      // Not needed for the first screen; until it is in, print shows the selected day.
      whenIdle(() =>
        import('../../controllers/print-media.js').then(
          ({ PrintController }) => void (this.#print = new PrintController(this)),
          (error: Error) => warnNotLoaded('printing every day', error.message, 'print shows the selected day'),
        ),
      );
    }
    const shown = this.#shownDay(days);
    this.#rendered = { days, view, sessions: shown.sessions, date: shown.date };
    return html`<seminar-day-tabs part="days" exportparts=${DAY_TABS_EXPORTS} .tabs=${this.#tabs(days, view)} selected=${shown.date} label=${view.messages.days} @seminar-day-select=${this.#onDaySelect}>
      ${this.#renderDay(shown, view)}
    </seminar-day-tabs>`;
  }

  /** The chosen day; while `visible` leaves it empty, the first day with a shown session (`day` stays for later). */
  #shownDay(days: ProgramDay[]): ProgramDay {
    const chosen = days.find((day) => day.date === this.day) ?? days[0]!;
    if (!this.#visible || this.#shownCount(chosen.sessions)) return chosen;
    return days.find((day) => this.#shownCount(day.sessions)) ?? chosen;
  }

  /** One tab per day; while `visible` is set, each says how many of its sessions are shown. */
  #tabs(days: ProgramDay[], view: View): DayTab[] {
    return days.map((day) => {
      const label = formatDay(day.start, view.locale, view.timeZone);
      return { value: day.date, label: this.#visible ? `${label} (${this.#shownCount(day.sessions)})` : label };
    });
  }

  #isShown(session: SessionModel): boolean {
    return !this.#visible || this.#visible.has(session.id) || session.sessions.some((child) => this.#isShown(child));
  }

  /** How many of these sessions are shown, nested ones included. */
  #shownCount(sessions: SessionModel[]): number {
    return sessions.reduce((sum, session) => sum + Number(this.#isShown(session)) + this.#shownCount(session.sessions), 0);
  }

  /** Whether the last pass of `#applyVisible` hid anything or held rows back: rows it changed may need it once more. */
  #narrowed = false;
  /** An idle pass to show held-back rows is scheduled. */
  #showing = false;

  /**
   * Hides the rendered rows `visible` leaves out, and gives the first shown row of parallel
   * sessions the time the render put on a row that may now be hidden. Runs after every render
   * too, so it always has the last word on these attributes and classes; with nothing hidden now
   * or at its last pass, the render's own rows stand, and a 1,000-session day skips the walk.
   * Shows at most `budget` hidden rows again; a later pass, when idle, shows the next ones.
   */
  #applyVisible(budget = this.#print?.printing ? Infinity : shownAtOnce()): void {
    const rendered = this.#rendered;
    if (!rendered || (!this.#visible && !this.#narrowed)) return;
    let left = budget;
    const apply = (sessions: SessionModel[]): void => {
      let previous: SessionModel | undefined;
      for (const session of sessions) {
        const row = this.shadowRoot!.getElementById(session.id);
        if (!row) continue;
        const shown = this.#isShown(session) && (!row.hidden || left-- > 0);
        const parallel = sameTimes(session, previous);
        if (row.hidden === shown) row.hidden = !shown;
        row.classList.toggle('parallel', parallel);
        row.querySelector(':scope > .time')?.classList.toggle('visually-hidden', parallel);
        if (shown) previous = session;
        apply(session.sessions);
      }
    };
    apply(rendered.sessions);
    const held = left < 0;
    this.#narrowed = Boolean(this.#visible) || held;
    if (held && !this.#showing) {
      this.#showing = true;
      whenIdle(() => {
        this.#showing = false;
        this.#applyVisible(SHOWN_PER_STEP);
      });
    }
    const tabs = this.shadowRoot!.querySelector('seminar-day-tabs');
    if (tabs) tabs.tabs = this.#tabs(rendered.days, rendered.view);
  }

  #renderDay(day: ProgramDay, view: View): TemplateResult {
    return html`<div part="day-title" class="day-title" role="heading" aria-level=${Math.min(this.headingLevel, 6)}>${formatDate(day.start, view.locale, view.timeZone)}</div>
      ${this.#renderShown(day.sessions, this.headingLevel + 1, view)}`;
  }

  /** The grid holds the list, which shows until the grid's chunk is in and wherever the grid does not fit; paper and the server get the list. */
  #renderShown(sessions: SessionModel[], level: number, view: View): TemplateResult {
    const list = this.#renderSessions(sessions, level, view);
    if (isServer || this.view !== 'grid' || this.#print?.printing) return list;
    useElement('seminar-program-grid');
    return html`<seminar-program-grid .sessions=${sessions} .model=${this.#program} heading-level=${level} now=${this.now ?? nothing}
      .visible=${this.visible}>${list}</seminar-program-grid>`;
  }

  #renderSessions(sessions: SessionModel[], level: number, view: View): TemplateResult {
    return html`<ol part="sessions" class="sessions">
      ${this.#firstScreen.slice(sessions).map((session, index) => {
        const parallel = sameTimes(session, sessions[index - 1]);
        // A render of 1,000 rows costs ~200 ms; one that rebuilds only the rows whose state changed, a few.
        return guard([session, level, view, parallel, this.#program, this.changes, this.#stateOf(session)], () =>
          this.#renderSession(session, level, view, parallel),
        );
      })}
    </ol>`;
  }

  #renderSession(session: SessionModel, level: number, view: View, parallel: boolean): TemplateResult {
    const light = LIGHT_KINDS.has(session.kind);
    const mark = this.#markOf(session.id);
    const lang = sessionLang(session, view);
    return html`<li part=${light ? 'session session-light' : 'session'} class="session ${light ? 'light' : ''} ${parallel ? 'parallel' : ''} ${session.status ?? ''}"
      id=${session.id} data-kind=${session.kind} aria-current=${mark === 'now' ? 'time' : nothing}>
      ${renderTime(session, view, parallel)}
      <div class="body">
        ${this.#renderMarks(session, mark, view)}
        <div part="session-title" class="title" role="heading" aria-level=${Math.min(level, 6)} id="${session.id}--title" lang=${lang}>${
          session.status ? html`${renderStatus(session, view)}${session.title}` : session.title
        }</div>
        ${renderMeta(session, view, this.#program!.sessions)}
        ${this.#renderDescription(session, level, view)}
        ${
          session.points.length || session.questions.length
            ? html`${renderList(session.points, 'points', lang)}${
                session.questions.length
                  ? html`<p part="questions-label" class="label">${view.messages.questions}</p>${renderList(session.questions, 'questions', lang)}`
                  : nothing
              }`
            : nothing
        }
        ${session.moderators.length ? html`${renderSpeakers(session, view)}${renderModerators(session, view)}` : renderSpeakers(session, view)}
        ${
          session.sessions.length
            ? html`<div part="nested" class="children">${this.#renderSessions(session.sessions, level + 1, view)}</div>`
            : nothing
        }
      </div>
      ${light || isServer ? nothing : this.#renderActions(session, view)}
    </li>`;
  }

  /**
   * The Now or Next badge and the mark of what changed since the last visit, in one slot: rows
   * hold every slot they render, and most rows have neither.
   */
  #renderMarks(session: SessionModel, mark: 'now' | 'next' | undefined, view: View) {
    const change = this.changes?.mark(session, view) ?? nothing;
    if (!mark) return change;
    const badge = html`<span part="badge badge-${mark}" class="badge ${mark}">${view.messages[mark]}</span>`;
    return change === nothing ? badge : html`${badge}${change}`;
  }

  /** What a row shows beyond its session and the view, nested rows included: when it changes, the row is rendered again. */
  #stateOf(session: SessionModel): number | string {
    const { id } = session;
    const mark = this.#markOf(id);
    // One bit per state: a number costs a row nothing to keep.
    const flags = [
      mark === 'now',
      mark === 'next',
      this.favourites?.has(id),
      this.overflowing.has(id),
      this.expanded.has(id),
      this.#menu.open === id,
      this.manualLink?.id === id,
    ].reduce((bits, on, bit) => bits | (Number(on) << bit), 0);
    return session.sessions.length ? `${flags}(${session.sessions.map((child) => this.#stateOf(child)).join()})` : flags;
  }

  #markOf(id: string): 'now' | 'next' | undefined {
    const { now, next } = this.#live.marks;
    if (now.includes(id)) return 'now';
    return next.includes(id) ? 'next' : undefined;
  }

  /** The description, shortened to a few lines with a disclosure when it is longer than that; its headings sit below the title. */
  #renderDescription(session: SessionModel, level: number, view: View) {
    if (!session.description.length) return nothing;
    const id = session.id + DESCRIPTION_ID;
    // Rendered open on the server: without JavaScript no button could open it.
    const open = isServer || this.expanded.has(session.id);
    return html`<div class="clamp ${open ? 'open' : ''}" id=${id}>${renderRichText(session.description, 'session-description', sessionLang(session, view), Math.min(level + 1, 6))}</div>
      ${
        !isServer && (this.overflowing.has(session.id) || open)
          ? html`<button part="more" class="more" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id}>${open ? view.messages.showLess : view.messages.showMore}</button>`
          : nothing
      }`;
  }

  /** One quiet button per session; its menu holds the actions, and room is left beside it for more buttons. */
  #renderActions(session: SessionModel, view: View) {
    const { id } = session;
    const open = this.#menu.open === id;
    const manual = this.manualLink?.id === id ? this.manualLink : undefined;
    return html`<div part="actions" class="actions">
      ${renderFavourite(session, this.favourites, view)}
      <button part="action" class="menu-button" type="button" id="${id}--actions" aria-label=${view.messages.sessionActions(session.title)}
        aria-haspopup="menu" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? `${id}--menu` : nothing}></button>
      ${open || manual ? html`${open ? this.#renderMenu(session, view) : nothing}${manual ? html`<input part="session-link" class="link" readonly .value=${manual.url} aria-label=${view.messages.copyLinkManually}>` : nothing}` : nothing}
    </div>`;
  }

  #renderMenu(session: SessionModel, view: View) {
    const { id } = session;
    const timed = session.start !== undefined && session.end !== undefined;
    const item = (label: string, run: () => unknown) =>
      html`<button part="menu-item" class="menu-item" type="button" role="menuitem" tabindex="-1" @click=${() => this.#choose(run)}>${label}</button>`;
    return html`<div part="menu" class="menu" role="menu" id="${id}--menu" aria-labelledby="${id}--actions" @keydown=${this.#menu.onMenuKeydown}>
      ${timed ? item(view.messages.addToCalendar, () => downloadCalendar(this, this.#program!, session)) : nothing}
      ${item(view.messages.copyLink, () => this.#copyLink(id, view.messages))}
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

  /**
   * Which shortened descriptions hide text, so only those get a disclosure. Only sessions laid out
   * are read: reading one whose layout content-visibility skips would lay it out, one at a time
   * (2 s for 2,000 sessions); the rest keep what was last measured until they come into view.
   */
  #measureDescriptions(): void {
    const clamps = [...this.renderRoot.querySelectorAll<HTMLElement>('.clamp:not(.open)')];
    const overflowing = new Set(this.overflowing);
    for (const clamp of clamps.filter((each) => each.checkVisibility({ contentVisibilityAuto: true }))) {
      const id = clamp.id.slice(0, -DESCRIPTION_ID.length);
      if (clamp.scrollHeight > clamp.clientHeight + 1) overflowing.add(id);
      else overflowing.delete(id);
    }
    for (const id of this.expanded) overflowing.add(id);
    const same = overflowing.size === this.overflowing.size && [...overflowing].every((id) => this.overflowing.has(id));
    if (!same) this.overflowing = overflowing;
  }

  async #copyLink(id: string, messages: Messages): Promise<void> {
    const url = linkTo(id);
    if (await copyText(url)) {
      this.dispatchEvent(new SeminarLinkCopyEvent({ sessionId: id }));
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
    this.#firstScreen.all();
    await this.updateComplete;
    const program = this.#program;
    if (!program) return false;
    const day = dayOf(groupByDay(program.sessions, this.#viewOf(program).timeZone), id);
    if (day) this.day = day.date;
    await this.updateComplete;
    // After the day's render, whose own pass holds rows back like any other.
    this.#applyVisible(Infinity);
    // In the grid view, the session's cell; its list item only shows where the grid does not.
    const grid = this.renderRoot.querySelector('seminar-program-grid');
    await grid?.buildAll?.();
    const target = grid?.shadowRoot?.getElementById(id) ?? this.shadowRoot?.getElementById(id);
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
