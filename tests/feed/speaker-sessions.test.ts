import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import { appearancesBySpeaker } from '../../src/feed/speaker-sessions.js';
import { minimalFeed, seminarFeed } from '../helpers/index.js';

function model(feed: object) {
  const result = parseFeed(feed);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}

/** Speaker id → "session id (moderator)" list, for compact expectations. */
function summary(feed: object): Record<string, string[]> {
  const entries = [...appearancesBySpeaker(model(feed))].map(([id, list]) => [
    id,
    list.map(({ session, moderator }) => `${session.id}${moderator ? ' (moderator)' : ''}`),
  ]);
  return Object.fromEntries(entries);
}

describe('appearancesBySpeaker', () => {
  const base = minimalFeed() as any;
  const speakers = [...base.speakers, { id: 'bo', name: 'Bo' }, { id: 'cy', name: 'Cy' }];
  const cases: [string, object[], Record<string, string[]>][] = [
    ['one session', [{ id: 'a', start: '2025-05-20T09:00', end: '2025-05-20T10:00', title: 'A', speakers: ['ada'] }], { ada: ['a'] }],
    [
      'program order, over several sessions',
      [
        { id: 'b', start: '2025-05-20T11:00', end: '2025-05-20T12:00', title: 'B', speakers: ['ada'] },
        { id: 'a', start: '2025-05-20T09:00', end: '2025-05-20T10:00', title: 'A', speakers: ['ada', 'bo'] },
      ],
      { ada: ['a', 'b'], bo: ['a'] },
    ],
    [
      'nested sessions after their parent',
      [
        {
          id: 'p',
          start: '2025-05-20T09:00',
          end: '2025-05-20T10:00',
          title: 'P',
          speakers: ['bo'],
          sessions: [{ id: 'c', title: 'C', speakers: ['ada'] }],
        },
      ],
      { bo: ['p'], ada: ['c'] },
    ],
    [
      'moderators marked, once per session when also a speaker',
      [
        {
          id: 'd',
          start: '2025-05-20T09:00',
          end: '2025-05-20T10:00',
          kind: 'panel',
          title: 'D',
          speakers: ['ada', 'cy'],
          moderators: ['cy'],
        },
      ],
      { cy: ['d (moderator)'], ada: ['d'] },
    ],
    ['nobody in a program without speakers', [{ id: 'e', start: '2025-05-20T09:00', end: '2025-05-20T10:00', title: 'E' }], {}],
  ];
  for (const [name, sessions, expected] of cases) {
    it(name, () => {
      expect(summary({ ...base, speakers, sessions })).to.deep.equal(expected);
    });
  }

  it('walks a program once however many cards ask', async () => {
    const program = model(await seminarFeed());
    expect(appearancesBySpeaker(program)).to.equal(appearancesBySpeaker(program));
    expect(
      appearancesBySpeaker(program)
        .get('tbc-cerebriu')!
        .map((a) => a.session.title),
    ).to.deep.equal(['Paneldebat og opsamling']);
  });
});
