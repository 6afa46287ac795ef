import * as z from 'zod/mini';
import type { AgendaModel, SponsorModel } from './model.js';
import { problemsFromIssues } from './issue-messages.js';
import { fetchText, type FetchOptions } from './load.js';
import { groupByTier, normaliseSponsor } from './normalise.js';
import { readJson, type ParseResult } from './validate.js';
import { ProblemList, type FeedProblem } from './problem.js';
import { sponsorSchema } from './schema.js';
import { importSponsors } from './importers/sponsors.js';

/**
 * A fetched sponsor list (`sponsors-src`), read once the program is known: localised
 * sponsor names are picked in the program's language.
 */
export type SponsorList = (model: AgendaModel, problems: ProblemList) => SponsorModel[];

/** Problems of the separate list are reported under this root, never as the feed's. */
const ROOT = 'sponsors-src';

function at(path: string): string {
  if (!path) return ROOT;
  return path.startsWith('[') ? `${ROOT}${path}` : `${ROOT}.${path}`;
}

/** A list that adds nothing and says why; the program is shown all the same. */
function lost(problems: FeedProblem[]): SponsorList {
  return (_model, list) => {
    for (const problem of problems) list.warn(at(problem.path), problem.message);
    return [];
  };
}

/** Validates and normalises one imported entry like a feed's own sponsor; an invalid one is left out. */
function accept(entry: unknown, index: number, problems: ProblemList, base: string): SponsorModel[] {
  const checked = z.safeParse(sponsorSchema, entry, { reportInput: true });
  if (checked.success) return [normaliseSponsor(checked.data, at(`[${index}]`), problems, base)];
  for (const problem of problemsFromIssues(checked.error.issues)) {
    problems.warn(at(`[${index}]${problem.path ? `.${problem.path}` : ''}`), `${problem.message}; sponsor left out`);
  }
  return [];
}

/**
 * Fetches a sponsor list (feed v1 sponsors, or a list such as COSCUP's). Never fails the
 * program: every problem becomes a warning. Only the caller's abort rejects. The CDN bundle
 * imports this module, with the importer, on first use (controllers/feed-source.ts).
 */
export async function loadSponsorList(url: string, options: FetchOptions): Promise<SponsorList> {
  const fetched = await fetchText(url, options);
  if (fetched.status !== 'fetched') return lost(fetched.status === 'failed' ? fetched.failure.errors : []);
  const json = readJson(fetched.text);
  if (!json.ok) return lost(json.errors);
  return (model, problems) => {
    const imported = importSponsors(json.value, { language: model.event.language, baseUrl: fetched.url });
    for (const problem of imported.problems) problems.warn(at(problem.path), problem.message);
    return (imported.sponsors ?? []).flatMap((entry, index) => accept(entry, index, problems, fetched.url));
  };
}

/** Adds the list's sponsors after the feed's own; one whose id the feed already uses is left out. */
export function addSponsorList(result: ParseResult, list: SponsorList): ParseResult {
  if (!result.ok) return result;
  const problems = new ProblemList();
  const current = result.model.sponsorTiers.flatMap((tier) => tier.sponsors);
  const ids = new Set(current.map((sponsor) => sponsor.id));
  const added = list(result.model, problems).filter((sponsor) => {
    if (!ids.has(sponsor.id)) {
      ids.add(sponsor.id);
      return true;
    }
    problems.warn(ROOT, `sponsor id "${sponsor.id}" is already in the feed; left out`);
    return false;
  });
  const model = { ...result.model, sponsorTiers: groupByTier([...current, ...added]) };
  return { ...result, model, warnings: [...result.warnings, ...problems.warnings] };
}
