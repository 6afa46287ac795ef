import { reportRefusal } from './refusal.js';
import { unknownKeyWarnings } from './unknown-keys.js';
import { readJson, validateFeed, type ParseOptions, type ParseResult } from './validate.js';

export { failed, MAX_DEPTH, readJson, type FailureKind, type ParseFailure, type ParseOptions, type ParseResult } from './validate.js';

/**
 * Validates a feed object and returns the normalised model, or every problem that stops it:
 * the schema's errors and the cross-field checks' errors in one report, in document order.
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  const verdict = validateFeed(input, options, unknownKeyWarnings);
  return 'refused' in verdict ? reportRefusal(verdict) : verdict;
}

/** Parses feed JSON text; a syntax error is reported as a problem, not thrown. */
export function parseFeedText(text: string, options: ParseOptions = {}): ParseResult {
  const json = readJson(text);
  return json.ok ? parseFeed(json.value, options) : json;
}
