import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells its host whether the page is being printed, so it can render what paper needs (every day
 * of a program, not only the selected tab). Print preview switches media without a resize, so the
 * host re-renders on the media query's change and on beforeprint and afterprint.
 */
export class PrintController implements ReactiveController {
  printing = false;
  #query?: MediaQueryList;

  /** Added to a host that may already be connected and rendered: it renders again when the page is printing. */
  constructor(private readonly host: ReactiveControllerHost) {
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
  };
}
