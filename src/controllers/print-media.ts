import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A Lit element: its update can be run at once, as `performUpdate` does for a pending one. */
type Host = ReactiveControllerHost & { performUpdate(): void };

/**
 * Tells its host whether the page is being printed, so it can render what paper needs (every day
 * of a program, not only the selected tab; the handout). Print preview switches media without a
 * resize, so the host re-renders on the media query's change and on beforeprint and afterprint.
 */
export class PrintController implements ReactiveController {
  printing = false;
  #query?: MediaQueryList;

  /**
   * Added to a host that may already be connected and rendered: it renders again when the page is
   * printing. `changed` hears every switch, after the host has been asked to render.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly changed?: (printing: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#query = matchMedia('print');
    this.#query.addEventListener('change', this.#update);
    window.addEventListener('beforeprint', this.#update);
    window.addEventListener('afterprint', this.#update);
    this.printing = this.#query.matches;
    if (this.printing) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#update);
    window.removeEventListener('beforeprint', this.#update);
    window.removeEventListener('afterprint', this.#update);
  }

  readonly #update = (event: Event) => {
    const printing = event.type === 'beforeprint' || (event.type !== 'afterprint' && this.#query!.matches);
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
    // window.print() from a script dispatches beforeprint with that script still running, so a
    // microtask update would come after the page is laid out for paper: render before returning.
    if (event.type === 'beforeprint') (this.host as Host).performUpdate();
    this.changed?.(printing);
  };
}
