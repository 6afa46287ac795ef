import type { FeedInput } from '../../src/feed/schema.js';

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
