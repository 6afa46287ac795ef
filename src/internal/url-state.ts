// The rule is in the view's module, which every program loads first: see there.
import { paramName } from '../controllers/program-view.js';
import { emptyFilters, FILTER_DIMENSIONS, type FilterDimension, type Filters } from '../feed/search.js';

/** What the address keeps of a program's search and filters, so a link shows the same selection. */
export interface FindState {
  query: string;
  filters: Filters;
}

const SEARCH_PARAM = 'seminar-q';

/** `seminar-day`, `seminar-room`, `seminar-track`, `seminar-kind`, `seminar-lang`. */
const paramOf = (dimension: FilterDimension) => `seminar-${dimension === 'language' ? 'lang' : dimension}`;

/** A comma inside a value ("Ethics, Society & Politics") is escaped, so it does not split the value. */
const escapeValue = (value: string) => value.replace(/%/g, '%25').replace(/,/g, '%2C');
const unescapeValue = (value: string) => value.replace(/%2C/gi, ',').replace(/%25/g, '%');

/** An agenda's search and filters in the page's address; values are comma-separated, empty ones dropped. */
export function readFindState(agenda: Element, url: string = location.href): FindState {
  const params = new URL(url).searchParams;
  const filters = emptyFilters();
  for (const dimension of FILTER_DIMENSIONS)
    filters[dimension] = (params.get(paramName(agenda, paramOf(dimension))) ?? '').split(',').filter(Boolean).map(unescapeValue);
  return { query: params.get(paramName(agenda, SEARCH_PARAM)) ?? '', filters };
}

/**
 * Puts an agenda's search and filters in the address without a new history entry or a navigation,
 * leaving the page's other parameters and the hash as they are; empty ones are removed.
 */
export function writeFindState(agenda: Element, { query, filters }: FindState): void {
  const url = new URL(location.href);
  const set = (name: string, value: string) =>
    value ? url.searchParams.set(paramName(agenda, name), value) : url.searchParams.delete(paramName(agenda, name));
  set(SEARCH_PARAM, query.trim() ? query : '');
  for (const dimension of FILTER_DIMENSIONS) set(paramOf(dimension), filters[dimension].map(escapeValue).join(','));
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
