import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { SeminarProgramGrid } from '../../src/components/seminar-program-grid/seminar-program-grid.js';
import type { SeminarViewChangeEvent } from '../../src/events/seminar-view-change-event.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { agendaFixture, captureConsole, modelOf, seminarFeed, settled, timelineOf, until, viewSwitchIn } from '../helpers/index.js';

const STORED = 'seminar-agenda:view:Rooms day@2025-05-20';

/** One day in three rooms: a keynote for all, two overlapping sessions in one room, lunch for all. */
function roomsFeed(): FeedInput {
  const at = (start: string, end: string) => ({ start: `2025-05-20T${start}`, end: `2025-05-20T${end}` });
  return {
    version: 1,
    event: { title: 'Rooms day', timeZone: 'Europe/Copenhagen', language: 'en' },
    sessions: [
      { id: 'keynote', ...at('09:00', '09:45'), kind: 'keynote', title: 'Opening talk for all', room: 'Hall A' },
      { id: 'a1', ...at('10:00', '10:30'), title: 'Alpha one', room: 'Hall A', track: 'Science', speakers: ['ada'] },
      { id: 'b1', ...at('10:00', '10:40'), title: 'Beta one', room: 'Hall B' },
      { id: 'b2', ...at('10:20', '10:50'), title: 'Beta beside', room: 'Hall B' },
      { id: 'lunch', ...at('11:00', '12:00'), kind: 'meal', title: 'Lunch' },
      { id: 'c1', ...at('12:00', '12:30'), title: 'Gamma one', room: 'Hall C' },
    ],
    speakers: [{ id: 'ada', name: 'Ada Lovelace' }],
  };
}

/** An English agenda with this feed, in a box of this width. */
async function agendaIn(width: string, feed: unknown = roomsFeed(), attributes = ''): Promise<SeminarAgenda> {
  const box = document.createElement('div');
  box.style.width = width;
  box.innerHTML = `<seminar-agenda lang="en" ${attributes}></seminar-agenda>`;
  const el = box.firstElementChild as SeminarAgenda;
  el.feed = feed;
  await agendaFixture(html`${box}`);
  await viewSwitchIn(el);
  return el;
}

const gridOf = (el: SeminarAgenda) => timelineOf(el).shadowRoot!.querySelector<SeminarProgramGrid>('seminar-program-grid');
const cellsOf = (grid: SeminarProgramGrid) => [...grid.shadowRoot!.querySelectorAll<HTMLElement>('[part="grid-session"]')];
const switchOf = (el: SeminarAgenda) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="view-option"]')];
const pressed = (el: SeminarAgenda) => switchOf(el).map((button) => button.getAttribute('aria-pressed'));
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
/** What is rendered of a cell, visually hidden text included, as a screen reader reads it. */
const spoken = (node: HTMLElement) => node.innerText.replace(/\s+/g, ' ').trim();

async function choose(el: SeminarAgenda, index: number): Promise<void> {
  switchOf(el)[index]!.click();
  await settled(el);
}

describe('<seminar-program-grid> in an agenda', () => {
  const address = location.href;
  afterEach(() => {
    localStorage.removeItem(STORED);
    history.replaceState(null, '', address);
  });

  it('shows the list by default, with the switch on list', async () => {
    const el = await agendaIn('1000px');
    expect([gridOf(el), pressed(el)]).to.deep.equal([null, ['true', 'false']]);
  });

  it('lays out rooms as columns in reading order; each session starts with its time and room', async () => {
    const el = await agendaIn('1000px', roomsFeed(), 'view="grid"');
    const grid = gridOf(el)!;
    const rooms = [...grid.shadowRoot!.querySelectorAll('[part="grid-room"]')].map(text);
    expect(rooms).to.deep.equal(['Hall A', 'Hall B', 'Hall C']);
    const cells = cellsOf(grid);
    expect(cells.map((cell) => [cell.id, cell.style.gridColumn])).to.deep.equal([
      ['keynote', '2 / span 4'],
      ['a1', '2 / span 1'],
      ['b1', '3 / span 1'],
      ['b2', '4 / span 1'],
      ['lunch', '2 / span 4'],
      ['c1', '5 / span 1'],
    ]);
    expect(spoken(cells[1]!)).to.match(/^10:00 – 10:30 AM Room: Hall A Alpha one Track: Science Ada Lovelace$/);
    expect(spoken(cells[0]!), 'across all rooms, the room is in the meta line').to.match(
      /^9:00 – 9:45 AM Opening talk for all Keynote ?· Room: Hall A$/,
    );
  });

  it('shows each session as tall as it lasts, and the room only in the column header', async () => {
    const el = await agendaIn('1000px', roomsFeed(), 'view="grid"');
    const [keynote, a1] = cellsOf(gridOf(el)!);
    expect([keynote!.style.gridRow, a1!.style.gridRow]).to.deep.equal(['2 / span 9', '14 / span 6']);
    const room = a1!.querySelector<HTMLElement>('[part="room"]')!;
    expect(room.getClientRects().length, 'the meta line leaves the room to the header').to.equal(0);
  });

  it('keeps the headers in view and scrolls sideways inside itself, never the page', async () => {
    const el = await agendaIn('500px', roomsFeed(), 'view="grid"');
    const box = gridOf(el)!.shadowRoot!.querySelector<HTMLElement>('[part="grid"]')!;
    const sticky = (part: string) => getComputedStyle(box.querySelector(`[part="${part}"]`)!).position;
    expect([sticky('grid-room'), sticky('grid-hour')]).to.deep.equal(['sticky', 'sticky']);
    expect(box.scrollWidth).to.be.above(box.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('switches to the grid, says so in seminar-view-change and remembers it in storage and the address', async () => {
    history.replaceState(null, '', `${address.split('#')[0]}${location.search ? '&' : '?'}keep=1#here`);
    const el = await agendaIn('1000px');
    const events: SeminarViewChangeEvent[] = [];
    document.addEventListener('seminar-view-change', (event) => events.push(event), { once: true });
    await choose(el, 1);
    const url = new URL(location.href);
    expect([pressed(el), timelineOf(el).view, events[0]?.detail, events[0]?.composed]).to.deep.equal([
      ['false', 'true'],
      'grid',
      { view: 'grid' },
      true,
    ]);
    expect([localStorage.getItem(STORED), url.searchParams.get('seminar-view'), url.searchParams.get('keep'), url.hash]).to.deep.equal([
      'grid',
      'grid',
      '1',
      '#here',
    ]);
    const again = await agendaIn('1000px');
    expect(timelineOf(again).view, 'a new page view keeps the choice').to.equal('grid');
  });

  it('takes the seminar-view parameter of a shared link before the stored choice', async () => {
    localStorage.setItem(STORED, 'grid');
    history.replaceState(null, '', '?seminar-view=list');
    const el = await agendaIn('1000px', roomsFeed(), 'view="grid"');
    expect(timelineOf(el).view).to.equal('list');
  });

  it('stores nothing with no-store', async () => {
    const el = await agendaIn('1000px', roomsFeed(), 'no-store');
    await choose(el, 1);
    expect([timelineOf(el).view, localStorage.getItem(STORED)]).to.deep.equal(['grid', null]);
  });

  it('shows the list with a note where two columns do not fit, keeps the switch, and the grid once they do', async () => {
    const el = await agendaIn('300px', roomsFeed(), 'view="grid"');
    const grid = gridOf(el)!;
    const listItem = timelineOf(el).shadowRoot!.getElementById('a1')!;
    expect([
      text(grid.shadowRoot!.querySelector('[part="grid-note"]')!),
      grid.shadowRoot!.querySelector('[part="grid"]'),
      listItem.getClientRects().length > 0,
      pressed(el),
    ]).to.deep.equal(['Too narrow for the grid: shown as a list.', null, true, ['false', 'true']]);
    await expect(el).to.be.accessible();
    el.parentElement!.style.width = '1000px';
    await until(() => grid.shadowRoot!.querySelector('[part="grid"]'));
    expect(listItem.getClientRects().length, 'the list is not shown beside the grid').to.equal(0);
  });

  it('moves by Tab through the sessions by time, then room', async () => {
    const el = await agendaIn('1000px', roomsFeed(), 'view="grid"');
    // The last control above the program; the print button may join the tools once idle.
    await until(() => el.shadowRoot!.querySelector('[part="print"]'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="print"]')!.focus();
    const stops: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await sendKeys({ press: 'Tab' });
      stops.push(text(gridOf(el)!.shadowRoot!.activeElement!));
    }
    expect(stops).to.deep.equal(['Opening talk for all', 'Alpha one', 'Beta one', 'Beta beside', 'Lunch', 'Gamma one']);
  });

  it('marks the sessions under way Now and the one after Next, as the list does', async () => {
    const el = await agendaIn('1000px', roomsFeed(), 'view="grid" now="2025-05-20T10:25"');
    const marked = cellsOf(gridOf(el)!)
      .filter((cell) => cell.querySelector('[part~="badge"]'))
      .map((cell) => [cell.id, text(cell.querySelector('[part~="badge"]')!), cell.getAttribute('aria-current')]);
    expect(marked).to.deep.equal([
      ['a1', 'Now', 'time'],
      ['b1', 'Now', 'time'],
      ['b2', 'Now', 'time'],
      ['lunch', 'Next', null],
    ]);
  });

  it('follows a link to a session to its cell', async () => {
    history.replaceState(null, '', '#b2');
    const el = await agendaIn('1000px', roomsFeed(), 'view="grid"');
    expect(gridOf(el)!.shadowRoot!.activeElement?.id).to.equal('b2');
  });

  it('passes axe in the grid view', async () => {
    const el = await agendaIn('1000px', roomsFeed(), 'view="grid"');
    await expect(el).to.be.accessible();
  });

  it('shows only the visible sessions, and a parent when one nested in it is visible', async () => {
    const el = await agendaIn('1000px', await seminarFeed(), 'view="grid"');
    const grid = gridOf(el)!;
    const first = cellsOf(grid).find((cell) => cell.querySelector('[part="nested"]'))!;
    const child = (await seminarFeed()).sessions.find((session) => session.id === first.id)!.sessions![0]!.id;
    grid.visible = new Set([child]);
    await settled(el);
    expect(cellsOf(grid).map((cell) => cell.id)).to.deep.equal([first.id]);
  });

  it('draws the one-room seminar as a single column, every session of the day in it', async () => {
    const feed = await seminarFeed();
    const el = await agendaIn('360px', feed, 'view="grid"');
    const grid = gridOf(el)!;
    const cells = cellsOf(grid);
    expect(grid.shadowRoot!.querySelectorAll('[part="grid-room"]').length).to.equal(0);
    expect(cells.map((cell) => cell.id)).to.deep.equal(feed.sessions.map((session) => session.id));
    expect(new Set(cells.map((cell) => cell.style.gridColumn))).to.deep.equal(new Set(['2 / span 1']));
    await expect(el).to.be.accessible();
  });

  it('places every session of 39C3 day 1 in the grid, none lost, across many rooms', async () => {
    const box = document.createElement('div');
    box.style.width = '1280px';
    box.innerHTML =
      '<seminar-agenda lang="en" view="grid" src="/tests/fixtures/feeds/39c3.schedule.xml" format="frab-xml"></seminar-agenda>';
    const el = box.firstElementChild as SeminarAgenda;
    const console = captureConsole();
    try {
      await agendaFixture(html`${box}`);
    } finally {
      console.restore();
    }
    await viewSwitchIn(el);
    const grid = gridOf(el)!;
    await grid.buildAll();
    // The sessions the day gives the grid (the list inside it builds its first screen first).
    const listed = grid.sessions!.map((session) => session.id);
    const placed = cellsOf(grid).map((cell) => cell.id);
    expect(grid.shadowRoot!.querySelectorAll('[part="grid-room"]').length).to.be.above(8);
    expect([...placed].sort()).to.deep.equal([...listed].sort());
  });
});

/**
 * Two days from 06:00 to 23:50 in two rooms, a 20-minute talk in each every half hour: `a0`, `b0`
 * at 06:00 … `a35`, `b35` at 23:30 on 20 May; the same on 21 May with ids that start `next-`.
 */
function fullDays(): FeedInput {
  const hm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const day = (date: string, prefix: string) =>
    Array.from({ length: 36 }, (_, slot) =>
      ['a', 'b'].map((room) => ({
        id: `${prefix}${room}${slot}`,
        start: `${date}T${hm(360 + slot * 30)}`,
        end: `${date}T${hm(380 + slot * 30)}`,
        title: `Talk ${room}${slot}`,
        room: `Room ${room.toUpperCase()}`,
      })),
    ).flat();
  return {
    version: 1,
    event: { title: 'Full days', timeZone: 'Europe/Copenhagen', language: 'en' },
    sessions: [...day('2025-05-20', ''), ...day('2025-05-21', 'next-')],
  };
}

describe('<seminar-program-grid> with a long day', () => {
  async function gridDay(): Promise<[SeminarTimeline, SeminarProgramGrid]> {
    const box = await fixture<HTMLElement>(
      html`<div style="width: 800px"><seminar-timeline lang="en" view="grid" .model=${modelOf(fullDays())}></seminar-timeline></div>`,
    );
    const el = box.firstElementChild as SeminarTimeline;
    await el.updateComplete;
    const grid = el.shadowRoot!.querySelector('seminar-program-grid')!;
    await grid.updateComplete;
    return [el, grid];
  }

  it('builds the cells of the hours a screen shows at once, the later ones when the browser is idle, in reading order', async () => {
    const [, grid] = await gridDay();
    const ids = () => cellsOf(grid).map((cell) => cell.id);
    // The test browser's window is at most 600px tall: less than the 18 hours of the day at 8rem an hour.
    expect([ids().slice(0, 4), ids().includes('b35')], 'first render').to.deep.equal([['a0', 'b0', 'a1', 'b1'], false]);
    await until(() => ids().length === 72);
    expect(ids().slice(-4)).to.deep.equal(['a34', 'b34', 'a35', 'b35']);
  });

  it("builds another day's first screen first", async () => {
    const [el, grid] = await gridDay();
    await until(() => cellsOf(grid).length === 72);
    el.day = '2025-05-21';
    await settled(el);
    const ids = cellsOf(grid).map((cell) => cell.id);
    expect([ids[0], ids.includes('next-b35')]).to.deep.equal(['next-a0', false]);
  });

  it('builds and focuses a session revealed beyond the first screen', async () => {
    const [el, grid] = await gridDay();
    expect(grid.shadowRoot!.getElementById('b35'), 'not built yet').to.equal(null);
    expect(await el.reveal('b35')).to.equal(true);
    expect(grid.shadowRoot!.activeElement?.id).to.equal('b35');
    expect(spoken(grid.shadowRoot!.activeElement as HTMLElement)).to.match(/^11:30.*11:50 PM Room: Room B Talk b35$/);
  });

  it('lays out a day of 1,000 sessions in 84 rooms in time order, the rows as many as the day has', async () => {
    const sessions = Array.from({ length: 1000 }, (_, index) => {
      const minutes = 480 + Math.floor(index / 84) * 45;
      const time = (m: number) => `2026-06-01T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      return { id: `s${index}`, start: time(minutes), end: time(minutes + 30), title: `Talk ${index}`, room: `Room ${index % 84}` };
    });
    const feed = { version: 1, event: { title: 'Big day', timeZone: 'Europe/Copenhagen', language: 'en' }, sessions } as FeedInput;
    const el = await agendaIn('1280px', feed, 'view="grid"');
    const grid = gridOf(el)!;
    await grid.buildAll();
    const cells = cellsOf(grid);
    expect(cells.map((cell) => cell.id)).to.deep.equal(sessions.map((session) => session.id));
    // 12 slots 45 minutes apart from 08:00, the last ending 16:45: 35 rows of 15 minutes after the headers.
    const box = grid.shadowRoot!.querySelector<HTMLElement>('[part="grid"]')!;
    expect(getComputedStyle(box).gridTemplateRows.split(' ')).to.have.length(1 + 35);
    // The last slot (s924 on) below the one before (s840 on), not squeezed into the rows the grid has.
    const rect = (id: string) => grid.shadowRoot!.getElementById(id)!.getBoundingClientRect();
    expect(rect('s924').top).to.be.at.least(rect('s840').bottom);
  });
});
