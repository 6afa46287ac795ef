import { expect } from '@open-wc/testing';
import { changeCount, diffProgram, readSnapshot, snapshotOf } from '../../src/feed/changes.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { minimalFeed, modelOf, twoDayFeed } from '../helpers/index.js';

const SEEN_AT = Date.parse('2025-05-01T12:00:00Z');

/** The changes from `before` to `after`, as plain data. */
function changes(before: FeedInput, after: FeedInput) {
  const diff = diffProgram(snapshotOf(modelOf(before), SEEN_AT), modelOf(after));
  return { sessions: Object.fromEntries(diff.sessions), removed: diff.removed.map((s) => s.id), count: changeCount(diff) };
}

const edit = (mutate: (feed: FeedInput) => void) => {
  const feed = structuredClone(twoDayFeed());
  mutate(feed);
  return feed;
};

describe('diffProgram', () => {
  it('finds nothing in the same program', () => {
    expect(changes(twoDayFeed(), twoDayFeed())).to.deep.equal({ sessions: {}, removed: [], count: 0 });
  });

  it('finds nothing when only words change (title, description)', () => {
    const after = edit((f) => Object.assign(f.sessions[0]!, { title: 'Renamed', description: 'New text.' }));
    expect(changes(twoDayFeed(), after).count).to.equal(0);
  });

  it('marks a session that was not there as new, nested ones included', () => {
    const after = edit((f) => {
      f.sessions.push({ id: 'late', start: '2025-05-21T10:00', end: '2025-05-21T11:00', title: 'Late addition' });
      f.sessions[2]!.sessions!.push({ id: 'd2-child-2', title: 'Second nested' });
    });
    expect(changes(twoDayFeed(), after).sessions).to.deep.equal({ 'd2-child-2': { type: 'new' }, late: { type: 'new' } });
  });

  it('marks a session moved in time with its earlier start and end', () => {
    const before = modelOf(twoDayFeed()).sessions[1]!;
    const after = edit((f) => Object.assign(f.sessions[1]!, { start: '2025-05-20T14:00', end: '2025-05-20T15:00' }));
    expect(changes(twoDayFeed(), after).sessions).to.deep.equal({
      'd1-talk': { type: 'moved', was: { start: before.start, end: before.end, room: undefined }, time: true, room: false },
    });
  });

  it('marks a session moved to another room with its earlier room', () => {
    const before = edit((f) => (f.sessions[0]!.room = 'Hall A'));
    const after = edit((f) => (f.sessions[0]!.room = 'Hall B'));
    const start = modelOf(before).sessions[0]!.start;
    expect(changes(before, after).sessions['d1-open']).to.deep.equal({
      type: 'moved',
      was: { start, end: start! + 3_600_000, room: 'Hall A' },
      time: false,
      room: true,
    });
  });

  it('marks a session cancelled once, and one back from cancellation as new', () => {
    const cancelled = edit((f) => (f.sessions[1]!.status = 'cancelled'));
    expect(changes(twoDayFeed(), cancelled).sessions).to.deep.equal({ 'd1-talk': { type: 'cancelled' } });
    expect(changes(cancelled, cancelled).count).to.equal(0);
    expect(changes(cancelled, twoDayFeed()).sessions).to.deep.equal({ 'd1-talk': { type: 'new' } });
  });

  it('lists sessions no longer in the program as removed, with what was seen of them', () => {
    const after = edit((f) => f.sessions.splice(1, 1));
    const diff = diffProgram(snapshotOf(modelOf(twoDayFeed()), SEEN_AT), modelOf(after));
    expect(diff.removed).to.deep.equal([
      { id: 'd1-talk', title: 'Day one talk', start: Date.parse('2025-05-20T08:00:00Z'), end: Date.parse('2025-05-20T09:00:00Z') },
    ]);
    expect(changeCount(diff)).to.equal(1);
  });
});

describe('snapshotOf and readSnapshot', () => {
  it('keeps only what a change shows, and reads back what it wrote', () => {
    const feed = minimalFeed();
    feed.sessions[0]!.room = 'Aud. 1';
    feed.sessions[1]!.status = 'cancelled';
    const snapshot = snapshotOf(modelOf(feed), SEEN_AT);
    expect(snapshot.sessions).to.deep.equal([
      { id: 'open', title: 'Opening', start: Date.parse('2025-05-20T07:00:00Z'), end: Date.parse('2025-05-20T07:30:00Z'), room: 'Aud. 1' },
      {
        id: 'coffee',
        title: 'Coffee',
        start: Date.parse('2025-05-20T07:30:00Z'),
        end: Date.parse('2025-05-20T07:45:00Z'),
        cancelled: true,
      },
    ]);
    expect(readSnapshot(JSON.stringify(snapshot))).to.deep.equal(snapshot);
  });

  const broken: Array<[string, string | undefined]> = [
    ['nothing stored', undefined],
    ['not JSON', '{'],
    ['null', 'null'],
    ['no seenAt', '{"sessions":[]}'],
    ['a session without a title', '{"seenAt":1,"sessions":[{"id":"a"}]}'],
    ['a start that is not a number', '{"seenAt":1,"sessions":[{"id":"a","title":"A","start":"09:00"}]}'],
    ['a session that is null', '{"seenAt":1,"sessions":[null]}'],
  ];
  for (const [name, text] of broken) it(`reads ${name} as no snapshot`, () => expect(readSnapshot(text)).to.equal(undefined));
});
