import { parseFeed } from '../../src/feed/index.js';
import type { AgendaModel } from '../../src/feed/model.js';
import type { FeedInput } from '../../src/feed/schema.js';

/** The seminar demo feed, as served by the test runner from the repository root. */
export async function seminarFeed(): Promise<FeedInput> {
  const response = await fetch('/demo/feeds/seminar.da.json');
  return (await response.json()) as FeedInput;
}

/** A small valid feed; tests change what they need. */
export function minimalFeed(): FeedInput {
  return {
    version: 1,
    event: { title: 'Test day', timeZone: 'Europe/Copenhagen', language: 'en' },
    sessions: [
      { id: 'open', start: '2025-05-20T09:00', end: '2025-05-20T09:30', kind: 'welcome', title: 'Opening', speakers: ['ada'] },
      { id: 'coffee', start: '2025-05-20T09:30', end: '2025-05-20T09:45', kind: 'break', title: 'Coffee' },
    ],
    speakers: [{ id: 'ada', name: 'Ada Lovelace', jobTitle: 'Analyst', organization: 'Engines Ltd' }],
    sponsors: [{ id: 'acme', name: 'Acme', tier: 'gold', url: 'https://acme.example/' }],
  };
}

/** Two days in Copenhagen; day two has a nested session. */
export function twoDayFeed(): FeedInput {
  return {
    version: 1,
    event: { title: 'Two days', timeZone: 'Europe/Copenhagen', language: 'en' },
    sessions: [
      { id: 'd1-open', start: '2025-05-20T09:00', end: '2025-05-20T10:00', title: 'Day one opening' },
      { id: 'd1-talk', start: '2025-05-20T10:00', end: '2025-05-20T11:00', title: 'Day one talk' },
      {
        id: 'd2-open',
        start: '2025-05-21T09:00',
        end: '2025-05-21T10:00',
        title: 'Day two opening',
        sessions: [{ id: 'd2-child', title: 'Nested on day two' }],
      },
    ],
  };
}

/** A night session across Copenhagen's spring-forward change (02:00 → 03:00 on 30 March 2025). */
export function dstFeed(): FeedInput {
  return {
    version: 1,
    event: { title: 'Night of the clocks', timeZone: 'Europe/Copenhagen', language: 'da' },
    sessions: [{ id: 'night', start: '2025-03-30T01:30', end: '2025-03-30T03:30', title: 'Natten hvor uret stilles' }],
  };
}

/** The normalised model of a feed that must be valid. */
export function modelOf(feed: unknown): AgendaModel {
  const result = parseFeed(feed);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}
