/**
 * Importers from the formats organizers already keep their program in. Pure and
 * DOM-free apart from the XML adapter, which uses DOMParser only where it exists.
 */
import { importC3voc } from './c3voc.js';
import { importFrabXml } from './frab-xml.js';
import { isFeed, isFrabXml } from '../format.js';
import { readJson } from '../validate.js';
import { record } from './read.js';
import { failure } from './result.js';
import { importSessionize } from './sessionize.js';
import { IMPORT_FORMATS, type ImportedFeed, type ImportFormat, type ImportOptions, type ImportResult } from './types.js';

export { importC3voc } from './c3voc.js';
export { importFrabXml, importFrabXmlTree } from './frab-xml.js';
export { importSessionize } from './sessionize.js';
export { splitTagLine } from './sessionize-speaker.js';
export { importSponsors, type SponsorEntry, type SponsorListOptions, type SponsorListResult } from './sponsors.js';
export { parseXml, fromDom, type XmlElement } from './xml.js';
export { IMPORT_FORMATS, type ImportedFeed, type ImportFormat, type ImportOptions, type ImportResult } from './types.js';

export interface ImportFeedOptions extends ImportOptions {
  /** Default `auto`: recognised from the content. */
  format?: ImportFormat | 'auto';
}

function detectObject(value: unknown): ImportFormat | undefined {
  const root = record(value);
  if (!root) return undefined;
  if (isFeed(root)) return 'agenda';
  if (record(record(root.schedule)?.conference)) return 'c3voc';
  if (Array.isArray(root.sessions) && Array.isArray(root.speakers) && (Array.isArray(root.rooms) || Array.isArray(root.categories)))
    return 'sessionize';
  return undefined;
}

/** Recognises a format from text or a parsed JSON value; undefined when it is none of them. */
export function detectFormat(input: unknown): ImportFormat | undefined {
  if (typeof input !== 'string') return detectObject(input);
  if (/^\s*</.test(input)) return isFrabXml(input) ? 'frab-xml' : undefined;
  try {
    return detectObject(JSON.parse(input));
  } catch {
    return undefined;
  }
}

function importJson(format: Exclude<ImportFormat, 'frab-xml'>, value: unknown, options: ImportOptions): ImportResult {
  if (format === 'c3voc') return importC3voc(value, options);
  if (format === 'sessionize') return importSessionize(value, options);
  // Already a feed: parseFeed validates it, as for any feed.
  return { feed: value as ImportedFeed, problems: [] };
}

/**
 * Reads `input` (text, or an already parsed JSON value) in the given or detected
 * format. Never rejects on bad input: every failure is an error problem.
 */
export async function importFeed(input: unknown, options: ImportFeedOptions = {}): Promise<ImportResult> {
  const { format = 'auto', ...rest } = options;
  if (format !== 'auto' && !IMPORT_FORMATS.includes(format)) {
    return failure('', `unknown format "${String(format)}"; use auto, ${IMPORT_FORMATS.join(', ')}`);
  }
  const chosen = format === 'auto' ? detectFormat(input) : format;
  if (!chosen) return failure('', `the format is not recognised; name it (${IMPORT_FORMATS.join(', ')})`);
  if (chosen === 'frab-xml') {
    return typeof input === 'string' ? importFrabXml(input, rest) : failure('', 'frab-xml needs the XML text');
  }
  const json = typeof input === 'string' ? readJson(input) : { ok: true as const, value: input };
  return json.ok ? importJson(chosen, json.value, rest) : failure('', json.errors[0]!.message);
}
