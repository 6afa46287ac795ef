import type { EventModel } from '../feed/model.js';

/**
 * localStorage that never throws: it is missing or throws on access with
 * cookies blocked, in sandboxed frames and in some private modes.
 */
export function readStored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // The choice then lasts for this page view only.
  }
}

/**
 * The key of what an agenda keeps about one event: `seminar-agenda:<purpose>:<event title>`. The
 * title, not the feed URL: it outlives edits of the program and moves of the feed, and names the
 * event the same for a feed given inline or as a property.
 */
export function eventStorageKey(purpose: string, title: string): string {
  return `seminar-agenda:${purpose}:${title}`;
}

/**
 * One edition of an event, `<title>@<first day>`, for eventStorageKey where next year's edition of a
 * seminar should start afresh (favourites, the chosen view). The changes since a visit key by title
 * alone, so that a program whose first day moved still shows what moved.
 */
export function editionOf({ title, start }: EventModel): string {
  return `${title}${start === undefined ? '' : `@${new Date(start).toISOString().slice(0, 10)}`}`;
}
