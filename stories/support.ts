import { html, type TemplateResult } from 'lit';
import { parseFeed, type AgendaModel, type FeedInput } from '../src/feed/index.js';

/** The seminar feed as the demo page loads it (served through staticDirs). */
export const SEMINAR_URL = '/demo/feeds/seminar.da.json';

// Fetched from the static /demo, not imported: in the dev server an import of ../demo/feeds/… reached
// that static folder and got JSON where a module was expected, and every story stayed blank.
const seminar: unknown = await (await fetch(SEMINAR_URL)).json();

/** A URL whose fetch never settles, for the loading state. */
export const NEVER_URL = '/never-answers.json';

/** A port nothing listens on: the fetch fails at once, as when the feed's server is down. */
export const UNREACHABLE_URL = 'http://127.0.0.1:9/feed.json';

// Patched here, not in a server, so the loading story works wherever the static Storybook is hosted.
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) => (String(input).endsWith(NEVER_URL) ? new Promise<Response>(() => {}) : realFetch(input, init));

/** The seminar feed, copied so a story can change it. */
export function seminarFeed(): FeedInput {
  return structuredClone(seminar) as FeedInput;
}

/** The model the standalone timeline and sponsor strip take; relative URLs resolve against the page. */
export function modelOf(feed: FeedInput): AgendaModel {
  const result = parseFeed(feed, { baseUrl: location.href });
  if (!result.ok) throw new Error(`story feed is invalid: ${result.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  return result.model;
}

/** A small English feed; stories add what they show. */
export function smallFeed(extra: Partial<FeedInput> = {}): FeedInput {
  return {
    version: 1,
    event: { title: 'Clinical AI in practice', timeZone: 'Europe/Copenhagen', language: 'en' },
    sessions: [
      { id: 'open', start: '2025-05-20T09:00', end: '2025-05-20T09:30', kind: 'welcome', title: 'Opening' },
      { id: 'coffee', start: '2025-05-20T09:30', end: '2025-05-20T09:45', kind: 'break', title: 'Coffee' },
    ],
    ...extra,
  };
}

/**
 * A compact program that still shows every kind of row: a keynote with points and its speaker worded
 * for that appearance, a coffee break, a panel with a moderator and questions, a talk whose speaker
 * is not yet confirmed, and two sponsors with logos.
 */
export function specimenFeed(): FeedInput {
  return smallFeed({
    sessions: [
      {
        id: 'keynote',
        start: '2025-05-20T09:00',
        end: '2025-05-20T09:30',
        kind: 'keynote',
        title: 'AI at the bedside',
        points: ['What changes on the ward when a model reads the scan first', 'Where the clinician stays in charge'],
        speakers: [{ id: 'korreman', role: 'Professor of medical physics, opening keynote' }],
      },
      { id: 'coffee', start: '2025-05-20T09:30', end: '2025-05-20T09:45', kind: 'break', title: 'Coffee' },
      {
        id: 'panel',
        start: '2025-05-20T09:45',
        end: '2025-05-20T10:30',
        kind: 'panel',
        title: 'Who checks the algorithm?',
        moderators: ['holm'],
        speakers: ['korreman', 'tbc'],
        questions: ['Who signs off a model before it reaches patients?'],
      },
      { id: 'talk', start: '2025-05-20T10:30', end: '2025-05-20T11:00', kind: 'talk', title: 'Screening with CAI-X', speakers: ['tbc'] },
    ],
    speakers: [
      {
        id: 'korreman',
        name: 'Stine Sofia Korreman',
        jobTitle: 'Professor',
        organization: 'Aarhus University',
        photo: '/assets/portrait.svg',
      },
      { id: 'holm', name: 'Kirsten Holm', jobTitle: 'Editor', organization: 'Dagens Medicin' },
      { id: 'tbc', organization: 'Region Syddanmark', tbc: true },
    ],
    sponsors: [
      { id: 'north', name: 'Nordlys', tier: 'sponsor', logo: '/assets/logo-north.svg', url: 'https://example.org/' },
      { id: 'data', name: 'DataLab', tier: 'partner', logo: '/assets/logo-data.svg' },
    ],
  });
}

/**
 * Shows a story in a column of the given width, as a phone or a wide page would. The column shrinks
 * to a narrower canvas unless `fixed`, for a width the story is about (the canvas then scrolls).
 */
export function inColumn(width: number, { fixed = false } = {}) {
  return (story: () => unknown): TemplateResult =>
    html`<div style="inline-size: ${width}px; max-inline-size: ${fixed ? 'none' : '100%'}">${story()}</div>`;
}

/** The sessions moved to another day (same times) with their ids prefixed, to build a program over days. */
export function onDay(sessions: FeedInput['sessions'], date: string, prefix: string): FeedInput['sessions'] {
  return sessions.map((session) => ({
    ...session,
    id: `${prefix}-${session.id}`,
    start: session.start && `${date}${session.start.slice(10)}`,
    end: session.end && `${date}${session.end.slice(10)}`,
  }));
}
