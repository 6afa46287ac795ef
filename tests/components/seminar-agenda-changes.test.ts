import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import { snapshotOf } from '../../src/feed/changes.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { agendaFixture, inside, loaded, minimalFeed, modelOf, timelineOf, until } from '../helpers/index.js';

const KEY = 'seminar-agenda:seen:Test day';

/** minimalFeed plus two talks in rooms. */
function before(): FeedInput {
  const feed = minimalFeed();
  feed.sessions.push(
    { id: 'talk', start: '2025-05-20T10:00', end: '2025-05-20T10:30', title: 'A talk', room: 'Hall A' },
    { id: 'panel', start: '2025-05-20T10:30', end: '2025-05-20T11:00', title: 'A panel', room: 'Hall A' },
  );
  return feed;
}

/** The talk moved to 11:00 in Hall B, the panel cancelled, the coffee removed, a new closing added. */
function after(): FeedInput {
  const feed = before();
  feed.sessions = feed.sessions.filter((s) => s.id !== 'coffee');
  Object.assign(feed.sessions[1]!, { start: '2025-05-20T11:00', end: '2025-05-20T11:30', room: 'Hall B' });
  feed.sessions[2]!.status = 'cancelled';
  feed.sessions.push({ id: 'closing', start: '2025-05-20T11:30', end: '2025-05-20T12:00', title: 'Closing' });
  return feed;
}

/** What the visitor saw on an earlier visit, as the agenda stores it. */
function visitedBefore(feed: FeedInput, seenAt = Date.parse('2025-05-19T16:45:00Z')): void {
  localStorage.setItem(KEY, JSON.stringify(snapshotOf(modelOf(feed), seenAt)));
}

const summaryOf = (el: SeminarAgenda) => inside(el, '[part="changes"]');
const markOf = (el: SeminarAgenda, id: string) =>
  timelineOf(el).shadowRoot!.querySelector(`#${id} .body > [part~="badge"]`)?.textContent ?? undefined;
const liveText = (el: SeminarAgenda) => inside(el, '.visually-hidden[role="status"]')?.textContent?.trim() ?? '';

describe('seminar-agenda: changes since the last visit', () => {
  // An agenda of the test before may still keep what it saw once idle: that comes first.
  const idle = () => new Promise((resolve) => requestIdleCallback(resolve));
  beforeEach(async () => {
    await idle();
    localStorage.removeItem(KEY);
  });
  afterEach(() => localStorage.removeItem(KEY));

  it('marks nothing on a first visit, and keeps a compact copy of what was seen once idle', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="en" .feed=${before()}></seminar-agenda>`);
    const stored = await until(() => localStorage.getItem(KEY));
    expect(summaryOf(el)).to.equal(null);
    expect(markOf(el, 'talk')).to.equal(undefined);
    const snapshot = JSON.parse(stored);
    expect(snapshot.sessions.map((s: { id: string }) => s.id)).to.deep.equal(['open', 'coffee', 'talk', 'panel']);
    expect(Object.keys(snapshot.sessions[2]).sort()).to.deep.equal(['end', 'id', 'room', 'start', 'title']);
  });

  it('marks what is new, moved (with the old time and room) and cancelled, and sums it up with links', async () => {
    visitedBefore(before());
    const el = await agendaFixture(html`<seminar-agenda lang="en" .feed=${after()}></seminar-agenda>`);
    const summary = await until(() => summaryOf(el));
    await el.updateComplete;
    expect(markOf(el, 'closing')).to.equal('New');
    expect(markOf(el, 'talk')).to.equal('Moved, was 10:00 – 10:30 AM, Hall A');
    expect(markOf(el, 'open')).to.equal(undefined);
    const title = timelineOf(el).shadowRoot!.querySelector('#panel--title')!;
    expect(title.textContent).to.equal('CancelledA panel');
    expect(summary.querySelector('summary')!.textContent).to.match(/^4 changes since your visit on May 19, 2025, 6:45/);
    const links = [...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).to.deep.equal([
      ['#panel', 'Cancelled: A panel'],
      ['#talk', 'Moved, was 10:00 – 10:30 AM, Hall A: A talk'],
      ['#closing', 'New: Closing'],
    ]);
    expect(summary.querySelector('li:last-child')!.textContent).to.equal('Removed: Coffee (Tue, May 20, 9:30 – 9:45 AM)');
    summary.querySelector('details')!.open = true;
    await expect(el).to.be.accessible();
  });

  it('follows a link in the summary to the session', async () => {
    visitedBefore(before());
    const el = await agendaFixture(html`<seminar-agenda lang="en" .feed=${after()}></seminar-agenda>`);
    const summary = await until(() => summaryOf(el));
    summary.querySelector('details')!.open = true;
    summary.querySelector<HTMLAnchorElement>('a[href="#closing"]')!.click();
    await until(() => timelineOf(el).shadowRoot!.activeElement?.id === 'closing');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('hides the summary with its button, and keeps the marks', async () => {
    visitedBefore(before());
    const el = await agendaFixture(html`<seminar-agenda lang="da" .feed=${after()}></seminar-agenda>`);
    const summary = await until(() => summaryOf(el));
    const dismiss = inside<HTMLButtonElement>(el, '[part="changes-dismiss"]')!;
    expect(dismiss.textContent).to.equal('Skjul');
    expect(summary.querySelector('summary')!.textContent).to.match(/^4 ændringer siden dit besøg/);
    dismiss.click();
    await el.updateComplete;
    expect(summaryOf(el)).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('program-title');
    expect(markOf(el, 'closing')).to.equal('Ny');
  });

  it('marks nothing and stores nothing with changes="off"', async () => {
    visitedBefore(before());
    const stored = localStorage.getItem(KEY);
    const el = await agendaFixture(html`<seminar-agenda lang="en" changes="off" .feed=${after()}></seminar-agenda>`);
    await idle();
    await el.updateComplete;
    expect(summaryOf(el)).to.equal(null);
    expect(markOf(el, 'closing')).to.equal(undefined);
    expect(localStorage.getItem(KEY)).to.equal(stored);
  });

  it('with no-store reads and stores nothing, yet marks what a refresh changes and says so politely', async () => {
    visitedBefore(before());
    const el = await agendaFixture(html`<seminar-agenda lang="en" no-store .feed=${before()}></seminar-agenda>`);
    localStorage.removeItem(KEY);
    // The first program is the baseline: the stored visit is not read, so nothing is marked.
    await until(() => inside(el, '.visually-hidden[role="status"]'));
    expect(summaryOf(el)).to.equal(null);
    el.feed = after();
    await loaded(el);
    await until(() => liveText(el));
    expect(liveText(el)).to.equal('The program was updated: 4 changes');
    expect(markOf(el, 'closing')).to.equal('New');
    expect(summaryOf(el)).not.to.equal(null);
    await idle();
    expect(localStorage.getItem(KEY)).to.equal(null);
  });
});

describe('seminar-timeline: a cancelled session', () => {
  it('stays in place with a Danish "Aflyst" label inside its title, muted, and is not Next', async () => {
    const feed = before();
    feed.sessions[2]!.status = 'cancelled';
    const el = await fixture<SeminarTimeline>(
      html`<seminar-timeline lang="da" now="2025-05-20T09:50" .model=${modelOf(feed)}></seminar-timeline>`,
    );
    const row = el.shadowRoot!.getElementById('talk')!;
    const label = row.querySelector('[part="session-status"]')!;
    expect(label.textContent).to.equal('Aflyst');
    expect(label.closest('[role="heading"]')!.id).to.equal('talk--title');
    expect(label.getAttribute('lang')).to.equal('da');
    expect(getComputedStyle(row.querySelector('.title')!).textDecorationLine).to.equal('line-through');
    expect(row.querySelector('[part~="badge"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('#panel [part~="badge-next"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});
