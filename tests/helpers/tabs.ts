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
