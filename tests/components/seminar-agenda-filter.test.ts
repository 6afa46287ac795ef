import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { SeminarFilterChangeEvent } from '../../src/events/seminar-filter-change-event.js';
import type { SeminarSearchEvent } from '../../src/events/seminar-search-event.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { agendaFixture, seminarFeed, settled, timelineOf, until } from '../helpers/index.js';
import { deepActive } from '../a11y/support.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * 24 talks over two days in three rooms and two tracks; talk 5 is Ismail Gögenur's, talk 8 has a
 * Chinese title, talks 3 and 4 run in parallel, and talk 1 has a nested session.
 */
function congressFeed(): FeedInput {
  const sessions: FeedInput['sessions'] = Array.from({ length: 24 }, (_, index) => {
    const n = index + 1;
    const day = n <= 12 ? '2025-05-20' : '2025-05-21';
    const hour = 8 + ((index % 12) >> 1);
    return {
      id: `talk-${n}`,
      start: `${day}T${pad(hour)}:00`,
      end: `${day}T${pad(hour)}:45`,
      title: n === 8 ? '医疗人工智能的未来' : `Talk number ${n}`,
      room: `Room ${(index % 3) + 1}`,
      track: n % 2 ? 'Clinic' : 'Research',
      speakers: n === 5 ? ['gogenur'] : [],
    };
  });
  sessions[0]!.sessions = [{ id: 'talk-1-part', title: 'Hands-on with the robot' }];
  return {
    version: 1,
    event: { title: 'Congress', timeZone: 'Europe/Copenhagen', language: 'en' },
    sessions,
    speakers: [{ id: 'gogenur', name: 'Ismail Gögenur' }],
  };
}

const root = (el: SeminarAgenda) => el.shadowRoot!;
const searchBox = (el: SeminarAgenda) => root(el).querySelector<HTMLInputElement>('[part="search"]');
const countText = (el: SeminarAgenda) => root(el).querySelector('[part="result-count"]')!.textContent!.trim();
const filterButtons = (el: SeminarAgenda) => [...root(el).querySelectorAll('[part="filter-button"]')].map((s) => s.textContent!.trim());
/** Ids of the sessions the timeline shows (on the shown day). */
const shownIds = (el: SeminarAgenda) =>
  [...timelineOf(el).shadowRoot!.querySelectorAll<HTMLElement>('li.session')].filter((li) => !li.hidden).map((li) => li.id);

/** The agenda with the congress, once the bar's module has loaded and rendered. */
async function congress(feed = congressFeed()): Promise<SeminarAgenda> {
  const el = await agendaFixture(html`<seminar-agenda lang="en" .feed=${feed}></seminar-agenda>`);
  await until(() => searchBox(el));
  await settled(el);
  return el;
}

async function type(el: SeminarAgenda, text: string): Promise<void> {
  const box = searchBox(el)!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settled(el);
}

async function toggle(el: SeminarAgenda, filter: string, value: string): Promise<void> {
  const details = [...root(el).querySelectorAll<HTMLDetailsElement>('[part="filter"]')].find((d) =>
    d.querySelector('summary')!.textContent!.startsWith(filter),
  )!;
  const option = [...details.querySelectorAll('label')].find((label) => label.textContent!.trim() === value)!;
  option.querySelector('input')!.click();
  await settled(el);
}

/** Every event of a type that reaches the document during a test. */
function record<E extends Event>(type: string) {
  const events: E[] = [];
  const add = (event: Event) => events.push(event as E);
  document.addEventListener(type, add);
  return { events, stop: () => document.removeEventListener(type, add) };
}

describe('<seminar-agenda> search and filters', () => {
  const address = location.href;
  afterEach(() => history.replaceState(null, '', address));

  it('leaves a small program (the seminar) without a bar', async () => {
    const el = await agendaFixture(html`<seminar-agenda .feed=${await seminarFeed()}></seminar-agenda>`);
    expect(root(el).querySelector('[part="find"]')).to.be.null;
    expect(timelineOf(el).visible).to.be.undefined;
  });

  it('offers a labelled search box, the count and filters only for dimensions with more than one value', async () => {
    const el = await congress();
    const box = searchBox(el)!;
    expect(box.type).to.equal('search');
    expect(box.closest('label')!.textContent!.trim()).to.equal('Search the program');
    expect(root(el).querySelector('[part="find"]')!.getAttribute('role')).to.equal('search');
    expect(countText(el)).to.equal('25 sessions');
    // Every session is a talk: no kind filter.
    expect(filterButtons(el)).to.deep.equal(['Day', 'Room', 'Track']);
    expect(timelineOf(el).visible).to.be.undefined;
    await expect(el).to.be.accessible();
  });

  it('speaks Danish with a Danish page, and takes the page’s overrides for its strings', async () => {
    const el = await agendaFixture(
      html`<seminar-agenda lang="da" .messages=${{ search: 'Find et indlæg', filters: { room: 'Sal' } }} .feed=${congressFeed()}></seminar-agenda>`,
    );
    await until(() => searchBox(el));
    await settled(el);
    expect(searchBox(el)!.closest('label')!.textContent!.trim()).to.equal('Find et indlæg');
    expect(countText(el)).to.equal('25 sessioner');
    expect(filterButtons(el)).to.deep.equal(['Dag', 'Sal', 'Spor']);
    await type(el, 'xyz');
    expect(root(el).querySelector('[part~="no-results"]')!.textContent).to.contain('Ryd søgning og filtre');
  });

  it('finds a speaker without accents, hides the rest and counts the matches', async () => {
    const el = await congress();
    await type(el, 'GOGENUR');
    expect(countText(el)).to.equal('1 of 25 sessions');
    expect(shownIds(el)).to.deep.equal(['talk-5']);
    expect(root(el).querySelector('[part="clear"]')).to.exist;
  });

  it('finds a Chinese title by a part of it', async () => {
    const el = await congress();
    await type(el, '人工智能');
    expect(shownIds(el)).to.deep.equal(['talk-8']);
  });

  it('shows a nested match with its parent, and a day without matches gives way to the day with them', async () => {
    const el = await congress();
    await type(el, 'robot');
    expect(shownIds(el)).to.deep.equal(['talk-1', 'talk-1-part']);
    await type(el, 'number 20');
    expect(shownIds(el)).to.deep.equal(['talk-20']);
    const tabs = [...timelineOf(el).shadowRoot!.querySelector('seminar-day-tabs')!.shadowRoot!.querySelectorAll('[role="tab"]')];
    expect(tabs.map((tab) => tab.textContent!.replace(/.*\(/, '('))).to.deep.equal(['(0)', '(1)']);
    expect(tabs[1]!.getAttribute('aria-selected')).to.equal('true');
  });

  it('filters by room and track together, and says so in the filter buttons', async () => {
    const el = await congress();
    await toggle(el, 'Room', 'Room 2');
    await toggle(el, 'Track', 'Research');
    expect(filterButtons(el)).to.deep.equal(['Day', 'Room (1)', 'Track (1)']);
    // Room 2 is talks 2, 5, 8, 11 on day one; of those, the even ones are in Research.
    expect(shownIds(el)).to.deep.equal(['talk-2', 'talk-8']);
    expect(countText(el)).to.equal('4 of 25 sessions');
  });

  it('shows "no results" with one button that clears the search and every filter, then focuses the search box', async () => {
    const el = await congress();
    await toggle(el, 'Room', 'Room 1');
    await type(el, 'blockchain');
    const none = root(el).querySelector('[part~="no-results"]')!;
    expect(none.textContent).to.contain('No sessions match');
    expect(shownIds(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    none.querySelector<HTMLButtonElement>('[part="clear"]')!.click();
    await settled(el);
    expect(searchBox(el)!.value).to.equal('');
    expect(filterButtons(el)).to.deep.equal(['Day', 'Room', 'Track']);
    expect(root(el).querySelector('[part~="no-results"]')).to.be.null;
    expect(timelineOf(el).visible).to.be.undefined;
    expect(deepActive()).to.equal(searchBox(el));
    expect(location.search).to.not.contain('seminar-');
  });

  it('keeps search and filters in the address, with the page’s other parameters and hash', async () => {
    history.replaceState(null, '', `${location.pathname}?keep=1#top`);
    const el = await congress();
    await toggle(el, 'Room', 'Room 3');
    await toggle(el, 'Room', 'Room 1');
    await type(el, 'talk');
    await until(() => location.search.includes('seminar-q'));
    const params = new URLSearchParams(location.search);
    expect([params.get('keep'), params.get('seminar-q'), params.get('seminar-room'), location.hash]).to.deep.equal([
      '1',
      'talk',
      'Room 3,Room 1',
      '#top',
    ]);
  });

  it('restores search and filters from the address, dropping values the program does not have', async () => {
    history.replaceState(null, '', `${location.pathname}?seminar-q=number&seminar-track=Clinic,Gone&seminar-day=2025-05-21`);
    const el = await congress();
    expect(searchBox(el)!.value).to.equal('number');
    expect(filterButtons(el)).to.deep.equal(['Day (1)', 'Room', 'Track (1)']);
    expect(shownIds(el)).to.deep.equal(['talk-13', 'talk-15', 'talk-17', 'talk-19', 'talk-21', 'talk-23']);
  });

  it('escapes commas inside values in the address', async () => {
    const feed = congressFeed();
    feed.sessions[0]!.track = 'Ethics, Society & Politics';
    const el = await congress(feed);
    await toggle(el, 'Track', 'Ethics, Society & Politics');
    expect(new URLSearchParams(location.search).get('seminar-track')).to.equal('Ethics%2C Society & Politics');
    const again = await congress(feed);
    expect(shownIds(again)).to.deep.equal(['talk-1', 'talk-1-part']);
  });

  it('fires seminar-filter-change at once and one seminar-search when typing pauses', async () => {
    const filters = record<SeminarFilterChangeEvent>('seminar-filter-change');
    const searches = record<SeminarSearchEvent>('seminar-search');
    try {
      const el = await congress();
      await toggle(el, 'Track', 'Clinic');
      expect(filters.events.map((event) => event.detail.filters)).to.deep.equal([
        { day: [], room: [], track: ['Clinic'], kind: [], language: [] },
      ]);
      expect(filters.events[0]!.composed && filters.events[0]!.bubbles).to.be.true;
      await type(el, 'ism');
      await type(el, 'ismail');
      await until(() => searches.events.length);
      expect(searches.events.map((event) => event.detail)).to.deep.equal([{ query: 'ismail', matches: 1 }]);
      await until(() => root(el).querySelector('[part~="find"] [role="status"]')!.textContent === '1 of 25 sessions');
    } finally {
      filters.stop();
      searches.stop();
    }
  });

  it('works from the keyboard: type, open a filter, tick a value, Escape back to its button', async () => {
    const el = await congress();
    searchBox(el)!.focus();
    await sendKeys({ type: 'gogenur' });
    await settled(el);
    expect(shownIds(el)).to.deep.equal(['talk-5']);
    await sendKeys({ press: 'Tab' });
    const dayButton = root(el).querySelector('[part="filter-button"]')!;
    expect(deepActive()).to.equal(dayButton);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    const room = root(el).querySelectorAll<HTMLDetailsElement>('[part="filter"]')[1]!;
    expect(room.open).to.be.true;
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect(filterButtons(el)[1]).to.equal('Room (1)');
    await sendKeys({ press: 'Escape' });
    expect(room.open).to.be.false;
    expect(deepActive()).to.equal(room.querySelector('summary'));
  });

  it('follows a changed feed: the index is built again and the search kept', async () => {
    const el = await congress();
    await type(el, 'gogenur');
    const feed = congressFeed();
    feed.sessions[5]!.speakers = ['gogenur'];
    el.feed = feed;
    await until(() => shownIds(el).length === 2);
    expect(shownIds(el)).to.deep.equal(['talk-5', 'talk-6']);
  });
});
