import { html } from 'lit';
import { SeminarDaySelectEvent } from '../../events/seminar-day-select-event.js';
import { SeminarElement } from '../../internal/seminar-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { dayTabsStyles } from './seminar-day-tabs.styles.js';

/** One tab: the ISO date it selects and the text it shows. */
export interface DayTab {
  value: string;
  label: string;
}

const KEY_STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The tab a key moves to, wrapping at the ends; left and right swap in right-to-left text. */
function targetIndex(key: string, current: number, count: number, rtl: boolean): number | undefined {
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = KEY_STEPS[key];
  if (!step) return undefined;
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  return (current + (rtl && horizontal ? -step : step) + count) % count;
}

/**
 * A day switcher following the WAI-ARIA tabs pattern: one tab stop, arrow keys
 * move and select (wrapping, mirrored right to left), Home and End jump. The
 * content of the selected day is the slotted tab panel.
 *
 * @tagname seminar-day-tabs
 * @summary Tabs that switch between the days of a program.
 *
 * @slot - The selected day's content.
 *
 * @fires seminar-day-select - The visitor picked a day; detail has its ISO date.
 *
 * @csspart tablist - The row of tabs.
 * @csspart tab - One day tab; the selected one also has the part tab-selected.
 * @csspart tab-selected - The selected tab.
 * @csspart panel - The panel around the selected day's content.
 */
export class SeminarDayTabs extends SeminarElement {
  static override styles = [sharedStyles, dayTabsStyles];

  static override get properties() {
    return {
      tabs: { attribute: false },
      selected: {},
      label: {},
    };
  }

  /** The days to offer, in order. */
  tabs: DayTab[] = [];

  /** ISO date of the selected day; the first day when unset or unknown. */
  selected?: string;

  /** Accessible name of the tab list. */
  label = '';

  get #selectedIndex(): number {
    return Math.max(
      0,
      this.tabs.findIndex((tab) => tab.value === this.selected),
    );
  }

  override render() {
    const current = this.#selectedIndex;
    return html`<div part="tablist" class="tablist" role="tablist" aria-label=${this.label} @keydown=${this.#onKeydown}>
        ${this.tabs.map(
          (tab, index) => html`<button
          part=${index === current ? 'tab tab-selected' : 'tab'} class="tab" type="button" role="tab" id="tab-${index}"
          aria-selected=${index === current ? 'true' : 'false'} aria-controls="panel" tabindex=${index === current ? 0 : -1}
          @click=${() => this.#select(index)}>${tab.label}</button>`,
        )}
      </div>
      <div part="panel" class="panel" role="tabpanel" id="panel" aria-labelledby="tab-${current}" tabindex="0"><slot></slot></div>`;
  }

  #onKeydown(event: KeyboardEvent): void {
    const rtl = getComputedStyle(this).direction === 'rtl';
    const index = targetIndex(event.key, this.#selectedIndex, this.tabs.length, rtl);
    if (index === undefined) return;
    event.preventDefault();
    void this.#select(index, true);
  }

  async #select(index: number, moveFocus = false): Promise<void> {
    const tab = this.tabs[index];
    if (!tab) return;
    const changed = tab.value !== this.tabs[this.#selectedIndex]?.value;
    this.selected = tab.value;
    if (changed) this.dispatchEvent(new SeminarDaySelectEvent({ day: tab.value }));
    if (!moveFocus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${index}`)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'seminar-day-tabs': SeminarDayTabs;
  }
}
