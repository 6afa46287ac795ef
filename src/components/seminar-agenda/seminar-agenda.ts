import { html, isServer, nothing } from 'lit';
import { ContextProvider } from '@lit/context';
import { agendaContext } from '../../context/agenda-context.js';
import { localeContext } from '../../context/locale-context.js';
import { messagesContext } from '../../context/messages-context.js';
import type { SourceFormat } from '../../feed/decode.js';
import type { AgendaModel } from '../../feed/model.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../../feed/load.js';
import { SeminarErrorEvent } from '../../events/seminar-error-event.js';
import { SeminarLoadEvent } from '../../events/seminar-load-event.js';
import { formatDateRange, formatDateTime, messagesFor, type MessageOverrides, type Messages } from '../../i18n/index.js';
import type { TimeZoneChoice } from '../../i18n/time-zone.js';
import { ChangesOnUse } from '../../controllers/changes-on-use.js';
import { DisplayZoneController } from '../../controllers/display-zone.js';
import { ProgramFind } from '../../controllers/program-find-on-use.js';
import { FavouritesController } from '../../controllers/favourites.js';
import { ProgramView } from '../../controllers/program-view-on-use.js';
import { downloadCalendar } from '../../internal/calendar-download.js';
import { logProblems, logUnknownKeysWhenIdle, warnNotLoaded } from '../../internal/dev-log.js';
import type { HandoutController } from '../../controllers/handout.js';
import { whenIdle } from '../../internal/idle.js';
import { useElement } from '../../internal/element-on-use.js';
import { FeedSource, type FeedReport } from '../../controllers/feed-source.js';
import { SpeakersSection } from '../../controllers/speakers-section.js';
import { resolveLocale } from '../../internal/locale.js';
import { renderRichText } from '../../internal/rich-text.js';
import { SPONSOR_STRIP_EXPORTS, TIMELINE_EXPORTS } from '../../internal/exported-parts.js';
import { SeminarElement } from '../../internal/seminar-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { VERSION } from '../../internal/version.js';
import { agendaStyles } from './seminar-agenda.styles.js';
import { agendaTimeStyles } from './seminar-agenda-time.styles.js';
import { agendaSpeakersStyles } from './seminar-agenda-speakers.styles.js';

/** Headings in the event description sit one level below the event title (h2), beside the section headings. */
const DESCRIPTION_HEADING_LEVEL = 3;

/**
 * The whole program of an event from one feed: header, timeline, speakers and sponsors.
 * The feed comes from the `feed` property, else `src`, else an inline
 * `<script type="application/json">` child; `src` and inline content may also be a pretalx,
 * frab or Sessionize export (see `format`), and `sponsors-src` adds a separate sponsor list.
 * The parts of the timeline, speaker cards and sponsor strip inside are forwarded, so
 * `seminar-agenda::part(session-title)` works; docs/theming.md lists them with the five renamed ones.
 *
 * @tagname seminar-agenda
 * @summary Loads a feed and renders the event's program.
 *
 * @fires seminar-load - The feed was validated and is shown; detail has the model and warnings (keys the format does not know come later, in the console only).
 * @fires seminar-error - The feed cannot be shown; detail lists every problem with its JSON path.
 * @fires seminar-time-zone-change - The visitor switched between the event's and their own time zone; detail has the zone now shown.
 * @fires seminar-calendar-download - The visitor downloaded the program (or, from the timeline, a session) as an .ics file; detail has the session ids.
 * @fires seminar-speaker-open - The visitor pressed a speaker's name in a session; the agenda then scrolls to the speaker's card or directory entry unless a listener calls preventDefault().
 * @fires seminar-search - The visitor paused typing in the search box (300 ms); detail has the query and how many sessions match.
 * @fires seminar-filter-change - The visitor changed a filter, or cleared search and filters; detail has the chosen values per dimension.
 * @fires seminar-favourite - The visitor starred or unstarred a session (from the timeline inside); detail has its id and whether it is now a favourite.
 * @fires seminar-view-change - The visitor switched the program to another view (list, grid) or "My program" on (favourites) or off; detail has the view.
 *
 * @csspart header - The event header.
 * @csspart series - The series name above the title.
 * @csspart event-title - The event title.
 * @csspart date - The date of the event.
 * @csspart subtitle - The subtitle.
 * @csspart description - The event description.
 * @csspart section-title - The heading of the program, speakers and sponsors sections.
 * @csspart timeline - The seminar-timeline element.
 * @csspart speakers - The grid of speaker cards (up to 30 speakers).
 * @csspart speaker-directory - The seminar-speaker-directory element that lists the speakers of a program with more than 30.
 * @csspart skip-links - The links past a long program (20 sessions or more) to the speakers and sponsors, shown when focused.
 * @csspart skip-link - One of those links.
 * @csspart sponsors - The seminar-sponsor-strip element.
 * @csspart status - The loading, empty and error messages.
 * @csspart error - The error message.
 * @csspart stale - The note above a program kept from an earlier load, beside the part status.
 * @csspart time-zone - The name of the zone times are shown in, with the toggle.
 * @csspart time-zone-toggle - The button that switches between the event's and the visitor's time zone.
 * @csspart program-tools - The row with the time zone note and the calendar button.
 * @csspart calendar - The button that downloads the whole program as an iCalendar file.
 * @csspart changes - The summary of what changed since the visitor's last visit, with a link to each change.
 * @csspart changes-dismiss - The button that hides that summary.
 * @csspart find - The search and filter bar above the timeline of a program with more than 20 sessions.
 * @csspart search - The search box.
 * @csspart filter - One filter (a disclosure with the values of one dimension).
 * @csspart filter-button - The button that opens a filter, with the number of values chosen.
 * @csspart filter-options - The list of a filter's values, each with a checkbox.
 * @csspart result-count - How many sessions match, or how many there are.
 * @csspart clear - The button that clears the search and every filter.
 * @csspart no-results - The message shown when nothing matches, beside the part status.
 * @csspart my-program - The switch (aria-pressed) that shows only the visitor's favourite sessions.
 * @csspart my-program-tools - Under the switch while it is on: the favourites' calendar file and share link, or a note that there are none.
 * @csspart my-program-link - The selected share link field shown when the clipboard cannot be used.
 * @csspart favourites-notice - A dismissible notice: favourites taken out because their session left the feed, or a share link's offer to add its sessions.
 * @csspart view-switch - The group of buttons that switch the program between list and grid.
 * @csspart view-option - One button of that group; aria-pressed marks the view shown.
 * @csspart print - The button that prints the program as a handout (shown once the browser is idle after the program).
 * @csspart handout - On paper only: the link to the online program as a QR code and as text.
 */
export class SeminarAgenda extends SeminarElement {
  /** Version of this copy of the library; named when two copies meet on one page. */
  static readonly version = VERSION;

  static override styles = [sharedStyles, agendaStyles, agendaTimeStyles, agendaSpeakersStyles];

  static override get properties() {
    return {
      src: {},
      format: {},
      eventTimeZone: { attribute: 'event-time-zone' },
      sponsorsSrc: { attribute: 'sponsors-src' },
      feed: { attribute: false },
      timeout: { type: Number },
      refresh: { type: Number },
      maxBytes: { type: Number, attribute: 'max-bytes' },
      noStore: { type: Boolean, attribute: 'no-store' },
      changes: {},
      noStructuredData: { type: Boolean, attribute: 'no-structured-data' },
      timeZone: { attribute: 'time-zone' },
      day: {},
      now: {},
      view: {},
      messages: { attribute: false },
    };
  }

  #model?: AgendaModel;

  // Providers set in willUpdate rather than the provide decorator: the CDN bundle then carries no decorator code for context.
  readonly #modelProvider = new ContextProvider(this, { context: agendaContext });
  readonly #localeProvider = new ContextProvider(this, { context: localeContext });
  readonly #messagesProvider = new ContextProvider(this, { context: messagesContext });

  /** URL of the feed JSON, or of an export named by `format`, resolved against the page. */
  src?: string;

  /** How `src` and inline content are read: auto (recognised), agenda (feed v1), c3voc (pretalx/frab schedule.json), frab-xml or sessionize. */
  format: SourceFormat = 'auto';

  /** IANA zone of the event for an export that carries none (Sessionize) or a wrong one. */
  eventTimeZone?: string;

  /** URL of a separate sponsor list (feed v1 sponsors or a list such as COSCUP's), added after the feed's own sponsors. */
  sponsorsSrc?: string;

  /** A feed object; takes precedence over `src` and inline JSON. */
  feed?: unknown;

  /** Seconds to wait for the feed, body included, before giving up. */
  timeout = DEFAULT_TIMEOUT_MS / 1000;

  /** Seconds between re-fetches of `src` (with If-None-Match); 0 never re-fetches. */
  refresh = 0;

  /** Largest feed accepted, in bytes. */
  maxBytes = DEFAULT_MAX_BYTES;

  /** Keep nothing in localStorage: not the last valid feed, nor the program last seen, nor the visitor's favourites (those last for the page view). */
  noStore = false;

  /** on: mark what is new, moved, cancelled or removed since the visitor's last visit (and with each refresh); off: mark nothing. */
  changes: 'on' | 'off' = 'on';
  /** Do not write the program as schema.org JSON-LD (a script element in the light DOM) for search engines. */
  noStructuredData = false;

  /** Zone times are shown in: event (the default), local (the visitor's) or an IANA name; the visitor's toggle choice wins and is remembered. */
  timeZone?: TimeZoneChoice;

  /** ISO date (2025-05-21) of the day shown first when the program spans days. */
  day?: string;

  /** Fixed clock for the Now and Next badges, ISO date-time; the real clock when unset. */
  now?: string;

  /** How the program is laid out: list, or grid (rooms as columns, time as rows); the visitor's switch wins and is remembered. */
  view: 'list' | 'grid' = 'list';

  /** UI strings laid over the built-in ones: rewords some, or together with lang adds a language. */
  messages?: MessageOverrides;

  readonly #source = new FeedSource(
    this,
    () => ({
      feed: this.feed,
      url: absolute(this.src),
      inline: this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined,
      format: this.format,
      timeZone: this.eventTimeZone,
      sponsorsUrl: absolute(this.sponsorsSrc),
      timeoutMs: this.timeout * 1000,
      maxBytes: this.maxBytes,
      refreshSeconds: this.refresh,
      store: !this.noStore,
    }),
    (report) => this.#announce(report),
  );

  readonly #changes = new ChangesOnUse(this, () => ({ enabled: this.changes !== 'off', store: !this.noStore }));
  readonly #speakers = new SpeakersSection(this);
  readonly #favourites = new FavouritesController(this, () => ({ model: this.#model, store: !this.noStore, view: this.#view.view }));
  /** The JSON-LD and the printed handout, from a chunk loaded once idle after the first load (null while it loads). */
  #extras?: HandoutController | null;

  readonly #zone = new DisplayZoneController(this, () => ({ choice: this.timeZone, eventZone: this.#model?.event.timeZone }));

  readonly #find = new ProgramFind(this);
  readonly #view = new ProgramView(this, () => ({ view: this.view, store: !this.noStore, event: this.#model?.event }));

  override willUpdate(): void {
    this.#model = this.#source.model;
    // A program rendered on the server (seminar-agenda/ssr) is all that follows its styles, the node Lit renders
    // before: it goes in the update that renders this element's own, so no frame shows neither or both. Otherwise
    // the root starts empty (every browser with light-dark(), which the styles need, adopts stylesheets).
    for (let node; this.#model && (node = this.renderOptions.renderBefore?.nextSibling);) node.remove();
    this.#modelProvider.setValue(this.#model);
    this.#localeProvider.setValue(resolveLocale(this, this.#model?.event.language));
    this.#messagesProvider.setValue(this.messages);
    // Lit's server renderer calls no hostUpdate, where the zone is provided in the browser.
    if (isServer) this.#zone.hostUpdate();
  }

  override render() {
    const messages = messagesFor(this.#uiLocale(), this.messages);
    if (this.#model) return this.#renderProgram(this.#model, messages);
    if (this.#source.failure) return this.#renderError(messages);
    if (this.#source.loading) return html`<p part="status" class="status" role="status">${messages.loading}</p>`;
    return nothing;
  }

  #renderProgram(model: AgendaModel, messages: Messages) {
    return html`<div class="agenda" lang=${this.#uiLocale()}>
      ${this.#renderStale(messages)}
      ${this.#renderHeader(model)}
      <section aria-labelledby="program-title">
        <h3 part="section-title" class="section-title" id="program-title">${messages.program}</h3>
        ${this.#speakers.renderSkipLinks(model, messages)}
        ${
          model.sessions.length
            ? html`${this.#changes.renderSummary({ locale: this.#uiLocale(), messages, timeZone: this.#zone.timeZone!, contentLang: model.event.language })}
            ${this.#renderProgramTools(model, messages)}
            ${isServer ? nothing : this.#find.render({ model, timeZone: this.#zone.timeZone!, locale: this.#uiLocale(), overrides: this.messages })}
            <seminar-timeline part="timeline" exportparts=${TIMELINE_EXPORTS} heading-level="4" day=${this.day ?? nothing} now=${this.now ?? nothing}
              .changes=${this.#changes.marks} .favourites=${isServer ? undefined : this.#favourites.ids}
              .visible=${bothShown(this.#find.visible, this.#favourites.visible)} @seminar-favourite=${this.#favourites.onFavourite}
              view=${this.#view.view ?? nothing}></seminar-timeline>`
            : html`<p part="status" class="status">${messages.empty}</p>`
        }
      </section>
      ${this.#speakers.render(model, messages)}
      ${model.sponsorTiers.length ? this.#renderSponsors(messages) : nothing}
    </div>`;
  }

  #renderHeader({ event }: AgendaModel) {
    return html`<header part="header" class="header" lang=${event.language}>
      ${event.series ? html`<p part="series" class="series">${event.series}</p>` : nothing}
      <h2 part="event-title" class="event-title">${event.title}</h2>
      ${event.subtitle ? html`<p part="subtitle" class="subtitle">${event.subtitle}</p>` : nothing}
      ${
        event.start === undefined
          ? nothing
          : html`<p part="date" class="date" lang=${this.#uiLocale()}>${formatDateRange(event.start, event.end ?? event.start, this.#uiLocale(), this.#zone.timeZone!)}</p>`
      }
      ${renderRichText(event.description, 'description', nothing, DESCRIPTION_HEADING_LEVEL)}
    </header>`;
  }

  #renderSponsors(messages: Messages) {
    useElement('seminar-sponsor-strip');
    return html`<section aria-labelledby="sponsors-title">
      <h3 part="section-title" class="section-title" id="sponsors-title">${messages.sponsors}</h3>
      <seminar-sponsor-strip part="sponsors" exportparts=${SPONSOR_STRIP_EXPORTS} heading-level="4"></seminar-sponsor-strip>
    </section>`;
  }

  /** The last good program is shown; say discreetly that it may be out of date. */
  #renderStale(messages: Messages) {
    const { failure, fetchedAt } = this.#source;
    if (!failure || fetchedAt === undefined) return nothing;
    const when = formatDateTime(fetchedAt, this.#uiLocale(), this.#zone.timeZone!);
    return html`<p part="status stale" class="stale" role="status">${messages.lastUpdated(when)}</p>`;
  }

  /** The list/grid switch, the zone note and toggle, the whole program as a calendar file, "My program" and its tools. */
  #renderProgramTools(model: AgendaModel, messages: Messages) {
    return html`<div part="program-tools" class="program-tools">
      ${isServer ? nothing : this.#view.render(messages)}
      ${this.#zone.render(messages, this.#uiLocale(), model.event.start!)}
      ${
        // A page read without JavaScript gets no controls that need it.
        isServer
          ? nothing
          : html`<button part="calendar" type="button" @click=${this.#addProgramToCalendar}>${messages.addProgramToCalendar}</button>
            ${this.#favourites.render(messages)} ${this.#extras?.render(messages)}`
      }
    </div>
    ${this.#favourites.renderTools(messages, this.#uiLocale())}`;
  }

  #renderError(messages: Messages) {
    const kind = this.#source.failure!.kind;
    return html`<p part="status error" class="status error" role="alert">${messages.failures[kind]}</p>`;
  }

  /** The locale willUpdate chose: own `lang`, else the feed's language, else the page's, else English. */
  #uiLocale(): string {
    return this.#localeProvider.value!;
  }

  readonly #addProgramToCalendar = () => downloadCalendar(this, this.#model!);

  #addExtrasWhenIdle(): void {
    if (this.#extras !== undefined) return;
    this.#extras = null;
    whenIdle(() => {
      import('../../internal/agenda-extras.js').then(
        ({ addAgendaExtras }) => {
          this.#extras = addAgendaExtras(this, () => ({
            model: this.#model,
            locale: this.#uiLocale(),
            timeZone: this.#zone.timeZone!,
            noStructuredData: this.noStructuredData,
          }));
        },
        (error: Error) => warnNotLoaded('structured data and the printed handout', error.message),
      );
    });
  }

  /** Tells the webmaster everything (console and event); visitors only see the polite message. */
  #announce(report: FeedReport): void {
    const name = `The feed${this.feed === undefined && this.src ? ` ${this.src}` : ''}`;
    logProblems('warn', `${name} has problems; the rest is shown:`, report.warnings);
    if (report.type === 'load') {
      this.dispatchEvent(new SeminarLoadEvent({ model: report.model, warnings: report.warnings }));
      this.#changes.seen(report.model);
      this.#addExtrasWhenIdle();
      if (report.unchecked !== undefined)
        logUnknownKeysWhenIdle(report.unchecked, `${name} has keys the format does not know; they were left out:`);
      return;
    }
    const { kind, url, problems } = report.failure;
    const kept = this.#source.model ? ' The last good program stays visible.' : '';
    logProblems('error', `${name} cannot be shown (${kind}).${kept}`, problems);
    this.dispatchEvent(new SeminarErrorEvent({ kind, url: url && this.src, problems }));
  }
}

/** Sessions shown by the search and filters and by "My program" together; all when neither narrows. */
function bothShown(found?: ReadonlySet<string>, favourites?: ReadonlySet<string>): ReadonlySet<string> | undefined {
  if (!found || !favourites) return found ?? favourites;
  return new Set([...favourites].filter((id) => found.has(id)));
}

function absolute(url: string | undefined): string | undefined {
  return url ? new URL(url, document.baseURI).href : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'seminar-agenda': SeminarAgenda;
  }
}
