import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { ContextConsumer } from '@lit/context';
import { timeZoneContext } from '../../context/time-zone-context.js';
import { LiveController } from '../../controllers/clock.js';
import { FirstScreen } from '../../controllers/first-screen.js';
import type { AgendaModel, SessionModel } from '../../feed/model.js';
import { toInstant } from '../../feed/time.js';
import { formatTime } from '../../i18n/index.js';
import { GRID_EXPORTS } from '../../internal/exported-parts.js';
import { layoutGrid, type GridCell, type GridLayout } from '../../internal/program-grid-layout.js';
import { ProgramElement } from '../../internal/program-element.js';
import { renderMeta, renderSpeakers, renderTime, sessionLang, type View } from '../../internal/session-templates.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { programGridStyles } from './seminar-program-grid.styles.js';

/** Narrowest room column (as in the styles) and the widest time axis expected (times in English), in rem. */
const COLUMN_REM = 10;
const AXIS_REM = 5;
/** An hour's height by default (`--seminar-grid-hour-height`), in rem: no more of the day than a screen of such hours is built at first. */
const HOUR_REM = 8;
const HOUR = 3_600_000;

/** A grid item's area, set through the CSSOM (styleMap), which a strict style-src allows. */
function place(row: number, column: number, rowSpan = 1, columnSpan = 1) {
  return styleMap({ gridArea: `${row} / ${column} / span ${rowSpan} / span ${columnSpan}` });
}

/** True when the session, or one nested in it, is among the visible ones (all are when there is no set). */
function shown(session: SessionModel, visible?: ReadonlySet<string>): boolean {
  return !visible || visible.has(session.id) || session.sessions.some((child) => shown(child, visible));
}

/**
 * One day of a program as a grid: rooms as columns, time as rows, each session as tall as it lasts;
 * breaks and sessions without a room span every room when nothing runs beside them. The room
 * headers and the time axis stay in view while the grid scrolls inside its own box. Sessions come
 * in reading order (by time, then room), and each one's text starts with its time and room.
 * Where fewer than two room columns fit (one for a single-room day), and until the element is
 * defined, its content shows instead: `<seminar-timeline view="grid">` puts the list there.
 *
 * @tagname seminar-program-grid
 * @summary One day of the program with rooms as columns and time as rows.
 *
 * @slot - What shows where the grid does not fit: the same sessions as a list.
 *
 * @cssprop [--seminar-grid-hour-height=8rem] - Height of one hour; a session whose content needs more grows its rows.
 * @cssprop [--seminar-grid-max-height=85vh] - Tallest the grid gets before it scrolls inside its box, so its room headers stay in view.
 *
 * @csspart grid - The scrolling box of the grid.
 * @csspart grid-room - The header of a room column.
 * @csspart grid-hour - A time on the axis beside the rows.
 * @csspart grid-session - One session in the grid.
 * @csspart grid-note - The note above the list shown when the grid does not fit.
 * @csspart time - The time range of a session, as in the timeline (the cells share its templates).
 * @csspart session-title - The title of a session, a link to its anchor.
 * @csspart meta - The line with the kind, room and track of a session.
 * @csspart kind - The kind label, shown only where the title does not already say it.
 * @csspart room - The room of a session, shown only in a cell that spans the rooms.
 * @csspart track - The track of a session, with its colour chip.
 * @csspart language - The language of a session that is not in the event's language.
 * @csspart session-speakers - The list of speakers of a session.
 * @csspart speaker - One speaker line.
 * @csspart speaker-name - A speaker's name in that line.
 * @csspart speaker-details - A speaker's role, or job title and organization, in that line.
 * @csspart nested - The list of the titles of a session's nested sessions.
 * @csspart badge - The Now or Next badge.
 * @csspart badge-now - The Now badge, beside the part badge.
 * @csspart badge-next - The Next badge, beside the part badge.
 */
export class SeminarProgramGrid extends ProgramElement {
  static override styles = [sharedStyles, programGridStyles];

  static override get properties() {
    return {
      width: { state: true, attribute: false },
      sessions: { attribute: false },
      model: { attribute: false },
      visible: { attribute: false },
      headingLevel: { type: Number, attribute: 'heading-level' },
      now: {},
    };
  }

  readonly #zoneConsumer = new ContextConsumer(this, { context: timeZoneContext, subscribe: true });

  // The cells of the first screen's hours at once, the later ones when the browser is idle: they only add rows below.
  readonly #firstScreen = new FirstScreen(this);

  // The whole program, as the timeline marks it, so list and grid mark the same sessions.
  readonly #live = new LiveController(this, () => ({
    sessions: this.#program?.sessions ?? [],
    now: this.now && this.#program ? toInstant(this.now, this.#program.event.timeZone) : undefined,
  }));

  // The last lay-out and what it was made of (#layoutOf).
  #layout?: { sessions: SessionModel[]; visible?: ReadonlySet<string>; timeZone: string; layout?: GridLayout };

  /** The element's width in pixels; measured before the first render, then kept by the observer. */
  private width?: number;

  /** The top-level sessions of the day to show, in time order; all of the program's when unset. */
  sessions?: SessionModel[];

  /** The program; when unset, the one of the enclosing `<seminar-agenda>`. */
  model?: AgendaModel;

  /** Ids of the sessions to show; a session stays when one nested in it is visible. All when unset. */
  visible?: ReadonlySet<string>;

  /** Heading level (1–6) of the session titles. */
  headingLevel = 3;

  /** Fixed clock for the Now and Next badges, ISO date-time (local times read in the event's zone); the real clock when unset. */
  now?: string;

  // In the next frame: switching between grid and list changes the height, which this observer also sees.
  readonly #resizes = new ResizeObserver(([entry]) => requestAnimationFrame(() => (this.width = entry!.contentRect.width)));

  override connectedCallback(): void {
    super.connectedCallback();
    // Forwards its own parts, where others name them on the element they render: the CDN bundle's entry then carries no list of them.
    this.setAttribute('exportparts', GRID_EXPORTS);
    this.#resizes.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizes.disconnect();
  }

  protected override willUpdate(): void {
    // So a narrow column shows the list from the first frame, not one frame later.
    this.width ??= this.getBoundingClientRect().width;
  }

  get #program(): AgendaModel | undefined {
    return this.model ?? this.contextModel;
  }

  override render() {
    const program = this.#program;
    if (!program) return nothing;
    const view: View = {
      locale: this.uiLocale,
      messages: this.uiMessages,
      timeZone: this.#zoneConsumer.value ?? program.event.timeZone,
      contentLang: program.event.language,
    };
    const layout = this.#layoutOf(this.sessions ?? program.sessions, view.timeZone);
    if (!layout) return html`<slot></slot>`;
    if (!this.#fits(layout)) return html`<p part="grid-note" class="note">${view.messages.gridTooNarrow}</p><slot></slot>`;
    return this.#renderGrid(layout, program, view);
  }

  /**
   * The lay-out of the visible ones of these sessions, kept while they, the visible set and the zone
   * stay the same: its array of cells is how the first screen knows the steps it has built.
   */
  #layoutOf(sessions: SessionModel[], timeZone: string): GridLayout | undefined {
    const { visible } = this;
    const last = this.#layout;
    if (last?.sessions === sessions && last.visible === visible && last.timeZone === timeZone) return last.layout;
    const placed = sessions.filter((session) => shown(session, visible));
    const layout = placed.some((session) => session.start !== undefined) ? layoutGrid(placed, timeZone) : undefined;
    this.#layout = { sessions, visible, timeZone, layout };
    return layout;
  }

  /** The element's font size in pixels, which the rem-based sizes of the grid scale with. */
  get #rem(): number {
    return parseFloat(getComputedStyle(this).fontSize);
  }

  /** Whether two room columns fit beside the time axis (one for a day in a single room); more scroll sideways. */
  #fits({ columns }: GridLayout): boolean {
    return this.width! >= (AXIS_REM + Math.min(columns, 2) * COLUMN_REM) * this.#rem;
  }

  #renderGrid(layout: GridLayout, program: AgendaModel, view: View) {
    const style = { '--_columns': String(layout.columns), '--_rows': String(layout.rows), '--_rows-per-hour': String(60 / layout.step) };
    return html`<div part="grid" class="grid ${layout.rooms.length ? '' : 'single'}" style=${styleMap(style)}>
      ${
        layout.rooms.length
          ? html`<div class="corner" aria-hidden="true"></div>
            ${layout.rooms.map((room) => html`<div part="grid-room" class="room" aria-hidden="true" style=${place(1, room.column, 1, room.span)}>${room.name}</div>`)}`
          : nothing
      }
      ${layout.marks.map((mark) => this.#renderMark(mark, layout.columns, view))}
      <ol class="cells">
        ${this.#firstScreen.slice(layout.cells, this.#firstCells(layout)).map((cell) => this.#renderCell(cell, program, view))}
      </ol>
    </div>`;
  }

  /** How many cells start in the hours a screen shows at most: the window's height in hours of the default height, every room. */
  #firstCells({ cells, start }: GridLayout): number {
    const end = start + (innerHeight / (HOUR_REM * this.#rem)) * HOUR;
    const later = cells.findIndex((cell) => cell.session.start! >= end);
    return later < 0 ? cells.length : later;
  }

  /** A time on the axis, and its line across the rooms. */
  #renderMark({ row, span, instant }: GridLayout['marks'][number], columns: number, view: View) {
    const time = formatTime(instant, view.locale, view.timeZone);
    return html`<div part="grid-hour" class="hour" aria-hidden="true" style=${place(row, 1, span)}>${time}</div>
      <div class="rule" style=${place(row, 2, 1, columns)}></div>`;
  }

  /** Time and room first, as a screen reader hears them (the room only said where its column header shows it), then title, meta and people. */
  #renderCell({ session, room, row, column, rowSpan, columnSpan }: GridCell, program: AgendaModel, view: View) {
    const { now, next } = this.#live.marks;
    const mark = now.includes(session.id) ? 'now' : next.includes(session.id) ? 'next' : undefined;
    return html`<li part="grid-session" class="cell session" id=${session.id} data-kind=${session.kind}
      aria-current=${mark === 'now' ? 'time' : nothing} style=${place(row, column, rowSpan, columnSpan)}>
      ${renderTime(session, view, false)}
      ${room?.name ? html`<span class="visually-hidden">${view.messages.room}: ${room.name}</span>` : nothing}
      ${mark ? html`<span part="badge badge-${mark}" class="badge ${mark}">${view.messages[mark]}</span>` : nothing}
      <div part="session-title" class="title" role="heading" aria-level=${Math.min(this.headingLevel, 6)} lang=${sessionLang(session, view)}>
        <a href="#${encodeURIComponent(session.id)}">${session.title}</a>
      </div>
      <div class=${room ? 'in-room' : ''}>${renderMeta(session, view, program.sessions)}</div>
      ${
        session.sessions.length
          ? html`<ul part="nested" class="nested" lang=${view.contentLang}>${session.sessions.map((child) => html`<li lang=${sessionLang(child, view)}>${child.title}</li>`)}</ul>`
          : nothing
      }
      ${renderSpeakers(session, view)}
    </li>`;
  }

  /** Builds every cell now (the first screen's are built at once, the others when the browser is idle); resolves once they are rendered. */
  buildAll(): Promise<boolean> {
    this.#firstScreen.all();
    return this.updateComplete;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'seminar-program-grid': SeminarProgramGrid;
  }
}
