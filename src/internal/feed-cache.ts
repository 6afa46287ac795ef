import { whenIdle } from './idle.js';
import { readStored, writeStored } from './storage.js';

/**
 * The last valid feed per URL in localStorage, so a visitor still sees the program
 * when a later load fails. Full or disabled storage leaves the cache empty.
 */
export interface CachedFeed {
  text: string;
  etag?: string;
  /** Epoch milliseconds of the fetch that produced it. */
  fetchedAt: number;
}

const key = (url: string) => `seminar-agenda:feed:${url}`;

export function readCachedFeed(url: string): CachedFeed | undefined {
  const stored = readStored(key(url));
  try {
    return stored ? (JSON.parse(stored) as CachedFeed) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps `feed` once the browser is idle. Serialising and writing a large export blocks the main
 * thread (~190 ms for 38C3), so it must not stand between the fetch and the first render; a page
 * closed before then loses only this copy.
 */
export function writeCachedFeedWhenIdle(url: string, feed: CachedFeed): void {
  whenIdle(() => writeStored(key(url), JSON.stringify(feed)));
}
