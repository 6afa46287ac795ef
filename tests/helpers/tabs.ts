import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { settled } from './settle.js';

/** The tab buttons of a `<seminar-day-tabs>`, in order. */
export function tabsOf(tabs: Element): HTMLButtonElement[] {
  return [...tabs.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
}

/** Index of the tab marked selected, -1 for none. */
export function selectedTab(tabs: Element): number {
  return tabsOf(tabs).findIndex((tab) => tab.getAttribute('aria-selected') === 'true');
}

/** Index of the tab that has focus, -1 for none. */
export function focusedTab(tabs: Element): number {
  return tabsOf(tabs).indexOf(tabs.shadowRoot!.activeElement as HTMLButtonElement);
}

/**
 * Focuses the first tab of `tabs`, then presses each key and expects the tab it names to be
 * selected, focused and the one tab stop once `root` (the tabs or an agenda around them) settles.
 */
export async function pressTabKeys(root: Element, tabs: Element, steps: Array<[key: string, tab: number]>): Promise<void> {
  tabsOf(tabs)[0]!.focus();
  for (const [key, expected] of steps) {
    await sendKeys({ press: key });
    await settled(root);
    const tabStops = tabsOf(tabs).map((tab) => tab.tabIndex);
    expect([selectedTab(tabs), focusedTab(tabs), tabStops.indexOf(0)], key).to.deep.equal([expected, expected, expected]);
  }
}
