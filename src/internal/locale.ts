/**
 * The UI locale of every element, by one rule: its own `lang`, else what it was given (the feed's
 * language for an agenda, the agenda's locale for the elements inside it), else the nearest `lang`
 * in the page, else English.
 */
export function resolveLocale(host: HTMLElement, provided: string | undefined): string {
  return host.lang || provided || host.closest<HTMLElement>('[lang]')?.lang || 'en';
}
