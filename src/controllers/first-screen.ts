import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { whenIdle } from '../internal/idle.js';

/** A list this long is built whole at once: steps would only delay a small program's later sessions. */
const WHOLE = 40;

/**
 * Sessions a longer list builds before its first layout: a screenful of most programs (a talk's row
 * is 100–250 px tall). Slimmer rows or a taller window get more before the frame is painted (`fill`).
 */
const FIRST = 8;

/** Sessions added each time the browser is idle, until the list is whole: few enough that a key pressed meanwhile waits little. */
const STEP = 100;

/**
 * Builds a long list of sessions (or the grid's cells) in steps: the first screen's at once, the rest once the
 * browser is idle, a step at a time, so a 1,000-session day paints its first screen without
 * waiting for the other 960. A list shown again (a day switched back to) starts again at its first
 * screen, as its rows were let go. Find-in-page reaches a session once its step is built (within a
 * second or two); deep links and printing build everything first (`all`).
 */
export class FirstScreen implements ReactiveController {
  /** How much of each list the last render built; a list it did not render is forgotten. */
  #built = new Map<unknown[], number>();
  #rendering = new Map<unknown[], number>();
  #pending = false;
  #whole = false;

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

  hostUpdate(): void {
    this.#built = this.#rendering;
    this.#rendering = new Map();
  }

  /** What of `sessions` to build now: a short list whole, else `first` of them on the first screen; asks for the next step when something is left out. */
  slice<T>(sessions: T[], first = FIRST): T[] {
    // The server (seminar-agenda/ssr) renders the whole list: a page without JavaScript gets no later steps.
    if (isServer || this.#whole || sessions.length <= Math.max(first, WHOLE)) return sessions;
    const limit = this.#built.get(sessions) ?? first;
    this.#rendering.set(sessions, limit);
    if (sessions.length <= limit) return sessions;
    if (!this.#pending) {
      this.#pending = true;
      whenIdle(() => {
        this.#pending = false;
        for (const [list, built] of this.#rendering) this.#rendering.set(list, built + STEP);
        this.host.requestUpdate();
      });
    }
    return sessions.slice(0, limit);
  }

  /**
   * Called after an update, when the layout is read anyway: while the last row built (`lastRow`,
   * of the first list) ends above the bottom of the window, each list cut short builds twice as
   * much at once, so the first frame painted has no gap under the rows, whatever their height.
   */
  fill(lastRow: Element | null): void {
    if (!lastRow?.checkVisibility() || lastRow.getBoundingClientRect().bottom >= window.innerHeight) return;
    const short = [...this.#rendering].filter(([list, built]) => built < list.length);
    for (const [list, built] of short) this.#rendering.set(list, built * 2);
    if (short.length) this.host.requestUpdate();
  }

  /** Builds every session at the next update. */
  readonly all = () => {
    this.#whole = true;
    this.host.requestUpdate();
  };
}
