import { nothing, type ReactiveControllerHost } from 'lit';
import type { AgendaModel } from '../feed/model.js';
import { warnNotLoaded } from '../internal/dev-log.js';
import { whenIdle } from '../internal/idle.js';
import type { View } from '../internal/session-templates.js';
import { eventStorageKey, readStored } from '../internal/storage.js';
import type { ChangeMarks, ChangeTracker } from './changes.js';

/**
 * The changes since the visitor's last visit, with their controller (changes.ts) in a chunk:
 * imported at once when a program seen before is stored for this event, else once the browser
 * is idle (a first visit only keeps what it saw). If it cannot load, the program shows unmarked.
 */
export class ChangesOnUse {
  #tracker?: ChangeTracker;
  #latest?: AgendaModel;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** `enabled`: the `changes` attribute; `store`: localStorage allowed. */
    private readonly options: () => { enabled: boolean; store: boolean },
  ) {}

  /** Marks for the timeline; undefined while there are none to show. */
  get marks(): ChangeMarks | undefined {
    return this.options().enabled ? this.#tracker?.marks : undefined;
  }

  /** Takes in each program the host shows (the first one, and each refresh). */
  seen(model: AgendaModel): void {
    const { enabled, store } = this.options();
    if (!enabled) return;
    if (this.#tracker) return this.#tracker.seen(model, store);
    const first = !this.#latest;
    this.#latest = model;
    if (!first) return;
    const load = () =>
      void import('./changes.js').then(
        ({ ChangeTracker }) => (this.#tracker = new ChangeTracker(this.host)).seen(this.#latest!, this.options().store),
        (error: Error) => warnNotLoaded('the change marks', error.message),
      );
    if (store && readStored(eventStorageKey('seen', model.event.title))) load();
    else whenIdle(load);
  }

  /** The summary line and the live region for refreshes, once loaded. */
  renderSummary(view: View) {
    return this.options().enabled && this.#tracker ? this.#tracker.renderSummary(view) : nothing;
  }
}
