import { expect } from '@open-wc/testing';
import { buildSearchIndex, emptyFilters, foldText, isUnfiltered, matchSessions, type Filters } from '../../src/feed/search.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { modelOf } from '../helpers/index.js';

/** Two days in Copenhagen: rooms, tracks, kinds, speakers, a moderator, nested sessions and a Chinese title. */
function searchFeed(): FeedInput {
  return {
    version: 1,
    event: { title: 'Search', timeZone: 'Europe/Copenhagen', language: 'da' },
    sessions: [
      {
        id: 'robot',
        start: '2025-05-20T09:00',
        end: '2025-05-20T10:00',
        kind: 'keynote',
        title: 'Robotkirurgi i praksis',
        description: 'Hvad **robotten** ser, og hvad kirurgen gør.',
        speakers: ['gogenur'],
        room: 'Sal A',
        track: 'Klinik',
      },
      {
        id: 'ai',
        start: '2025-05-20T09:00',
        end: '2025-05-20T10:00',
        title: '医疗人工智能的未来',
        room: 'Auditorium Nord',
        track: 'Forskning',
      },
      { id: 'coffee', start: '2025-05-20T10:00', end: '2025-05-20T10:15', kind: 'break', title: 'Kaffe' },
      {
        id: 'panel',
        start: '2025-05-21T09:00',
        end: '2025-05-21T10:00',
        kind: 'panel',
        title: 'Hvem tjekker algoritmen?',
        moderators: ['holm'],
        room: 'Sal A',
        sessions: [
          { id: 'pitch-1', title: 'Øjenscreening', speakers: ['soren'] },
          { id: 'pitch-2', title: 'Hjertelyd', track: 'Forskning' },
        ],
      },
    ],
    speakers: [
      { id: 'gogenur', name: 'Ismail Gögenur' },
      { id: 'holm', name: 'Kirsten Holm' },
      { id: 'soren', name: 'Søren Brunak' },
    ],
  };
}

const index = buildSearchIndex(modelOf(searchFeed()), 'Europe/Copenhagen');
const filtersWith = (chosen: Partial<Filters>): Filters => ({ ...emptyFilters(), ...chosen });
const match = (query: string, chosen: Partial<Filters> = {}) => {
  const { ids, count } = matchSessions(index, query, filtersWith(chosen));
  return { ids: [...ids].sort(), count };
};

describe('foldText', () => {
  const cases: [string, string][] = [
    ['Gögenur', 'gogenur'],
    ['SØREN Ærø', 'soren aero'],
    ['Crème Brûlée', 'creme brulee'],
    ['Straße, Łódź', 'strasse, lodz'],
    ['Åbenrå', 'abenra'],
    ['医疗人工智能', '医疗人工智能'],
  ];
  for (const [text, folded] of cases) it(`${text} → ${folded}`, () => expect(foldText(text)).to.equal(folded));
});

describe('buildSearchIndex', () => {
  it('indexes every session, nested ones included', () => {
    expect(index.size).to.equal(6);
    expect(index.entries.map((entry) => entry.session.id)).to.deep.equal(['robot', 'ai', 'coffee', 'panel', 'pitch-1', 'pitch-2']);
  });

  it('lists the values of each dimension, sorted but the kinds; nested sessions take their parent’s day and room, every session the event’s language', () => {
    expect(index.facets).to.deep.equal({
      day: ['2025-05-20', '2025-05-21'],
      room: ['Auditorium Nord', 'Sal A'],
      track: ['Forskning', 'Klinik'],
      kind: ['keynote', 'talk', 'break', 'panel'],
      language: ['da'],
    });
  });

  it('takes days in the display zone: a visitor in Tokyo sees the morning sessions on the same dates, an evening one on the next', () => {
    const feed = searchFeed();
    feed.sessions[2]!.start = '2025-05-20T18:00';
    feed.sessions[2]!.end = '2025-05-20T18:15';
    expect(buildSearchIndex(modelOf(feed), 'Asia/Tokyo').facets.day).to.deep.equal(['2025-05-20', '2025-05-21']);
    const late = buildSearchIndex(modelOf(feed), 'Asia/Tokyo').entries.find((entry) => entry.session.id === 'coffee');
    expect(late!.values.day).to.equal('2025-05-21');
  });
});

describe('matchSessions', () => {
  const cases: [string, string, Partial<Filters>, string[], number][] = [
    ['a speaker without accents', 'gogenur', {}, ['robot'], 1],
    ['a title, in any case', 'ROBOTKIRURGI', {}, ['robot'], 1],
    ['a word of the description, through its markdown', 'robotten ser', {}, ['robot'], 1],
    ['a room', 'auditorium nord', {}, ['ai'], 1],
    ['a track', 'forskning', {}, ['ai', 'pitch-2'], 2],
    ['a moderator: the panel with its nested sessions', 'kirsten', {}, ['panel', 'pitch-1', 'pitch-2'], 1],
    ['a nested session alone (the timeline keeps its parent)', 'ojenscreening', {}, ['pitch-1'], 1],
    ['ø typed as o, in a speaker name', 'soren', {}, ['pitch-1'], 1],
    ['Chinese, by substring', '人工智能', {}, ['ai'], 1],
    ['every word must match', 'robot gogenur', {}, ['robot'], 1],
    ['a word no session has', 'blockchain', {}, [], 0],
    ['a room filter: nested sessions count in their parent’s room', '', { room: ['Sal A'] }, ['panel', 'pitch-1', 'pitch-2', 'robot'], 4],
    ['two values of one filter: either', '', { track: ['Klinik', 'Forskning'] }, ['ai', 'pitch-2', 'robot'], 3],
    ['two filters: both', '', { room: ['Sal A'], kind: ['keynote'] }, ['robot'], 1],
    ['a day filter', '', { day: ['2025-05-21'] }, ['panel', 'pitch-1', 'pitch-2'], 3],
    ['a search and a filter', 'hjerte', { day: ['2025-05-21'] }, ['pitch-2'], 1],
    ['a search that the filter rules out', 'hjerte', { day: ['2025-05-20'] }, [], 0],
  ];
  for (const [what, query, chosen, ids, count] of cases)
    it(what, () => {
      expect(match(query, chosen)).to.deep.equal({ ids: [...ids].sort(), count });
    });

  it('treats a blank query and no filters as unfiltered', () => {
    expect(isUnfiltered('  ', emptyFilters())).to.be.true;
    expect(isUnfiltered('', filtersWith({ room: ['Sal A'] }))).to.be.false;
    expect(isUnfiltered('x', emptyFilters())).to.be.false;
  });
});

describe('find messages', () => {
  it('Danish and English have the same keys and kinds, none empty', async () => {
    const { da } = await import('../../src/i18n/locales/find-da.js');
    const { en } = await import('../../src/i18n/locales/find-en.js');
    expect(Object.keys(da).sort()).to.deep.equal(Object.keys(en).sort());
    expect(Object.keys(da.kindNames).sort()).to.deep.equal(Object.keys(en.kindNames).sort());
    for (const messages of [da, en]) for (const [key, value] of Object.entries(messages)) expect(value, key).to.not.equal('');
  });
});
