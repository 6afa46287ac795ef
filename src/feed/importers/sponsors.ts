/**
 * Sponsor lists → feed v1 sponsors. Organizers keep sponsors apart from the program,
 * either as feed v1 entries or in a list of their own such as COSCUP's (`level`,
 * `image`, `link`, and a name and intro per language); one entry may mix both.
 */
import { ProblemList, type FeedProblem } from '../problem.js';
import { LIMITS, type FeedInput } from '../schema.js';
import { absoluteUrl, uniqueId, record, text, type JsonObject } from './read.js';
import { failure } from './result.js';

export type SponsorEntry = NonNullable<FeedInput['sponsors']>[number];

export interface SponsorListOptions {
  /** The page's language (BCP 47): picks among names and intros given per language. */
  language?: string;
  /** Where the list was fetched from: relative links and logos resolve against it. */
  baseUrl?: string;
}

/** Feed v1 sponsors and what could not be mapped; with an error there are no sponsors. */
export interface SponsorListResult {
  sponsors?: SponsorEntry[];
  problems: FeedProblem[];
}

interface Context extends SponsorListOptions {
  problems: ProblemList;
  ids: Set<string>;
}

const KNOWN_KEYS = new Set(['id', 'name', 'tier', 'level', 'url', 'link', 'logo', 'image', 'description', 'intro']);

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** Lower is better: the page's exact tag, then its primary language, then English, then any. */
function preference(tag: string, language = ''): number {
  if (tag.toLowerCase() === language.toLowerCase()) return 0;
  if (primary(tag) === primary(language)) return 1;
  return primary(tag) === 'en' ? 2 : 3;
}

/**
 * A text, or the best of a text per language (`{"en": …, "zh-TW": …}`) with the
 * path suffix of the one picked. Empty translations do not count: another language
 * tells visitors more than nothing.
 */
function pick(value: unknown, language: string | undefined): { text: string; at: string } | undefined {
  const plain = text(value);
  if (plain !== undefined) return { text: plain, at: '' };
  const texts = Object.entries(record(value) ?? {}).flatMap(([tag, entry]) => {
    const found = text(entry);
    return found === undefined ? [] : [{ text: found, at: `.${tag}`, tag }];
  });
  return texts.sort((a, b) => preference(a.tag, language) - preference(b.tag, language))[0];
}

/**
 * COSCUP intros are written for a sponsor page, several paragraphs long; a strip has
 * room for the first. One still too long is left out, not cut: a sentence cut short
 * would put words in the sponsor's mouth.
 */
function intro(value: unknown, path: string, context: Context): string | undefined {
  const picked = pick(value, context.language);
  if (!picked) return undefined;
  const first = picked.text.split(/[\r\n]/, 1)[0]!.trim();
  if (first.length <= LIMITS.text) return first;
  context.problems.warn(
    `${path}${picked.at}`,
    `first paragraph is ${first.length} characters, more than ${LIMITS.text}; description left out`,
  );
  return undefined;
}

function link(entry: JsonObject, keys: readonly string[], path: string, context: Context): string | undefined {
  const key = keys.find((candidate) => text(entry[candidate]) !== undefined);
  return key === undefined ? undefined : absoluteUrl(entry[key], context.baseUrl, `${path}.${key}`, context.problems);
}

/** Letters of any script stay, so a name written only in Chinese still gives an id. */
function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'sponsor'
  );
}

function sponsorId(entry: JsonObject, name: string, path: string, context: Context): string {
  const own = text(entry.id);
  const wanted = own ?? slug(name);
  if (own === undefined) context.problems.warn(`${path}.id`, `missing; using "${wanted}" from the name`);
  return uniqueId(context.ids, wanted, `${path}.id`, context.problems);
}

const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** Flags such as COSCUP's `prepare` show nothing; text would, so losing it is reported. */
function reportUnmapped(entry: JsonObject, path: string, problems: ProblemList): void {
  for (const [key, value] of Object.entries(entry)) {
    if (KNOWN_KEYS.has(key)) continue;
    if (isText(value) || Object.values(record(value) ?? {}).some(isText)) {
      problems.warn(`${path}.${key}`, 'not imported: feed v1 sponsors have no such field');
    }
  }
}

function mapSponsor(value: unknown, path: string, context: Context): SponsorEntry | undefined {
  const entry = record(value);
  if (!entry) {
    context.problems.warn(path, 'is not an object; sponsor left out');
    return undefined;
  }
  const name = pick(entry.name, context.language)?.text;
  if (name === undefined) {
    context.problems.warn(`${path}.name`, 'missing; sponsor left out');
    return undefined;
  }
  reportUnmapped(entry, path, context.problems);
  // Feed v1 names first: an entry that has both was written for this feed.
  return {
    id: sponsorId(entry, name, path, context),
    name,
    tier: text(entry.tier) ?? text(entry.level),
    url: link(entry, ['url', 'link'], path, context),
    logo: link(entry, ['logo', 'image'], path, context),
    description: text(entry.description) ?? intro(entry.intro, `${path}.intro`, context),
  };
}

/** The entries and the JSON path of the list that holds them. */
function entriesOf(input: unknown): { entries: unknown[]; root: string } | undefined {
  if (Array.isArray(input)) return { entries: input, root: '' };
  const sponsors = record(input)?.sponsors;
  return Array.isArray(sponsors) ? { entries: sponsors, root: 'sponsors' } : undefined;
}

/**
 * Reads a parsed sponsor list: an array of entries, or an object with a `sponsors`
 * array (a whole feed v1 too). Never throws on bad input: every failure is a problem.
 */
export function importSponsors(input: unknown, options: SponsorListOptions = {}): SponsorListResult {
  const found = entriesOf(input);
  if (!found) return failure('', 'is not a sponsor list: expected an array of sponsors, or an object with a "sponsors" array');
  const context: Context = { ...options, problems: new ProblemList(), ids: new Set() };
  const sponsors = found.entries.flatMap((entry, index) => mapSponsor(entry, `${found.root}[${index}]`, context) ?? []);
  return { sponsors, problems: context.problems.warnings };
}
