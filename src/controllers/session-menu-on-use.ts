import type { ReactiveControllerHost } from 'lit';
import { warnNotLoaded } from '../internal/dev-log.js';
import type { SessionMenuController } from './session-menu.js';

/**
 * The session actions menus of a timeline, with their controller (session-menu.ts) imported on
 * the first press of an actions button: most visitors read the program and never open one. A key
 * that opens a menu keeps its default off at once, before the module is in. If the module cannot
 * load, the buttons do nothing and the program stays as it is.
 */
export class SessionMenu {
  #controller?: SessionMenuController;
  #loading?: Promise<SessionMenuController | void>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** Id of the session whose menu is open. */
  get open(): string | undefined {
    return this.#controller?.open;
  }

  /** Opens a closed menu on its first item, or closes an open one. */
  toggle(id: string): void {
    void this.#load().then((menu) => menu?.toggle(id));
  }

  /** Closes the open menu; focus goes back to its button. */
  close(): void {
    this.#controller?.close();
  }

  /** ArrowDown opens the menu on its first item, ArrowUp on its last. */
  readonly onButtonKeydown = (id: string, event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = event.key === 'ArrowDown' ? 0 : -1;
    void this.#load().then((menu) => menu?.show(id, index));
  };

  /** Only an open menu has keys to handle, and it opened through the loaded controller. */
  readonly onMenuKeydown = (event: KeyboardEvent): void => this.#controller?.onMenuKeydown(event);

  #load(): Promise<SessionMenuController | void> {
    this.#loading ??= import('./session-menu.js').then(
      ({ SessionMenuController }) => (this.#controller = new SessionMenuController(this.host)),
      (error: Error) => warnNotLoaded('the session actions menu', error.message),
    );
    return this.#loading;
  }
}
