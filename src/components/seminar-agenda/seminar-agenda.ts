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
import { DisplayZoneController } from '../../controllers/display-zone.js';
import { downloadCalendar } from '../../internal/calendar-download.js';
import { logProblems, logUnknownKeysWhenIdle } from '../../internal/dev-log.js';
import { FeedSource, type FeedReport } from '../../controllers/feed-source.js';
import { resolveLocale } from '../../internal/locale.js';
import { renderRichText } from '../../internal/rich-text.js';
import { SPEAKER_CARD_EXPORTS, SPONSOR_STRIP_EXPORTS, TIMELINE_EXPORTS } from '../../internal/exported-parts.js';
import { SeminarElement } from '../../internal/seminar-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { VERSION } from '../../internal/version.js';
import { agendaStyles } from './seminar-agenda.styles.js';
import { agendaTimeStyles } from './seminar-agenda-time.styles.js';

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
 *
 * @csspart header - The event header.
 * @csspart series - The series name above the title.
 * @csspart event-title - The event title.
 * @csspart date - The date of the event.
 * @csspart subtitle - The subtitle.
 * @csspart description - The event description.
 * @csspart section-title - The heading of the program, speakers and sponsors sections.
 * @csspart timeline - The seminar-timeline element.
 * @csspart speakers - The grid of speaker cards.
 * @csspart sponsors - The seminar-sponsor-strip element.
 * @csspart status - The loading, empty and error messages.
 * @csspart error - The error message.
 * @csspart stale - The note above a program kept from an earlier load, beside the part status.
 * @csspart time-zone - The name of the zone times are shown in, with the toggle.
 * @csspart time-zone-toggle - The button that switches between the event's and the visitor's time zone.
 * @csspart program-tools - The row with the time zone note and the calendar button.
 * @csspart calendar - The button that downloads the whole program as an iCalendar file.
 */
export class SeminarAgenda extends SeminarElement {
  /** Version of this copy of the library; named when two copies meet on one page. */
  static readonly version = VERSION;

  static override styles = [sharedStyles, agendaStyles, agendaTimeStyles];

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
      timeZone: { attribute: 'time-zone' },
      day: {},
      now: {},
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

  /** Do not keep the last valid feed in localStorage. */
  noStore = false;

  /** Zone times are shown in: event (the default), local (the visitor's) or an IANA name; the visitor's toggle choice wins and is remembered. */
  timeZone?: TimeZoneChoice;

  /** ISO date (2025-05-21) of the day shown first when the program spans days. */
  day?: string;

  /** Fixed clock for the Now and Next badges, ISO date-time; the real clock when unset. */
  now?: string;

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

  readonly #zone = new DisplayZoneController(this, () => ({ choice: this.timeZone, eventZone: this.#model?.event.timeZone }));

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
        ${
          model.sessions.length
            ? html`${this.#renderProgramTools(model, messages)}
            <seminar-timeline part="timeline" exportparts=${TIMELINE_EXPORTS} heading-level="4" day=${this.day ?? nothing} now=${this.now ?? nothing}></seminar-timeline>`
            : html`<p part="status" class="status">${messages.empty}</p>`
        }
      </section>
      ${model.speakers.length ? this.#renderSpeakers(model, messages) : nothing}
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

  #renderSpeakers(model: AgendaModel, messages: Messages) {
    return html`<section aria-labelledby="speakers-title">
      <h3 part="section-title" class="section-title" id="speakers-title">${messages.speakers}</h3>
      <ul part="speakers" class="speakers" lang=${model.event.language}>
        ${model.speakers.map((s) => html`<li><seminar-speaker-card speaker-id=${s.id} exportparts=${SPEAKER_CARD_EXPORTS} heading-level="4"></seminar-speaker-card></li>`)}
      </ul>
    </section>`;
  }

  #renderSponsors(messages: Messages) {
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

  /** The zone note and toggle, and the whole program as a calendar file. */
  #renderProgramTools(model: AgendaModel, messages: Messages) {
    return html`<div part="program-tools" class="program-tools">
      ${this.#zone.render(messages, this.#uiLocale(), model.event.start!)}
      ${isServer ? nothing : html`<button part="calendar" type="button" @click=${this.#addProgramToCalendar}>${messages.addProgramToCalendar}</button>`}
    </div>`;
  }

  #renderError(messages: Messages) {
    const kind = this.#source.failure!.kind;
    return html`<p part="status error" class="status error" role="alert">${messages.failures[kind]}</p>`;
  }

  /** The locale willUpdate chose: own `lang`, else the feed's language, else the page's, else English. */
  #uiLocale(): string {
    return this.#localeProvider.value!;
  }

  readonly #addProgramToCalendar = () => downloadCalendar(this.#model!);

  /** Tells the webmaster everything (console and event); visitors only see the polite message. */
  #announce(report: FeedReport): void {
    const name = `The feed${this.feed === undefined && this.src ? ` ${this.src}` : ''}`;
    logProblems('warn', `${name} has problems; the rest is shown:`, report.warnings);
    if (report.type === 'load') {
      this.dispatchEvent(new SeminarLoadEvent({ model: report.model, warnings: report.warnings }));
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

function absolute(url: string | undefined): string | undefined {
  return url ? new URL(url, document.baseURI).href : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'seminar-agenda': SeminarAgenda;
  }
}
