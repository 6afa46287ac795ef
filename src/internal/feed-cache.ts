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

export function writeCachedFeed(url: string, feed: CachedFeed): void {
  writeStored(key(url), JSON.stringify(feed));
}
