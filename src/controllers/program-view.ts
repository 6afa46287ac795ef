import { html, type ReactiveControllerHost } from 'lit';
import { agendaViewStyles } from '../components/seminar-agenda/seminar-agenda-view.styles.js';
import { SeminarViewChangeEvent } from '../events/seminar-view-change-event.js';
import type { EventModel } from '../feed/model.js';
import type { Messages } from '../i18n/index.js';
import { editionOf, eventStorageKey, readStored, writeStored } from '../internal/storage.js';
import { addStyles } from '../internal/add-styles.js';

/** The layouts of the program an agenda offers. */
export type ProgramView = 'list' | 'grid';

/** The query parameter that carries the view in a shared link (paramName scopes it to the agenda). */
const PARAM = 'seminar-view';

/** What the agenda tells the controller: its `view` attribute, whether it may store, and its event once known. */
export interface ViewSource {
  view?: string;
  store: boolean;
  event?: EventModel;
}

/**
 * Per event, as the favourites are kept: by title and first day, so a program moved to another
 * address keeps the choice. A visitor may want the grid for a congress and the list for a seminar.
 */
function viewKey(event: EventModel): string {
  return eventStorageKey('view', editionOf(event));
}

/**
 * The name an agenda's parameter has in the page's address. With one agenda on the page it is the
 * name itself (`seminar-q`), so links shared so far keep working; with more than one, an agenda
 * that has an `id` puts it in front (`<id>.seminar-q`), so each keeps and restores its own.
 * It lives here because every program loads this module first (program-view-on-use.ts): the
 * search's and the favourites' chunks import it from here, so this module and its event class
 * stay one chunk rather than adding to the CDN entry or costing a request of their own.
 */
export function paramName(agenda: Element, name: string): string {
  const shared = agenda.id && [...document.querySelectorAll('seminar-agenda')].some((other) => other !== agenda);
  return shared ? `${agenda.id}.${name}` : name;
}

const isView = (value: unknown): value is ProgramView => value === 'list' || value === 'grid';

/**
 * Which view an agenda shows the program in, and the switch between them. The visitor's choice
 * on this page comes first, then the `seminar-view` parameter of the address (a shared link), then
 * the choice remembered for this event, then the `view` attribute. A choice is written to the
 * address (other parameters and the hash kept) and, unless storing is off, to localStorage.
 * The CDN bundle loads this module when the first program renders (program-view-on-use.ts).
 */
export class ProgramViewController {
  #chosen?: ProgramView;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => ViewSource,
  ) {
    // The switch's styles come with this module.
    addStyles(host, agendaViewStyles);
  }

  get view(): ProgramView {
    const { view, store, event } = this.source();
    const remembered = store && event ? readStored(viewKey(event)) : undefined;
    return [this.#chosen, new URLSearchParams(location.search).get(paramName(this.host, PARAM)), remembered, view].find(isView) ?? 'list';
  }

  /** Two toggle buttons in a labelled group; the pressed one names the view shown. */
  render(messages: Messages) {
    const shown = this.view;
    const button = (view: ProgramView, label: string) =>
      html`<button part="view-option" type="button" aria-pressed=${shown === view ? 'true' : 'false'} @click=${() => this.#choose(view)}>${label}</button>`;
    return html`<div part="view-switch" class="view-switch" role="group" aria-label=${messages.view}>
      ${button('list', messages.listView)}${button('grid', messages.gridView)}
    </div>`;
  }

  #choose(view: ProgramView): void {
    if (view === this.view) return;
    this.#chosen = view;
    const { store, event } = this.source();
    if (store && event) writeStored(viewKey(event), view);
    const url = new URL(location.href);
    url.searchParams.set(paramName(this.host, PARAM), view);
    history.replaceState(history.state, '', url);
    this.host.requestUpdate();
    this.host.dispatchEvent(new SeminarViewChangeEvent({ view }));
  }
}
