import { expect } from '@open-wc/testing';
import { dayOf, groupByDay, localDate } from '../../src/feed/days.js';
import { minimalFeed, modelOf, twoDayFeed } from '../helpers/index.js';

describe('localDate', () => {
  const cases: Array<[string, string, string]> = [
    ['2025-05-20T07:00:00Z', 'Europe/Copenhagen', '2025-05-20'],
    ['2025-05-20T22:30:00Z', 'Europe/Copenhagen', '2025-05-21'],
    ['2025-05-20T02:00:00Z', 'America/New_York', '2025-05-19'],
    ['2025-03-30T00:30:00Z', 'Europe/Copenhagen', '2025-03-30'],
    ['0999-12-31T12:00:00Z', 'UTC', '0999-12-31'],
  ];
  for (const [instant, zone, date] of cases) {
    it(`${instant} is ${date} in ${zone}`, () => {
      expect(localDate(Date.parse(instant), zone)).to.equal(date);
    });
  }
});

describe('groupByDay', () => {
  it('groups a two-day program by date, keeping time order', () => {
    const days = groupByDay(modelOf(twoDayFeed()).sessions, 'Europe/Copenhagen');
    expect(days.map((d) => d.date)).to.deep.equal(['2025-05-20', '2025-05-21']);
    expect(days.map((d) => d.sessions.map((s) => s.id))).to.deep.equal([['d1-open', 'd1-talk'], ['d2-open']]);
    expect(new Date(days[1]!.start).toISOString()).to.equal('2025-05-21T07:00:00.000Z');
  });

  it('splits one local day over two for a visitor far away', () => {
    const feed = minimalFeed();
    feed.sessions = [
      { id: 'afternoon', start: '2025-05-20T16:00', end: '2025-05-20T17:00', title: 'Afternoon' },
      { id: 'evening', start: '2025-05-20T18:00', end: '2025-05-20T19:00', title: 'Evening' },
    ];
    const sessions = modelOf(feed).sessions;
    expect(groupByDay(sessions, 'Europe/Copenhagen')).to.have.length(1);
    expect(groupByDay(sessions, 'Asia/Tokyo').map((d) => d.date)).to.deep.equal(['2025-05-20', '2025-05-21']);
  });

  it('finds the day of a nested session', () => {
    const days = groupByDay(modelOf(twoDayFeed()).sessions, 'Europe/Copenhagen');
    expect(dayOf(days, 'd2-child')?.date).to.equal('2025-05-21');
    expect(dayOf(days, 'd1-talk')?.date).to.equal('2025-05-20');
    expect(dayOf(days, 'nowhere')).to.be.undefined;
  });
});
