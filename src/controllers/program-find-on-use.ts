import { nothing, type ReactiveControllerHost } from 'lit';
import { warnNotLoaded } from '../internal/dev-log.js';
import type { FindView, ProgramFindController } from './program-find.js';

/**
 * Programs with more top-level sessions than this get the search and filter bar. Up to here a
 * program (the seminar has 12) reads in a few screens, where the browser's own find serves
 * better than a bar that pushes the program down; a day of 28 talks in 5 rooms (DDD Melbourne)
 * already wants a room filter.
 */
const FIND_FROM = 21;

/**
 * The search and filter bar of an agenda, with its controller (program-find.ts) imported the
 * first time a large program renders: most pages show one small event and never load it. If it
 * cannot load, the program is shown whole, without the bar.
 */
export class ProgramFind {
  #controller?: ProgramFindController | null;
  #shown = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** Ids of the sessions that match; undefined (all) while nothing narrows the program or there is no bar. */
  get visible(): ReadonlySet<string> | undefined {
    return this.#shown ? this.#controller?.visible : undefined;
  }

  /** The bar, or nothing for a small program; call before reading `visible` in the same render. */
  render(view: FindView) {
    this.#shown = view.model.sessions.length >= FIND_FROM;
    if (!this.#shown) return nothing;
    if (this.#controller === undefined) {
      this.#controller = null;
      import('./program-find.js').then(
        ({ ProgramFindController }) => {
          this.#controller = new ProgramFindController(this.host);
          this.host.requestUpdate();
        },
        (error: Error) => warnNotLoaded('search and filters', error.message, 'the whole program is shown'),
      );
    }
    return this.#controller?.render(view) ?? nothing;
  }
}
