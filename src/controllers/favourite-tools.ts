import { html, nothing, type ReactiveController } from 'lit';
import { favouritesStyles } from '../components/seminar-agenda/seminar-agenda-favourites.styles.js';
import type { SeminarFavouriteDetail } from '../events/seminar-favourite-event.js';
import { SeminarViewChangeEvent } from '../events/seminar-view-change-event.js';
import type { SessionModel } from '../feed/model.js';
import { loadOnUse } from '../feed/on-use.js';
import type { Messages } from '../i18n/index.js';
import { favouriteMessagesFor, type FavouriteMessages } from '../i18n/favourites.js';
import { copyText } from '../internal/clipboard.js';
import { warnNotLoaded } from '../internal/dev-log.js';
import { writeStored } from '../internal/storage.js';
import { readFavourites, SHARE_PARAM, type FavouritesController } from './favourites.js';
import { addStyles } from '../internal/add-styles.js';
import { paramName } from './program-view.js';

type Text = FavouriteMessages & Messages;

/**
 * What the favourites need beyond the star and the switch, imported by favourites.ts on first
 * need: writing them (with each title, to name a session that later leaves the feed), following
 * changes made in another tab, dropping favourites whose session left the feed with a notice, the
 * offer to add a share link's sessions (never a silent overwrite), and, in "My program", the
 * calendar file and the share link.
 */
export class FavouriteTools implements ReactiveController {
  /** Titles of the favourites, kept for the notice when a session leaves the feed. */
  readonly #titles = new Map<string, string>();
  /** Titles of the favourites the last feed no longer has. */
  #dropped: string[] = [];
  /** Ids from a share link that are in the program but not yet among the favourites. */
  #offer: string[] = [];
  #offered = false;
  /** What the polite live region says once a link was copied. */
  #announcement = '';
  /** The share link, shown for copying by hand when the clipboard failed. */
  #manualLink?: string;

  constructor(private readonly favourites: FavouritesController) {
    const { host, key } = favourites;
    host.addController(this);
    if (this.#store) for (const [id, title] of Object.entries(readFavourites(key!))) this.#titles.set(id, String(title));
    // The notices' styles come with this module.
    addStyles(host, favouritesStyles);
  }

  get #store(): boolean {
    return this.favourites.source().store;
  }

  hostConnected(): void {
    window.addEventListener('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.#onStorage);
  }

  /** Drops favourites whose session left the feed, saying so, and offers a share link's sessions once. */
  reconcile(): void {
    const { favourites } = this;
    const sessions = sessionsById(favourites.model!.sessions);
    const gone = [...favourites.ids].filter((id) => !sessions.has(id));
    if (gone.length) {
      this.#dropped = [...this.#dropped, ...gone.map((id) => this.#titles.get(id) ?? id)];
      this.#replace([...favourites.ids].filter((id) => sessions.has(id)));
      this.save();
    }
    if (!this.#offered) {
      this.#offered = true;
      const shared =
        new URL(location.href).searchParams.get(paramName(favourites.host, SHARE_PARAM))?.split(',').map(decodeURIComponent) ?? [];
      this.#offer = [...new Set(shared)].filter((id) => sessions.has(id) && !favourites.ids.has(id));
    }
    favourites.host.requestUpdate();
  }

  /** A star was pressed. */
  toggle({ sessionId, favourite }: SeminarFavouriteDetail): void {
    const ids = new Set(this.favourites.ids);
    if (favourite) ids.add(sessionId);
    else ids.delete(sessionId);
    this.#replace(ids);
    this.save();
  }

  /**
   * "My program" was pressed. On, it shows the favourites of that moment, so a session taken out
   * stays (and can be put back) until the visitor leaves the view.
   */
  switch(): void {
    const { favourites } = this;
    favourites.visible = favourites.visible ? undefined : new Set(favourites.ids);
    favourites.host.requestUpdate();
    // Off, the program is back in its list or grid view: the event names the one shown.
    const view = favourites.visible ? 'favourites' : favourites.source().view === 'grid' ? 'grid' : 'list';
    favourites.host.dispatchEvent(new SeminarViewChangeEvent({ view }));
  }

  /** Keeps the favourites, with their titles, unless the agenda has `no-store`. */
  save(): void {
    const { ids, key, model } = this.favourites;
    const sessions = sessionsById(model!.sessions);
    const stored: Record<string, string> = {};
    for (const id of ids) {
      const title = sessions.get(id)?.title ?? this.#titles.get(id) ?? id;
      this.#titles.set(id, title);
      stored[id] = title;
    }
    if (this.#store) writeStored(key!, JSON.stringify(stored));
  }

  render(messages: Messages, locale: string) {
    const text = favouriteMessagesFor(locale, messages);
    const list = new Intl.ListFormat(locale).format(this.#dropped.map((title) => `“${title}”`));
    return html`<div class="favourite-notes" role="status">
        ${
          this.#dropped.length
            ? html`<p part="favourites-notice" class="favourite-note">${text.favouritesDropped(list)}
              <button type="button" @click=${() => this.#close(() => (this.#dropped = []))}>${text.dismiss}</button></p>`
            : nothing
        }
        ${
          this.#offer.length
            ? html`<p part="favourites-notice" class="favourite-note">${text.favouritesOffer(this.#offer.length)}
              <button type="button" @click=${() => this.#close(() => this.#accept())}>${text.favouritesAccept}</button>
              <button type="button" @click=${() => this.#close(() => forgetShareLink(this.favourites.host))}>${text.favouritesDecline}</button></p>`
            : nothing
        }
        <span class="visually-hidden">${this.#announcement}</span>
      </div>
      ${this.favourites.visible ? this.#renderMyProgram(text) : nothing}`;
  }

  #renderMyProgram(text: Text) {
    if (!this.favourites.ids.size) return html`<p part="my-program-tools" class="my-program-tools">${text.favouritesEmpty}</p>`;
    return html`<p part="my-program-tools" class="my-program-tools">
      <button type="button" @click=${this.#download}>${text.favouritesToCalendar}</button>
      <button type="button" @click=${() => this.#share(text)}>${text.favouritesShare}</button>
      ${this.#manualLink ? html`<input part="my-program-link" class="link" readonly .value=${this.#manualLink} aria-label=${text.copyLinkManually}>` : nothing}
    </p>`;
  }

  /** Closes a notice; focus, which was on its button, goes to the "My program" switch. */
  async #close(run: () => void): Promise<void> {
    run();
    this.#offer = [];
    const { host } = this.favourites;
    host.requestUpdate();
    await host.updateComplete;
    host.shadowRoot!.querySelector<HTMLElement>('[part~="my-program"]')?.focus();
  }

  #accept(): void {
    const { favourites } = this;
    this.#replace([...favourites.ids, ...this.#offer]);
    this.save();
    forgetShareLink(favourites.host);
  }

  #replace(ids: Iterable<string>): void {
    this.favourites.ids = new Set(ids);
    this.favourites.host.requestUpdate();
  }

  /** The favourites in program order. */
  #sessions(): SessionModel[] {
    return [...sessionsById(this.favourites.model!.sessions).values()].filter((session) => this.favourites.ids.has(session.id));
  }

  readonly #download = () =>
    loadOnUse(
      () => import('../internal/calendar-file.js'),
      ({ saveFavourites }) => saveFavourites(this.favourites.host, this.favourites.model!, this.#sessions()),
      (reason) => warnNotLoaded('the calendar file', reason),
    );

  async #share(text: Text): Promise<void> {
    const url = new URL(location.href);
    url.hash = '';
    url.searchParams.set(
      paramName(this.favourites.host, SHARE_PARAM),
      this.#sessions()
        .map((session) => encodeURIComponent(session.id))
        .join(','),
    );
    const { host } = this.favourites;
    if (await copyText(url.href)) {
      this.#manualLink = undefined;
      // Emptied first so that a second copy is announced again.
      this.#announcement = '';
      host.requestUpdate();
      await host.updateComplete;
      this.#announcement = text.linkCopied;
      host.requestUpdate();
      return;
    }
    this.#manualLink = url.href;
    host.requestUpdate();
    await host.updateComplete;
    const field = host.shadowRoot!.querySelector<HTMLInputElement>('input.link');
    field?.focus();
    field?.select();
  }

  /** Another tab changed this event's favourites. */
  readonly #onStorage = (event: StorageEvent) => {
    const { favourites } = this;
    if (!this.#store || event.key !== favourites.key) return;
    const stored = readFavourites(favourites.key);
    for (const [id, title] of Object.entries(stored)) this.#titles.set(id, String(title));
    this.#replace(Object.keys(stored));
  };
}

/** Every session by id, nested ones included, in program order. */
function sessionsById(sessions: SessionModel[], found = new Map<string, SessionModel>()): Map<string, SessionModel> {
  for (const session of sessions) {
    found.set(session.id, session);
    sessionsById(session.sessions, found);
  }
  return found;
}

/** Takes the share link's parameter out of the address once answered, keeping the others and the hash. */
function forgetShareLink(agenda: Element): void {
  const url = new URL(location.href);
  url.searchParams.delete(paramName(agenda, SHARE_PARAM));
  history.replaceState(history.state, '', url);
}
