import { expect, fixtureSync, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/define/all.js';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { loaded, settled, timelineOf, until } from '../helpers/index.js';

// What an agenda keeps in the page's address (search, filters, view, a share link's favourites):
// under the plain names with one agenda on the page, under `<id>.` names with more than one.

/** 24 talks in two rooms on one day: enough for the search bar. */
function congressFeed(title: string): FeedInput {
  return {
    version: 1,
    event: { title, timeZone: 'Europe/Copenhagen', language: 'en' },
    sessions: Array.from({ length: 24 }, (_, index) => ({
      id: `talk-${index + 1}`,
      start: `2025-05-20T${String(8 + (index >> 1)).padStart(2, '0')}:00`,
      end: `2025-05-20T${String(8 + (index >> 1)).padStart(2, '0')}:45`,
      title: `${title} talk ${index + 1}`,
      room: `Room ${(index % 2) + 1}`,
    })),
  };
}

/** Agendas with these ids (none for ''), each with its own congress, once each shows its search bar and view switch. */
async function agendas(...ids: string[]): Promise<SeminarAgenda[]> {
  const box = fixtureSync<HTMLElement>(html`<div>
    ${ids.map((id) => html`<seminar-agenda lang="en" no-store id=${id || nothing} .feed=${congressFeed(`Congress ${id}`)}></seminar-agenda>`)}
  </div>`);
  const els = [...box.querySelectorAll('seminar-agenda')];
  await Promise.all(els.map((el) => loaded(el)));
  for (const el of els) {
    await until(() => el.shadowRoot!.querySelector('[part="search"]') && el.shadowRoot!.querySelector('[part="view-switch"]'));
    await settled(el);
  }
  return els;
}

const searchBox = (el: SeminarAgenda) => el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
/** The agendas' parameters in the address (the test runner has its own). */
const params = () => [...new URLSearchParams(location.search)].filter(([name]) => name.includes('seminar-'));

/** Types into an agenda's search and waits for the address to follow (it does once typing pauses). */
async function search(el: SeminarAgenda, text: string, param: string): Promise<void> {
  const box = searchBox(el);
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await until(() => new URLSearchParams(location.search).get(param) === text);
  await settled(el);
}

async function chooseGrid(el: SeminarAgenda): Promise<void> {
  el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="view-option"]')[1]!.click();
  await settled(el);
}

describe('<seminar-agenda> parameters in the address', () => {
  const address = location.href;
  afterEach(() => history.replaceState(null, '', address));

  it('keeps the plain names for the only agenda on the page, with or without an id', async () => {
    history.replaceState(null, '', '?seminar-q=talk%2012&seminar-view=grid');
    const [el] = await agendas('program');
    expect([searchBox(el!).value, timelineOf(el!).visible?.size, timelineOf(el!).view]).to.deep.equal(['talk 12', 1, 'grid']);
    await search(el!, 'talk 3', 'seminar-q');
    expect(params()).to.deep.equal([
      ['seminar-q', 'talk 3'],
      ['seminar-view', 'grid'],
    ]);
  });

  it('scopes each agenda to its id when there are two: a search in one leaves the other alone, and each restores its own', async () => {
    const [first, second] = await agendas('first', 'second');
    await search(first!, 'talk 12', 'first.seminar-q');
    await chooseGrid(second!);
    expect(params()).to.deep.equal([
      ['first.seminar-q', 'talk 12'],
      ['second.seminar-view', 'grid'],
    ]);
    expect([searchBox(second!).value, timelineOf(second!).visible, timelineOf(first!).view]).to.deep.equal(['', undefined, 'list']);

    // The same page opened again (with no-store, only the address remembers).
    first!.parentElement!.remove();
    const [again, secondAgain] = await agendas('first', 'second');
    expect([searchBox(again!).value, [...timelineOf(again!).visible!], timelineOf(again!).view]).to.deep.equal([
      'talk 12',
      ['talk-12'],
      'list',
    ]);
    expect([searchBox(secondAgain!).value, timelineOf(secondAgain!).visible, timelineOf(secondAgain!).view]).to.deep.equal([
      '',
      undefined,
      'grid',
    ]);
  });

  it('offers a share link’s favourites only to the agenda it names', async () => {
    history.replaceState(null, '', '?second.seminar-favourites=talk-2');
    const [first, second] = await agendas('first', 'second');
    const notices = (el: SeminarAgenda) => el.shadowRoot!.querySelectorAll('[part="favourites-notice"]').length;
    await until(() => notices(second!));
    await settled(first!);
    expect([notices(first!), notices(second!)]).to.deep.equal([0, 1]);
  });

  it('leaves an agenda without an id on the plain names beside one with an id', async () => {
    const [plain, named] = await agendas('', 'named');
    await search(plain!, 'talk 5', 'seminar-q');
    await search(named!, 'talk 6', 'named.seminar-q');
    expect(params()).to.deep.equal([
      ['seminar-q', 'talk 5'],
      ['named.seminar-q', 'talk 6'],
    ]);
  });
});
