import { nothing, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/index.js';
import { warnNotLoaded } from '../internal/dev-log.js';
import type { ProgramViewController, ViewSource } from './program-view.js';

/**
 * The list/grid switch of an agenda, with its controller (program-view.ts) imported when the
 * first program renders: the program shows at once, in the view the `view` attribute names, and
 * the switch joins it a moment later with the visitor's remembered or linked choice. If the
 * module cannot load, the program stays in that view and has no switch.
 */
export class ProgramView {
  #controller?: ProgramViewController;
  #requested = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => ViewSource,
  ) {}

  /** The view to show: the attribute's until the controller is in. */
  get view(): string | undefined {
    return this.#controller?.view ?? this.source().view;
  }

  render(messages: Messages) {
    if (!this.#requested) {
      this.#requested = true;
      import('./program-view.js').then(
        ({ ProgramViewController }) => {
          this.#controller = new ProgramViewController(this.host, this.source);
          this.host.requestUpdate();
        },
        (error: Error) => warnNotLoaded('the list/grid switch', error.message, 'the program keeps its view'),
      );
    }
    return this.#controller?.render(messages) ?? nothing;
  }
}
