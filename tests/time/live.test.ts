import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import { liveMarks } from '../../src/feed/live.js';
import { LiveController } from '../../src/controllers/clock.js';
import { agendaFixture, minimalFeed, modelOf, timelineOf } from '../helpers/index.js';

// minimalFeed: open 09:00–09:30, coffee 09:30–09:45 (Copenhagen, UTC+2). A gap and a last session are added.
function feedWithGap() {
  const feed = minimalFeed();
  feed.sessions.push({ id: 'closing', start: '2025-05-20T10:00', end: '2025-05-20T10:30', title: 'Closing' });
  return feed;
}

const cases: Array<[string, string, { now: string[]; next: string[] }]> = [
  ['before the event', '2025-05-20T08:59', { now: [], next: [] }],
  ['at the first start', '2025-05-20T09:00', { now: ['open'], next: ['coffee'] }],
  ['during the first session', '2025-05-20T09:15', { now: ['open'], next: ['coffee'] }],
  ['between sessions', '2025-05-20T09:50', { now: [], next: ['closing'] }],
  ['during the last session', '2025-05-20T10:10', { now: ['closing'], next: [] }],
  ['at the last end', '2025-05-20T10:30', { now: [], next: [] }],
  ['after the event', '2025-05-21T12:00', { now: [], next: [] }],
];

/** Two rooms in parallel, twice, with a talk in one room that runs over into the second slot. */
function parallelFeed() {
  const feed = minimalFeed();
  feed.sessions = [
    { id: 'a1', start: '2025-05-20T09:00', end: '2025-05-20T09:30', title: 'A one', room: 'A' },
    { id: 'b1', start: '2025-05-20T09:00', end: '2025-05-20T09:45', title: 'B one', room: 'B' },
    { id: 'a2', start: '2025-05-20T09:30', end: '2025-05-20T10:00', title: 'A two', room: 'A' },
    { id: 'c2', start: '2025-05-20T09:30', end: '2025-05-20T10:00', title: 'C two', room: 'C' },
    { id: 'b2', start: '2025-05-20T09:45', end: '2025-05-20T10:00', title: 'B two', room: 'B' },
  ];
  return feed;
}

describe('liveMarks', () => {
  const sessions = modelOf(feedWithGap()).sessions;
  for (const [name, local, expected] of cases) {
    it(name, () => {
      expect(liveMarks(sessions, Date.parse(`${local}+02:00`))).to.deep.equal(expected);
    });
  }

  it('marks every parallel session under way as Now and every one at the next start as Next', () => {
    const parallel = modelOf(parallelFeed()).sessions;
    expect(liveMarks(parallel, Date.parse('2025-05-20T09:10+02:00'))).to.deep.equal({ now: ['a1', 'b1'], next: ['a2', 'c2'] });
    expect(liveMarks(parallel, Date.parse('2025-05-20T09:35+02:00'))).to.deep.equal({ now: ['b1', 'a2', 'c2'], next: ['b2'] });
  });
});

describe('Now and Next badges', () => {
  const badges = (timeline: SeminarTimeline) =>
    [...timeline.shadowRoot!.querySelectorAll('[part~="badge"]')].map((b) => `${b.closest('li')!.id}:${b.textContent}`);

  for (const [name, now, expected] of cases) {
    it(`${name} (now=${now})`, async () => {
      const el = await fixture<SeminarTimeline>(
        html`<seminar-timeline lang="en" now=${now} .model=${modelOf(feedWithGap())}></seminar-timeline>`,
      );
      const want = [...expected.now.map((id) => `${id}:Now`), ...expected.next.map((id) => `${id}:Next`)];
      expect(badges(el).sort()).to.deep.equal(want.sort());
      const current = [...el.shadowRoot!.querySelectorAll('[aria-current="time"]')].map((li) => li.id);
      expect(current).to.deep.equal(expected.now);
      await expect(el).to.be.accessible();
    });
  }

  it('badges all parallel sessions', async () => {
    const el = await fixture<SeminarTimeline>(
      html`<seminar-timeline lang="en" now="2025-05-20T09:10" .model=${modelOf(parallelFeed())}></seminar-timeline>`,
    );
    expect(badges(el).sort()).to.deep.equal(['a1:Now', 'a2:Next', 'b1:Now', 'c2:Next']);
    await expect(el).to.be.accessible();
  });

  it('takes now from the agenda, in Danish', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="da" now="2025-05-20T09:15+02:00" .feed=${feedWithGap()}></seminar-agenda>`);
    expect(badges(timelineOf(el))).to.deep.equal(['open:Nu', 'coffee:Næste']);
  });
});

describe('LiveController', () => {
  const model = modelOf(feedWithGap());
  let timers: Array<{ id: number; run: () => void }>;
  let cleared: number[];
  const { setTimeout: realSet, clearTimeout: realClear } = window;

  beforeEach(() => {
    timers = [];
    cleared = [];
    window.setTimeout = ((run: () => void) => timers.push({ id: timers.length + 1, run })) as typeof setTimeout;
    window.clearTimeout = ((id: number) => cleared.push(id)) as typeof clearTimeout;
  });
  afterEach(() => {
    window.setTimeout = realSet;
    window.clearTimeout = realClear;
  });

  function controller(now: { value: number }) {
    const host = {
      updates: 0,
      addController() {},
      removeController() {},
      requestUpdate() {
        host.updates += 1;
      },
      updateComplete: Promise.resolve(true),
    };
    const live = new LiveController(host, () => ({ sessions: model.sessions, now: now.value }));
    live.hostConnected();
    live.hostUpdate();
    return { host, live };
  }

  it('asks for a render only when a tick changes the marks', () => {
    const now = { value: Date.parse('2025-05-20T09:10+02:00') };
    const { host, live } = controller(now);
    expect(live.marks).to.deep.equal({ now: ['open'], next: ['coffee'] });
    now.value += 60_000;
    timers.at(-1)!.run();
    expect(host.updates).to.equal(0);
    now.value = Date.parse('2025-05-20T09:31+02:00');
    timers.at(-1)!.run();
    expect(host.updates).to.equal(1);
  });

  it('stops ticking when the host disconnects', () => {
    const { live } = controller({ value: Date.parse('2025-05-20T09:10+02:00') });
    live.hostDisconnected();
    expect(cleared).to.deep.equal([timers.at(-1)!.id]);
  });
});
