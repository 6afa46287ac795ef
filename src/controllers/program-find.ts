import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { agendaFindStyles } from '../components/seminar-agenda/seminar-agenda-find.styles.js';
import type { AgendaModel } from '../feed/model.js';
import {
  buildSearchIndex,
  emptyFilters,
  FILTER_DIMENSIONS,
  isUnfiltered,
  matchSessions,
  type FilterDimension,
  type Filters,
  type SearchIndex,
} from '../feed/search.js';
import type { SessionKind } from '../feed/schema.js';
import { SeminarFilterChangeEvent } from '../events/seminar-filter-change-event.js';
import { SeminarSearchEvent } from '../events/seminar-search-event.js';
import { formatDay, languageName, type MessageOverrides } from '../i18n/index.js';
import { findMessagesFor, type FindMessages } from '../i18n/find-messages.js';
import { readFindState, writeFindState } from '../internal/url-state.js';
import { addStyles } from '../internal/add-styles.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What the agenda renders the bar with. */
export interface FindView {
  model: AgendaModel;
  /** The display zone: days are the dates sessions start on in it. */
  timeZone: string;
  locale: string;
  overrides?: MessageOverrides;
}

/** How long typing must pause before the address, the announcement and `seminar-search` follow. */
const SETTLE_MS = 300;

/**
 * The search box and filters above an agenda's timeline: matches on every keystroke (the
 * timeline hides the rest), the count, a "no results" state with one button that clears
 * everything, and the selection in the page's address. Loaded only for programs large enough to
 * need it (program-find-on-use.ts).
 */
export class ProgramFindController implements ReactiveController {
  /** Ids of the sessions that match, for the timeline; undefined when nothing narrows the program. */
  visible?: ReadonlySet<string>;

  #query = '';
  #filters = emptyFilters();
  #index?: SearchIndex;
  #indexed?: { model: AgendaModel; timeZone: string };
  #count = 0;
  /** The count or the "no results" sentence as last rendered. */
  #status = '';
  /** What the polite live region says: `#status`, once typing has paused. */
  #announced = '';
  #settle?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: Host) {
    host.addController(this);
    // The bar's styles come with this module, which small programs never load.
    addStyles(host, agendaFindStyles);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.#onPointerDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.#onPointerDown);
    clearTimeout(this.#settle);
  }

  render(view: FindView) {
    const index = this.#indexFor(view);
    const messages = findMessagesFor(view.locale, view.overrides);
    const number = new Intl.NumberFormat(view.locale);
    const narrowed = this.visible !== undefined;
    const count = messages.matches(number.format(this.#matches), number.format(index.size), narrowed);
    this.#status = narrowed && !this.#count ? messages.noResults : count;
    return html`<div part="find" class="find" role="search" aria-label=${messages.searchAndFilters}>
        <div class="find-row">
          <label class="search">
            <span class="find-label">${messages.search}</span>
            <input part="search" id="find-search" type="search" autocomplete="off" spellcheck="false" .value=${this.#query} @input=${this.#onInput}>
          </label>
          ${FILTER_DIMENSIONS.filter((dimension) => index.facets[dimension].length > 1).map((dimension) =>
            this.#renderFilter(dimension, index.facets[dimension], messages, view.locale),
          )}
        </div>
        <p class="find-status">
          <span part="result-count">${count}</span>
          ${narrowed && this.#count ? this.#renderClear(messages) : nothing}
        </p>
        <p class="visually-hidden" role="status">${this.#announced}</p>
      </div>
      ${
        narrowed && !this.#count
          ? html`<div part="status no-results" class="status no-results"><p>${messages.noResults}</p>${this.#renderClear(messages)}</div>`
          : nothing
      }`;
  }

  #renderFilter(dimension: FilterDimension, values: string[], messages: FindMessages, locale: string) {
    const chosen = this.#filters[dimension];
    const label = messages.filters[dimension];
    return html`<details part="filter" class="filter" name="seminar-filter" @keydown=${this.#onFilterKeydown}>
      <summary part="filter-button">${label}${chosen.length ? ` (${chosen.length})` : ''}</summary>
      <fieldset part="filter-options" class="options">
        <legend class="visually-hidden">${label}</legend>
        ${labelled(dimension, values, messages, locale).map(
          ([value, text]) => html`<label class="option"><input type="checkbox" .checked=${chosen.includes(value)}
            @change=${() => this.#toggle(dimension, value)}>${text}</label>`,
        )}
      </fieldset>
    </details>`;
  }

  #renderClear(messages: FindMessages) {
    return html`<button part="clear" class="clear" type="button" @click=${this.#clear}>${messages.clear}</button>`;
  }

  /** Built once per program and zone; the first build also restores the selection from the address. */
  #indexFor({ model, timeZone }: FindView): SearchIndex {
    if (this.#index && this.#indexed?.model === model && this.#indexed.timeZone === timeZone) return this.#index;
    const index = buildSearchIndex(model, timeZone);
    const source = this.#index ? { query: this.#query, filters: this.#filters } : readFindState(this.host);
    this.#index = index;
    this.#indexed = { model, timeZone };
    // Values the program no longer has (an old link, a changed feed) would hide everything unseen.
    this.#query = source.query;
    this.#filters = Object.fromEntries(
      FILTER_DIMENSIONS.map((dimension) => [
        dimension,
        source.filters[dimension].filter((value) => index.facets[dimension].includes(value)),
      ]),
    ) as Filters;
    this.#match();
    return index;
  }

  #match(): void {
    if (isUnfiltered(this.#query, this.#filters)) {
      this.visible = undefined;
      return;
    }
    const { ids, count } = matchSessions(this.#index!, this.#query, this.#filters);
    this.visible = ids;
    this.#count = count;
  }

  /**
   * Matches at once, so the timeline follows each keystroke; the address, the announcement and
   * `seminar-search` wait until typing pauses (`typing`), a filter's change does not wait.
   */
  #changed(typing: boolean): void {
    this.#match();
    this.host.requestUpdate();
    clearTimeout(this.#settle);
    if (typing) this.#settle = setTimeout(() => void this.#settled(true), SETTLE_MS);
    else void this.#settled(false);
  }

  async #settled(searched: boolean): Promise<void> {
    writeFindState(this.host, { query: this.#query, filters: this.#filters });
    if (searched) this.host.dispatchEvent(new SeminarSearchEvent({ query: this.#query, matches: this.#matches }));
    await this.host.updateComplete;
    this.#announced = this.#status;
    this.host.requestUpdate();
  }

  get #matches(): number {
    return this.visible ? this.#count : this.#index!.size;
  }

  readonly #onInput = (event: Event) => {
    this.#query = (event.target as HTMLInputElement).value;
    this.#changed(true);
  };

  #toggle(dimension: FilterDimension, value: string): void {
    const chosen = this.#filters[dimension];
    this.#filters = {
      ...this.#filters,
      [dimension]: chosen.includes(value) ? chosen.filter((other) => other !== value) : [...chosen, value],
    };
    this.#changed(false);
    this.host.dispatchEvent(new SeminarFilterChangeEvent({ filters: this.#filters }));
  }

  /** One step back to the whole program; focus goes to the search box, as the button disappears. */
  readonly #clear = async () => {
    const hadQuery = Boolean(this.#query.trim());
    const hadFilters = FILTER_DIMENSIONS.some((dimension) => this.#filters[dimension].length);
    this.#query = '';
    this.#filters = emptyFilters();
    this.#changed(false);
    if (hadQuery) this.host.dispatchEvent(new SeminarSearchEvent({ query: '', matches: this.#matches }));
    if (hadFilters) this.host.dispatchEvent(new SeminarFilterChangeEvent({ filters: this.#filters }));
    await this.host.updateComplete;
    this.host.shadowRoot!.querySelector<HTMLInputElement>('#find-search')?.focus();
  };

  /** Escape closes an open filter and returns focus to its button. */
  readonly #onFilterKeydown = (event: KeyboardEvent) => {
    const details = event.currentTarget as HTMLDetailsElement;
    if (event.key !== 'Escape' || !details.open) return;
    event.preventDefault();
    details.open = false;
    details.querySelector('summary')!.focus();
  };

  /** A press outside an open filter closes it, as a menu does. */
  readonly #onPointerDown = (event: PointerEvent) => {
    const path = event.composedPath();
    for (const details of this.host.shadowRoot!.querySelectorAll('details.filter[open]'))
      if (!path.includes(details)) (details as HTMLDetailsElement).open = false;
  };
}

/** Each value with its label; languages in the order of their names in the UI language ("Dansk, Engelsk, Tysk"), not their tags. */
function labelled(dimension: FilterDimension, values: string[], messages: FindMessages, locale: string): Array<[string, string]> {
  const pairs = values.map((value): [string, string] => [value, valueLabel(dimension, value, messages, locale)]);
  return dimension === 'language' ? pairs.sort((a, b) => a[1].localeCompare(b[1], locale)) : pairs;
}

/** A day as its tab reads ("Tue, Jun 2"), a kind or language by name, anything else as written. */
function valueLabel(dimension: FilterDimension, value: string, messages: FindMessages, locale: string): string {
  if (dimension === 'day') return formatDay(Date.parse(`${value}T12:00Z`), locale, 'UTC');
  if (dimension === 'kind') return messages.kindNames[value as SessionKind];
  if (dimension === 'language') return languageName(value, locale);
  return value;
}
