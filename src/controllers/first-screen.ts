import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { whenIdle } from '../internal/idle.js';

/** Sessions a list builds at first: more than a 1,280 × 800 screen shows, whatever their height. */
const FIRST = 40;

/** Sessions added each time the browser is idle, until the list is whole. */
const STEP = 250;

/**
 * Builds a long list of sessions (or the grid's cells) in steps: the first screen's at once, the rest once the
 * browser is idle, a step at a time, so a 1,000-session day paints its first screen without
 * waiting for the other 960. Find-in-page reaches a session once its step is built (within a
 * second or two); deep links and printing build everything first (`all`).
 */
export class FirstScreen implements ReactiveController {
  /** Steps added since the first screen. */
  #steps = 0;
  #pending = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    window.addEventListener('beforeprint', this.all);
  }

  hostDisconnected(): void {
    if (isServer) return;
    window.removeEventListener('beforeprint', this.all);
  }

  /** What of `items` to build now, `first` of them on the first screen; asks for the next step when something is left out. */
  slice<T>(items: T[], first = FIRST): T[] {
    const limit = first + this.#steps * STEP;
    // The server (seminar-agenda/ssr) renders the whole list: a page without JavaScript gets no later steps.
    if (isServer || items.length <= limit) return items;
    if (!this.#pending) {
      this.#pending = true;
      whenIdle(() => {
        this.#pending = false;
        this.#steps += 1;
        this.host.requestUpdate();
      });
    }
    return items.slice(0, limit);
  }

  /** Starts again from the first screen, for a new list (another day). */
  restart(): void {
    this.#steps = 0;
  }

  /** Builds every item at the next update. */
  readonly all = () => {
    this.#steps = Infinity;
    this.host.requestUpdate();
  };
}
