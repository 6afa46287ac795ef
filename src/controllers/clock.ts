import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { SessionModel } from '../feed/model.js';
import { liveMarks, sameMarks, type LiveMarks } from '../feed/live.js';

const MINUTE = 60_000;

/**
 * Keeps the now/next marks of a program current. It wakes on each minute but
 * asks the host to render only when the marks change, so a tick that changes
 * nothing costs no render at all.
 */
export class LiveController implements ReactiveController {
  marks: LiveMarks = { now: [], next: [] };
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The top-level sessions, and the fixed clock when there is one. */
    private readonly source: () => { sessions: SessionModel[]; now?: number },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A server render (no hostUpdate there) marks nothing: a page built earlier cannot know what runs now.
    if (!isServer) this.#schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  hostUpdate(): void {
    this.marks = this.#compute();
  }

  #compute(): LiveMarks {
    const { sessions, now } = this.source();
    return liveMarks(sessions, now ?? Date.now());
  }

  #schedule(): void {
    this.#timer = setTimeout(this.#tick, MINUTE - (Date.now() % MINUTE));
  }

  readonly #tick = () => {
    if (!sameMarks(this.marks, this.#compute())) this.host.requestUpdate();
    this.#schedule();
  };
}
