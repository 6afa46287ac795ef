import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { timelineMenuStyles } from '../components/seminar-timeline/seminar-timeline-menu.styles.js';
import { addStyles } from '../internal/add-styles.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Keys that move focus inside an open menu: to an index, or by a step that wraps. */
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The WAI-ARIA menu button pattern for the one actions menu per session: a click opens it on its
 * first item; arrows, Home and End move; Escape and Tab close it and return focus to its button; a
 * press anywhere else closes it. At most one menu is open. The host renders `#<id>--actions` (the
 * button) and `#<id>--menu` (the menu) in its shadow root. The CDN bundle loads this module on the
 * first press of an actions button (session-menu-on-use.ts), which also opens it from the keyboard.
 */
export class SessionMenuController implements ReactiveController {
  /** Id of the session whose menu is open. */
  open?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
    // The menu's styles come with this module, which most visitors never load.
    addStyles(host, timelineMenuStyles);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.#onPointerDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.#onPointerDown);
  }

  /** Opens a closed menu on its first item, or closes an open one. */
  toggle(id: string): void {
    if (this.open === id) this.close();
    else void this.show(id, 0);
  }

  /** Closes the open menu; focus goes back to its button. */
  close(): void {
    const id = this.open;
    if (id === undefined) return;
    this.open = undefined;
    this.host.requestUpdate();
    this.#part(id, 'actions')?.focus();
  }

  readonly onMenuKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' || event.key === 'Tab') {
      // Tab keeps its default: focus moves on from the button, as from any other control.
      if (event.key === 'Escape') event.preventDefault();
      this.close();
      return;
    }
    const move = MOVES[event.key];
    const items = this.#items();
    const index = items.indexOf(event.target as HTMLElement);
    if (!move || index < 0) return;
    event.preventDefault();
    items[move(index, items.length)]!.focus();
  };

  /** Opens the menu of session `id` on its item at `index` (negative counts from the end). */
  async show(id: string, index: number): Promise<void> {
    this.open = id;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.#items().at(index)?.focus();
  }

  #items(): HTMLElement[] {
    const menu = this.open === undefined ? undefined : this.#part(this.open, 'menu');
    return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  #part(id: string, name: 'actions' | 'menu'): HTMLElement | null | undefined {
    return this.host.shadowRoot?.getElementById(`${id}--${name}`);
  }

  readonly #onPointerDown = (event: PointerEvent) => {
    if (this.open === undefined) return;
    const path = event.composedPath();
    const inside = [this.#part(this.open, 'menu'), this.#part(this.open, 'actions')].some((el) => el && path.includes(el));
    if (inside) return;
    this.open = undefined;
    this.host.requestUpdate();
  };
}
