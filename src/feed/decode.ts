import type { ImportFormat, ImportOptions } from './importers/types.js';
import {
  failed,
  readJson,
  validateFeed,
  type ParseFailure,
  type ParseOptions,
  type ParseResult,
  type Refusal,
  type KeyWalk,
} from './validate.js';
import { isFeed, isFrabXml } from './format.js';
import { loadOnUse } from './on-use.js';

/** How a source is read: feed v1 (`agenda`), an export format, or `auto`, recognised from the content. */
export type SourceFormat = 'auto' | ImportFormat;

export interface DecodeOptions extends ParseOptions {
  /** Default `auto`. */
  format?: SourceFormat;
  /** IANA zone of the event, for exports that carry none (Sessionize) or a wrong one. */
  timeZone?: string;
}

type Importers = typeof import('./importers/index.js');

/**
 * The report on a refused feed (refusal.ts) with its unknown keys, imported on first use so
 * that pages with a valid feed never load them. A report that cannot be loaded still fails
 * the feed, in fewer words.
 */
function reportOnUse(refusal: Refusal): Promise<ParseFailure> {
  return loadOnUse(
    () => Promise.all([import('./refusal.js'), import('./unknown-keys.js')]),
    ([{ reportRefusal }, { unknownKeyWarnings }]) => {
      const report = reportRefusal(refusal);
      return { ...report, warnings: [...unknownKeyWarnings(refusal.input), ...report.warnings] };
    },
    (reason) => failed('invalid', `is not a valid feed; the report on its problems could not be loaded (${reason})`),
  );
}

/**
 * parseFeed for the elements: a valid feed's result comes without waiting for anything, and
 * carries the feed as `unchecked` for the unknown-key walk once it is shown, unless `walk` runs it now.
 */
export function parseFeedOnUse(input: unknown, options: ParseOptions = {}, walk?: KeyWalk): ParseResult | Promise<ParseResult> {
  const verdict = validateFeed(input, options, walk);
  return 'refused' in verdict ? reportOnUse(verdict) : verdict;
}

/**
 * Reads fetched text as a program. A feed is parsed here; an export goes through the
 * importers, which are imported on first use so that pages publishing feeds never load
 * them. What an importer could not map joins the warnings.
 */
export async function decodeFeedText(text: string, options: DecodeOptions = {}): Promise<ParseResult> {
  const { format = 'auto', timeZone, ...parse } = options;
  if (format === 'frab-xml' || (format === 'auto' && isFrabXml(text))) return viaImporter(text, { format, timeZone }, parse);
  const json = readJson(text);
  if (!json.ok) return json;
  if (format === 'agenda' || (format === 'auto' && isFeed(json.value))) return parseFeedOnUse(json.value, parse);
  return viaImporter(json.value, { format, timeZone }, parse);
}

function viaImporter(input: unknown, options: ImportOptions & { format: SourceFormat }, parse: ParseOptions): Promise<ParseResult> {
  return loadOnUse(
    () => import('./importers/index.js'),
    (importers) => importWith(importers, input, options, parse),
    (reason) => failed('network', `the importers could not be loaded (${reason})`),
  );
}

async function importWith(
  importers: Importers,
  input: unknown,
  options: ImportOptions & { format: SourceFormat },
  parse: ParseOptions,
): Promise<ParseResult> {
  // Neither a feed nor an export it knows: most likely a feed with a mistake, so say what is wrong with it.
  if (options.format === 'auto' && typeof input !== 'string' && !importers.detectFormat(input)) return parseFeedOnUse(input, parse);
  const { feed, problems } = await importers.importFeed(input, options);
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  if (!feed) return { ok: false, kind: 'invalid', errors: problems.filter((problem) => problem.severity === 'error'), warnings };
  // The importers write only keys the format knows; nothing to walk.
  const result = await parseFeedOnUse(feed, parse, () => []);
  return { ...result, warnings: [...warnings, ...result.warnings] };
}
