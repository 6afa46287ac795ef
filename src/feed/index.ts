/** The DOM-free feed entry: schema, parsing and types; runs in browsers and Node. */
export * from './schema.js';
export { FIELD_DOCS } from './schema-docs.js';
export type * from './model.js';
export { parseFeed, parseFeedText, type ParseResult, type ParseOptions, type FailureKind } from './parse.js';
export { decodeFeedText, type DecodeOptions, type SourceFormat } from './decode.js';
export { loadFeed, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type LoadOptions, type LoadOutcome } from './load.js';
export { describeProblem, formatPath, type FeedProblem } from './problem.js';
export { toInstant, isTimeZone } from './time.js';
