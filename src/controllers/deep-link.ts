import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Follows `#<session id>` in the page address. Session ids live in shadow roots,
 * where the browser's own fragment navigation cannot see them, so the host
 * reveals the session itself: when the program first renders and on every hashchange.
 */
export class DeepLinkController implements ReactiveController {
  #followed = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly program: () => unknown,
    private readonly reveal: (id: string) => Promise<boolean>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!isServer) window.addEventListener('hashchange', this.#follow);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#follow);
  }

  hostUpdated(): void {
    // Once: a feed re-fetched later must not pull the visitor back to the linked session.
    if (this.#followed || !this.program()) return;
    this.#followed = true;
    // After this update, not in it: revealing a session may build the rest of a long list, another update.
    queueMicrotask(this.#follow);
  }

  readonly #follow = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) void this.reveal(id);
  };
}
