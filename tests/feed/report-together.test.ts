import { expect } from '@open-wc/testing';
import { describeProblem, parseFeed } from '../../src/feed/index.js';
import { minimalFeed } from '../helpers/index.js';

function errorsOf(feed: unknown): string[] {
  const result = parseFeed(feed);
  expect(result.ok).to.be.false;
  return result.ok ? [] : result.errors.map(describeProblem);
}

describe('parseFeed reports schema and cross-field errors together', () => {
  it('in document order', () => {
    const feed = minimalFeed() as any;
    feed.sessions[1].id = 'open';
    feed.sessions[0].kind = 'party';
    feed.sessions[0].end = '2025-05-20T08:50';
    delete feed.event.title;
    expect(errorsOf(feed)).to.deep.equal([
      'event.title: is required',
      'sessions[0].end: must be after start (08:50 < 09:00)',
      'sessions[0].kind: must be one of "talk", "keynote", "panel", "break", "meal", "arrival", "welcome", "summary", "networking", "other"; not "party"',
      'sessions[1].id: duplicate id "open" (first used at sessions[0].id)',
    ]);
  });

  it('skips the parts of the wrong shape and checks the rest', () => {
    const feed = minimalFeed() as any;
    feed.sessions.push(42, { id: 'coffee', title: 'Again', start: 'soon', end: '2025-05-20T10:00' });
    feed.speakers.push({ id: 'ada', tbc: 'yes' });
    expect(errorsOf(feed)).to.deep.equal([
      'sessions[2]: must be an object, not 42',
      'sessions[3].id: duplicate id "coffee" (first used at sessions[1].id)',
      'sessions[3].start: must be a date and time like "2025-05-20T09:10" (optionally with an offset like "+02:00"), not "soon"',
      'speakers[1].id: duplicate id "ada" (first used at speakers[0].id)',
      'speakers[1].tbc: must be true or false, not "yes"',
    ]);
  });

  it('reports an unknown time zone beside a schema error', () => {
    const feed = minimalFeed() as any;
    feed.event.timeZone = 'Europe/Atlantis';
    feed.version = 2;
    expect(errorsOf(feed)).to.deep.equal(['version: must be 1, not 2', 'event.timeZone: "Europe/Atlantis" is not a known IANA time zone']);
  });
});
