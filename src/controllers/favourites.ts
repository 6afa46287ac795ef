import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { AgendaModel, EventModel } from '../feed/model.js';
import type { SeminarFavouriteEvent } from '../events/seminar-favourite-event.js';
import type { Messages } from '../i18n/index.js';
import { warnNotLoaded } from '../internal/dev-log.js';
import { editionOf, eventStorageKey, readStored } from '../internal/storage.js';
import type { FavouriteTools } from './favourite-tools.js';

/** The share link's query parameter: the shared sessions' ids, each URI-encoded, comma-separated. */
export const SHARE_PARAM = 'seminar-favourites';

/**
 * Where an event's favourites are kept. By title and first day rather than feed URL, so a program
 * moved to another address keeps them, and next year's edition of a seminar starts afresh.
 */
export function favouritesKey(event: EventModel): string {
  return eventStorageKey('favourites', editionOf(event));
}

/** The stored favourites: session id → title, the title kept to name a session that left the feed. */
export function readFavourites(key: string): Record<string, string> {
  try {
    const stored: unknown = JSON.parse(readStored(key) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * The visitor's favourite sessions of the shown program, without an account: read from
 * localStorage (not under `no-store`, where they last for the page view), shown as a pressed star
 * on each session and, with "My program" on, as the only sessions shown. Everything else (a press
 * of a star or the switch, writing, following other tabs, the share link, the notices, the
 * calendar file) is in favourite-tools.ts, imported when the visitor has favourites, opens a share
 * link or first presses a star or the switch: the first screen carries only what it shows.
 */
export class FavouritesController implements ReactiveController {
  /** Ids of the visitor's favourite sessions. */
  ids: ReadonlySet<string> = new Set();

  /** While "My program" is on, the ids of the sessions it shows. */
  visible?: ReadonlySet<string>;

  /** The program the favourites were last read or checked against. */
  model?: AgendaModel;
  /** Their localStorage key, from the shown event (favouritesKey). */
  key?: string;
  #tools?: Promise<FavouriteTools | void>;
  #loaded?: FavouriteTools;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    /**
     * The shown program, false under `no-store` (then nothing is read or written), and the view the
     * program is in (`grid`, or the list), which "My program" switched off goes back to.
     */
    readonly source: () => { model?: AgendaModel; store: boolean; view?: string },
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // The server (seminar-agenda/ssr) has no storage and renders no stars.
    if (isServer) return;
    const { model, store } = this.source();
    if (!model || model === this.model) return;
    this.model = model;
    const key = favouritesKey(model.event);
    if (key !== this.key) {
      this.key = key;
      this.ids = new Set(store ? Object.keys(readFavourites(key)) : []);
      this.visible = undefined;
    }
    // A share link's name scoped to an agenda (`<id>.seminar-favourites`, see paramName) contains it too.
    if (this.ids.size || location.search.includes(SHARE_PARAM)) this.use((tools) => tools.reconcile());
  }

  /** The "My program" switch. */
  render(messages: Messages) {
    return html`<button part="my-program" class="my-program" type="button" aria-pressed=${!!this.visible}
      @click=${() => this.use((tools) => tools.switch())}>${messages.myProgram}</button>`;
  }

  /** The notices and, while "My program" is on, its tools; nothing until the chunk is in. */
  renderTools(messages: Messages, locale: string) {
    return this.#loaded?.render(messages, locale) ?? nothing;
  }

  readonly onFavourite = ({ detail }: SeminarFavouriteEvent) => this.use((tools) => tools.toggle(detail));

  /** Runs `run` with the favourites' chunk, imported on first use; if it cannot load, favourites stay as they are. */
  use(run: (tools: FavouriteTools) => void): void {
    this.#tools ??= import('./favourite-tools.js').then(
      ({ FavouriteTools }) => (this.#loaded = new FavouriteTools(this)),
      (error: Error) => warnNotLoaded('the favourites', error.message),
    );
    void this.#tools.then((tools) => tools && run(tools));
  }
}
