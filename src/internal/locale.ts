/**
 * The UI locale of an element: its own `lang`, else what an enclosing
 * `<seminar-agenda>` provides, else the nearest `lang` in the page, else English.
 */
export function resolveLocale(host: HTMLElement, provided: string | undefined): string {
  return host.lang || provided || host.closest<HTMLElement>('[lang]')?.lang || 'en';
}
