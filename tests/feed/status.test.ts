import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { describeProblem, parseFeed } from '../../src/feed/index.js';
import { importFeed } from '../../src/feed/importers/index.js';
import { liveMarks } from '../../src/feed/live.js';
import { toInstant } from '../../src/feed/time.js';
import { toICalendar } from '../../src/calendar/ics.js';
import { minimalFeed, modelOf } from '../helpers/index.js';

/** minimalFeed with a talk after the coffee that is cancelled, and one in parallel with it that is not. */
function cancelledFeed() {
  const feed = minimalFeed();
  feed.sessions.push(
    { id: 'gone', start: '2025-05-20T09:45', end: '2025-05-20T10:15', title: 'Gone talk', status: 'cancelled', room: 'A' },
    { id: 'kept', start: '2025-05-20T09:45', end: '2025-05-20T10:15', title: 'Kept talk', room: 'B' },
  );
  return feed;
}

const at = (local: string) => toInstant(local, 'Europe/Copenhagen');

describe('session status: feed', () => {
  it('keeps "cancelled" on the model, and leaves the status out of sessions that take place', () => {
    const model = modelOf(cancelledFeed());
    expect(model.sessions.map((s) => [s.id, s.status])).to.deep.equal([
      ['open', undefined],
      ['coffee', undefined],
      ['gone', 'cancelled'],
      ['kept', undefined],
    ]);
  });

  it('reports another status value as an error with its path', () => {
    const feed = cancelledFeed() as any;
    feed.sessions[2].status = 'postponed';
    const result = parseFeed(feed);
    expect(result.ok).to.be.false;
    const errors = result.ok ? [] : result.errors.map(describeProblem);
    expect(
      errors.some((e) => e.startsWith('sessions[2].status:')),
      errors.join('\n'),
    ).to.be.true;
  });
});

describe('session status: Now and Next', () => {
  const sessions = modelOf(cancelledFeed()).sessions;

  it('never marks a cancelled session Next', () => {
    expect(liveMarks(sessions, at('2025-05-20T09:35'))).to.deep.equal({ now: ['coffee'], next: ['kept'] });
  });

  it('never marks a cancelled session Now', () => {
    expect(liveMarks(sessions, at('2025-05-20T10:00'))).to.deep.equal({ now: ['kept'], next: [] });
  });
});

describe('session status: calendar', () => {
  const stamp = Date.parse('2025-05-01T12:00:00Z');
  const model = modelOf(cancelledFeed());
  const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');

  it('leaves cancelled sessions out of the whole program', () => {
    const summaries = events(toICalendar(model, undefined, stamp)).map((v) => v.getFirstPropertyValue('summary'));
    expect(summaries).to.deep.equal(['Opening', 'Coffee', 'Kept talk']);
  });

  it('writes STATUS:CANCELLED for a cancelled session named explicitly (a favourite), and no STATUS otherwise', () => {
    const [gone, kept] = events(toICalendar(model, [model.sessions[2]!, model.sessions[3]!], stamp));
    expect(gone!.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(kept!.getFirstPropertyValue('status')).to.equal(null);
  });
});

describe('session status: importers on the real exports', () => {
  // None of the formats carries a cancellation: pretalx and frab leave cancelled talks out of the
  // schedule (no status in the real exports, nor in c3voc-schedule.schema.json), and Sessionize's
  // `status` is the selection state ("Accepted" on every session of the real export), not whether
  // the session takes place. So nothing maps to "cancelled".
  it('ddd-melbourne-2025.sessionize-all.json: "Accepted" on every session, imported as taking place', async () => {
    const all = await (await fetch('/tests/fixtures/feeds/ddd-melbourne-2025.sessionize-all.json')).json();
    expect(new Set(all.sessions.map((s: { status: string }) => s.status))).to.deep.equal(new Set(['Accepted']));
    const { feed } = await importFeed(all, { timeZone: 'Australia/Melbourne' });
    expect(feed!.sessions.length).to.equal(28);
    expect(feed!.sessions.filter((s) => s.status)).to.deep.equal([]);
  });
});
