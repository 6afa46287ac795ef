import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { Task } from '@lit/task';
import { agendaContext } from '../../context/agenda-context.js';
import { localeContext } from '../../context/locale-context.js';
import type { AgendaModel } from '../../feed/model.js';
import { loadFeed } from '../../feed/load.js';
import { parseFeed, parseFeedText, type ParseResult } from '../../feed/parse.js';
import { SeminarErrorEvent } from '../../events/seminar-error-event.js';
import { SeminarLoadEvent } from '../../events/seminar-load-event.js';
import { formatDate, messagesFor, type Messages } from '../../i18n/index.js';
import { logProblems } from '../../internal/dev-log.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { VERSION } from '../../internal/version.js';
import { agendaStyles } from './seminar-agenda.styles.js';

/**
 * The whole program of an event from one feed: header, timeline, speakers and sponsors.
 * The feed comes from the `feed` property, else `src`, else an inline
 * `<script type="application/json">` child.
 *
 * @tagname seminar-agenda
 * @summary Loads a feed and renders the event's program.
 *
 * @fires seminar-load - The feed was validated and is shown; detail has the model and warnings.
 * @fires seminar-error - The feed cannot be shown; detail lists every problem with its JSON path.
 *
 * @csspart header - The event header.
 * @csspart series - The series name above the title.
 * @csspart event-title - The event title.
 * @csspart date - The date of the event.
 * @csspart subtitle - The subtitle.
 * @csspart description - The event description.
 * @csspart section-title - The heading of the program and speakers sections.
 * @csspart timeline - The seminar-timeline element.
 * @csspart speakers - The grid of speaker cards.
 * @csspart sponsors - The seminar-sponsor-strip element.
 * @csspart status - The loading, empty and error messages.
 * @csspart error - The error message.
 *
 * @cssprop [--seminar-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--seminar-color-text=CanvasText] - Text colour.
 * @cssprop [--seminar-color-muted=75% of the text colour] - Secondary text.
 * @cssprop [--seminar-color-error=#b3261e] - Edge of the error message.
 * @cssprop [--seminar-space-m=1rem] - Base spacing.
 */
export class SeminarAgenda extends LitElement {
  /** Version of this copy of the library; named when two copies meet on one page. */
  static readonly version = VERSION;

  static override styles = [sharedStyles, agendaStyles];

  @provide({ context: agendaContext })
  @state()
  private model?: AgendaModel;

  @provide({ context: localeContext })
  @state()
  private locale?: string;

  /** URL of the feed JSON, resolved against the page. */
  @property() src?: string;

  /** A feed object; takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) feed?: unknown;

  private readonly loader = new Task(this, {
    task: ([feed, src], { signal }) => this.load(feed, src, signal),
    args: () => [this.feed, this.src] as const,
    onComplete: (result) => this.settle(result, this.feed === undefined ? this.src : undefined),
  });

  override render() {
    const messages = messagesFor(this.uiLocale());
    return this.loader.render({
      pending: () => html`<p part="status" class="status" role="status">${messages.loading}</p>`,
      complete: (result) => (result?.ok && this.model ? this.renderProgram(this.model, messages) : this.renderError(result, messages)),
      error: () => this.renderError(undefined, messages),
    });
  }

  private renderProgram(model: AgendaModel, messages: Messages) {
    return html`<div class="agenda" lang=${model.event.language}>
      ${this.renderHeader(model)}
      <section aria-labelledby="program-title">
        <h3 part="section-title" class="section-title" id="program-title">${messages.program}</h3>
        ${model.sessions.length
          ? html`<seminar-timeline part="timeline" heading-level="4"></seminar-timeline>`
          : html`<p part="status" class="status">${messages.empty}</p>`}
      </section>
      ${model.speakers.length ? this.renderSpeakers(model, messages) : nothing}
      ${model.sponsorTiers.length
        ? html`<seminar-sponsor-strip part="sponsors" aria-label=${messages.sponsors} heading-level="3"></seminar-sponsor-strip>`
        : nothing}
    </div>`;
  }

  private renderHeader({ event }: AgendaModel) {
    return html`<header part="header">
      ${event.series ? html`<p part="series" class="series">${event.series}</p>` : nothing}
      <h2 part="event-title" class="event-title">${event.title}</h2>
      ${event.start === undefined ? nothing : html`<p part="date" class="date">${formatDate(event.start, this.locale ?? 'en', event.timeZone)}</p>`}
      ${event.subtitle ? html`<p part="subtitle" class="subtitle">${event.subtitle}</p>` : nothing}
      ${event.paragraphs.length ? html`<div part="description">${event.paragraphs.map((p) => html`<p>${p}</p>`)}</div>` : nothing}
    </header>`;
  }

  private renderSpeakers(model: AgendaModel, messages: Messages) {
    return html`<section aria-labelledby="speakers-title">
      <h3 part="section-title" class="section-title" id="speakers-title">${messages.speakers}</h3>
      <ul part="speakers" class="speakers">
        ${model.speakers.map((s) => html`<li><seminar-speaker-card speaker-id=${s.id} heading-level="4"></seminar-speaker-card></li>`)}
      </ul>
    </section>`;
  }

  private renderError(result: ParseResult | undefined, messages: Messages) {
    if (!result) return nothing;
    return html`<p part="status error" class="status error" role="alert">${messages.error}</p>`;
  }

  /** `lang` on the element wins over the feed's language. */
  private uiLocale(): string {
    return this.lang || this.locale || 'en';
  }

  private inlineFeed(): string | undefined {
    return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  private async load(feed: unknown, src: string | undefined, signal: AbortSignal): Promise<ParseResult | undefined> {
    const inline = this.inlineFeed();
    let result: ParseResult | undefined;
    if (feed !== undefined) result = parseFeed(feed);
    else if (src) result = await loadFeed(new URL(src, document.baseURI).href, signal);
    else if (inline !== undefined) result = parseFeedText(inline, { baseUrl: document.baseURI });
    return result;
  }

  private settle(result: ParseResult | undefined, src: string | undefined): void {
    if (!result) return;
    logProblems('warn', `The feed${src ? ` ${src}` : ''} has problems; the rest is shown:`, result.warnings);
    if (result.ok) {
      this.model = result.model;
      this.locale = this.lang || result.model.event.language;
      this.dispatchEvent(new SeminarLoadEvent({ model: result.model, warnings: result.warnings }));
      return;
    }
    logProblems('error', `The feed${src ? ` ${src}` : ''} cannot be shown (${result.kind}):`, result.errors);
    this.dispatchEvent(new SeminarErrorEvent({ kind: result.kind, url: src, problems: result.errors }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'seminar-agenda': SeminarAgenda;
  }
}
