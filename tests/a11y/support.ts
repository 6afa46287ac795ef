import { html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/define/all.js';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { agendaFixture, settled, until, viewSwitchIn } from '../helpers/index.js';

// What the accessibility tests share: their program, the agenda they render, and lookups that
// go through shadow roots.

/**
 * The program the accessibility tests read: two days in Copenhagen, a talk with a long
 * description, a break, and on day two a panel with a moderator, questions and a speaker
 * still to be confirmed.
 */
export function a11yFeed(): FeedInput {
  return {
    version: 1,
    event: { title: 'Access day', timeZone: 'Europe/Copenhagen', language: 'en' },
    sessions: [
      {
        id: 'talk',
        start: '2025-05-20T09:00',
        end: '2025-05-20T09:30',
        kind: 'talk',
        title: 'Reading the program aloud',
        description: 'An abstract long enough to be shortened behind a disclosure. '.repeat(40),
        speakers: ['ada'],
      },
      { id: 'coffee', start: '2025-05-20T09:30', end: '2025-05-20T09:45', kind: 'break', title: 'Coffee' },
      {
        id: 'panel',
        start: '2025-05-21T10:00',
        end: '2025-05-21T10:45',
        kind: 'panel',
        title: 'Panel on plain language',
        questions: ['Who reads the fine print?', 'What does a screen reader say?'],
        speakers: ['grace', 'tbc-guest'],
        moderators: ['ada'],
      },
    ],
    speakers: [
      { id: 'ada', name: 'Ada Lovelace', jobTitle: 'Analyst', organization: 'Engines Ltd' },
      { id: 'grace', name: 'Grace Hopper', jobTitle: 'Rear admiral', organization: 'US Navy' },
      { id: 'tbc-guest', tbc: true, organization: 'Region North' },
    ],
    sponsors: [{ id: 'acme', name: 'Acme', tier: 'gold', url: 'https://acme.example/' }],
  };
}

/**
 * The agenda in British English, shown in New York time so that the zone note and toggle appear
 * wherever the test browser is; `day` opens another day.
 */
export async function agendaInNewYork(feed: FeedInput = a11yFeed(), day?: string): Promise<SeminarAgenda> {
  const el = await agendaFixture(
    html`<seminar-agenda lang="en-GB" time-zone="America/New_York" day=${day ?? nothing} .feed=${feed}></seminar-agenda>`,
  );
  await viewSwitchIn(el);
  // The print button comes with a chunk loaded once idle: waited for, so every walk sees the same controls.
  await until(() => el.shadowRoot!.querySelector('[part="print"]'));
  await settled(el);
  return el;
}

/** The focused element, looked up through every open shadow root. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every element under a root, through open shadow roots. */
export function deepElements(root: Element | ShadowRoot = document.body): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}
