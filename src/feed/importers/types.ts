import type { FeedInput, SessionInput } from '../schema.js';
import type { FeedProblem } from '../problem.js';

/** The formats `importFeed` reads; `agenda` is feed v1 itself. */
export const IMPORT_FORMATS = ['agenda', 'c3voc', 'frab-xml', 'sessionize'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportOptions {
  /** IANA zone of the event. Required for Sessionize; overrides what a schedule declares. */
  timeZone?: string;
  /** Event title; Sessionize exports carry none. */
  title?: string;
}

/** Feed v1 as importers build it: the recursive session schema leaves `FeedInput['sessions']` untyped. */
export type ImportedFeed = Omit<FeedInput, 'sessions'> & { sessions: SessionInput[] };

/**
 * A feed v1 object and what could not be mapped. Warnings name a JSON path of the
 * source and what was lost; with an error there is no feed.
 */
export interface ImportResult {
  feed?: ImportedFeed;
  problems: FeedProblem[];
}

export type SpeakerEntry = NonNullable<FeedInput['speakers']>[number];
