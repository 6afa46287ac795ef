import type { SessionKind } from '../feed/schema.js';
import type { FilterDimension } from '../feed/search.js';
import { primaryLanguage, type MessageOverrides } from './index.js';
import { da } from './locales/find-da.js';
import { en } from './locales/find-en.js';

/**
 * The strings of the search and filter bar. They live apart from `Messages` because the bar is
 * a chunk only large programs load; a page's `messages` overrides reach them all the same.
 */
export interface FindMessages {
  /** Label of the search box. */
  search: string;
  /** Name of the group that holds the search box and the filters. */
  searchAndFilters: string;
  /** Label of each filter. */
  filters: Record<FilterDimension, string>;
  /** Every kind, as a filter offers it. */
  kindNames: Record<SessionKind, string>;
  /** How many sessions match; `count` and `total` come formatted, equal when nothing narrows the program. */
  matches: (count: string, total: string, narrowed: boolean) => string;
  noResults: string;
  /** The one button that empties the search box and every filter. */
  clear: string;
}

const catalogue: Record<string, FindMessages> = { da, en };

/** Like `messagesFor`: the tag, its language, then English, with a page's overrides on top. */
export function findMessagesFor(locale: string, overrides: MessageOverrides = {}): FindMessages {
  const base = catalogue[locale.toLowerCase()] ?? catalogue[primaryLanguage(locale)] ?? en;
  return {
    ...base,
    ...overrides,
    filters: { ...base.filters, ...overrides.filters },
    kindNames: { ...base.kindNames, ...overrides.kindNames },
  };
}
