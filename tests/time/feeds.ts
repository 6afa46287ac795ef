import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { parseFeed } from '../../src/feed/index.js';
import type { AgendaModel } from '../../src/feed/model.js';
import { until } from '../helpers.js';

/** Two days in Copenhagen; day two has a nested session. */
export function twoDayFeed(): FeedInput {
  return {
    version: 1,
    event: { title: 'Two days', timeZone: 'Europe/Copenhagen', language: 'en' },
    sessions: [
      { id: 'd1-open', start: '2025-05-20T09:00', end: '2025-05-20T10:00', title: 'Day one opening' },
      { id: 'd1-talk', start: '2025-05-20T10:00', end: '2025-05-20T11:00', title: 'Day one talk' },
      {
        id: 'd2-open', start: '2025-05-21T09:00', end: '2025-05-21T10:00', title: 'Day two opening',
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

export function modelOf(feed: FeedInput): AgendaModel {
  const result = parseFeed(feed);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}

/** The text of every `[part="time"]` in a shadow root, without white space. */
export function timesIn(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[part="time"]')].map((t) => t.textContent!.replace(/\s/g, ''));
}

/** The agenda's timeline once its sessions have rendered. */
export async function timelineOf(el: SeminarAgenda): Promise<SeminarTimeline> {
  const timeline = await until(() => el.shadowRoot!.querySelector('seminar-timeline'));
  await until(() => timeline.shadowRoot?.querySelector('li'));
  return timeline;
}
