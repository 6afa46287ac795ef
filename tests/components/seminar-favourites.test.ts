import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import type { SeminarFavouriteEvent } from '../../src/events/seminar-favourite-event.js';
import type { SeminarViewChangeEvent } from '../../src/events/seminar-view-change-event.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { catchDownloads, modelOf, settled, timelineOf, until, viewSwitchIn } from '../helpers/index.js';

// Favourites without an account: the star on each session, what is stored per event, "My
// program", the notice for a favourite whose session left the feed and the share link's offer.

/** Where the agenda keeps the favourites of favouritesFeed(): the event's title and first day. */
const KEY = 'seminar-agenda:favourites:Favourite day@2025-05-20';

/** A welcome, a talk, a break, and a panel with a nested session. */
function favouritesFeed(): FeedInput {
  return {
    version: 1,
    event: { title: 'Favourite day', timeZone: 'Europe/Copenhagen', language: 'en' },
    sessions: [
      { id: 'open', start: '2025-05-20T09:00', end: '2025-05-20T09:30', kind: 'welcome', title: 'Opening' },
      { id: 'talk', start: '2025-05-20T09:30', end: '2025-05-20T10:00', title: 'Talk on trust' },
      { id: 'coffee', start: '2025-05-20T10:00', end: '2025-05-20T10:15', kind: 'break', title: 'Coffee' },
      {
        id: 'panel',
        start: '2025-05-20T10:15',
        end: '2025-05-20T11:00',
        kind: 'panel',
        title: 'Panel',
        sessions: [{ id: 'child', start: '2025-05-20T10:15', end: '2025-05-20T10:30', title: 'Nested pitch' }],
      },
    ],
  };
}

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, string> | null;

/** Renders favouritesFeed() in an English agenda, with `no-store` when asked. */
async function favouritesAgenda(options: { noStore?: boolean; feed?: FeedInput } = {}): Promise<SeminarAgenda> {
  const el = document.createElement('seminar-agenda');
  el.lang = 'en';
  el.noStore = options.noStore ?? false;
  el.feed = options.feed ?? favouritesFeed();
  const rendered = await fixture<SeminarAgenda>(html`${el}`);
  await settled(rendered);
  return rendered;
}

function parts(el: SeminarAgenda) {
  const timeline = timelineOf(el);
  const root = timeline.shadowRoot!;
  return {
    timeline,
    star: (id: string) => root.querySelector<HTMLButtonElement>(`#${id} > [part="actions"] [part="favourite"]`),
    // Sessions left out are hidden in place (the timeline's visible), so only those laid out count.
    shownIds: () =>
      [...root.querySelectorAll<HTMLElement>('[part~="session"]')].filter((s) => s.checkVisibility()).map((session) => session.id),
    toggle: () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="my-program"]')!,
    notices: () => [...el.shadowRoot!.querySelectorAll('[part="favourites-notice"]')],
    tools: () => el.shadowRoot!.querySelector<HTMLElement>('[part="my-program-tools"]'),
  };
}

const pressed = (button: HTMLButtonElement | null) => button?.getAttribute('aria-pressed');

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

beforeEach(() => localStorage.removeItem(KEY));
afterEach(() => localStorage.removeItem(KEY));

describe('favourites: the star', () => {
  it('puts an unpressed star named after its session on each content session, none on breaks, 24 px at least', async () => {
    const el = await favouritesAgenda();
    const { star } = parts(el);
    expect(['open', 'talk', 'panel', 'child'].map((id) => pressed(star(id)))).to.deep.equal(['false', 'false', 'false', 'false']);
    expect(star('coffee')).to.be.null;
    expect(star('talk')!.getAttribute('aria-label')).to.equal('Add Talk on trust to my program');
    expect(star('talk')!.textContent).to.equal('☆');
    const box = star('talk')!.getBoundingClientRect();
    expect(Math.min(box.width, box.height)).to.be.at.least(24);
    await expect(el).to.be.accessible();
  });

  it('stars a session on a press, fires seminar-favourite from the agenda and keeps it for the event', async () => {
    const el = await favouritesAgenda();
    const { star } = parts(el);
    const events: SeminarFavouriteEvent[] = [];
    const listener = (event: SeminarFavouriteEvent) => events.push(event);
    document.addEventListener('seminar-favourite', listener);
    const box = star('talk')!.getBoundingClientRect();
    star('talk')!.click();
    // The favourites' chunk is imported on this first press.
    await until(() => pressed(star('talk')) === 'true');
    expect(star('talk')!.textContent).to.equal('★');
    expect(star('talk')!.getBoundingClientRect().toJSON(), 'no layout shift').to.deep.equal(box.toJSON());
    expect(stored()).to.deep.equal({ talk: 'Talk on trust' });
    star('talk')!.click();
    await settled(el);
    document.removeEventListener('seminar-favourite', listener);
    expect(pressed(star('talk'))).to.equal('false');
    expect(stored()).to.deep.equal({});
    expect(events.map((e) => [e.target, e.detail])).to.deep.equal([
      [el, { sessionId: 'talk', favourite: true }],
      [el, { sessionId: 'talk', favourite: false }],
    ]);
    await expect(el).to.be.accessible();
  });

  it('toggles from the keyboard with Space and Enter, keeping focus on the star', async () => {
    const el = await favouritesAgenda();
    const { star } = parts(el);
    star('child')!.focus();
    await sendKeys({ press: 'Space' });
    await until(() => pressed(star('child')) === 'true');
    expect(deepActive()).to.equal(star('child'));
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect([pressed(star('child')), deepActive()]).to.deep.equal(['false', star('child')]);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('aria-label'), 'the actions button follows the star').to.equal('Actions for Nested pitch');
  });

  it('shows stored favourites pressed on the first render', async () => {
    localStorage.setItem(KEY, JSON.stringify({ panel: 'Panel', child: 'Nested pitch' }));
    const el = await favouritesAgenda();
    const { star } = parts(el);
    expect(['open', 'talk', 'panel', 'child'].map((id) => pressed(star(id)))).to.deep.equal(['false', 'false', 'true', 'true']);
  });

  it('follows a change another tab made', async () => {
    const el = await favouritesAgenda();
    const { star } = parts(el);
    star('open')!.click();
    await until(() => pressed(star('open')) === 'true');
    localStorage.setItem(KEY, JSON.stringify({ talk: 'Talk on trust' }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: localStorage.getItem(KEY) }));
    await settled(el);
    expect(['open', 'talk'].map((id) => pressed(star(id)))).to.deep.equal(['false', 'true']);
  });

  it('under no-store reads and writes nothing: favourites last for the page view', async () => {
    localStorage.setItem(KEY, JSON.stringify({ talk: 'Talk on trust' }));
    const el = await favouritesAgenda({ noStore: true });
    const { star } = parts(el);
    expect(pressed(star('talk'))).to.equal('false');
    star('open')!.click();
    await until(() => pressed(star('open')) === 'true');
    expect(stored()).to.deep.equal({ talk: 'Talk on trust' });
  });
});

describe('favourites: the timeline alone', () => {
  it('has no star unless its favourites are set, and then fires seminar-favourite for the page to keep', async () => {
    const model = modelOf(favouritesFeed());
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="da" .model=${model}></seminar-timeline>`);
    expect(el.shadowRoot!.querySelector('[part="favourite"]')).to.be.null;
    el.favourites = new Set(['talk']);
    await el.updateComplete;
    const star = el.shadowRoot!.querySelector<HTMLButtonElement>('#talk [part="favourite"]')!;
    expect([star.getAttribute('aria-label'), pressed(star)]).to.deep.equal(['Føj Talk on trust til mit program', 'true']);
    let detail: SeminarFavouriteEvent['detail'] | undefined;
    el.addEventListener('seminar-favourite', (event) => (detail = event.detail));
    star.click();
    expect(detail).to.deep.equal({ sessionId: 'talk', favourite: false });
  });

  it('shows only the visible sessions, keeping a parent of a visible nested session', async () => {
    const el = await fixture<SeminarTimeline>(
      html`<seminar-timeline lang="en" .model=${modelOf(favouritesFeed())} .visible=${new Set(['talk', 'child'])}></seminar-timeline>`,
    );
    const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="session"]')].filter((s) => s.checkVisibility());
    expect(shown.map((s) => s.id)).to.deep.equal(['talk', 'panel', 'child']);
  });
});

describe('favourites: My program', () => {
  it('shows only the favourites (and the parents of nested ones) and fires seminar-view-change both ways', async () => {
    localStorage.setItem(KEY, JSON.stringify({ talk: 'Talk on trust', child: 'Nested pitch' }));
    const el = await favouritesAgenda();
    const { toggle, shownIds, star, tools } = parts(el);
    const views: string[] = [];
    el.addEventListener('seminar-view-change', (event: SeminarViewChangeEvent) => views.push(event.detail.view));
    expect([toggle().textContent, pressed(toggle())]).to.deep.equal(['My program', 'false']);
    toggle().click();
    await until(() => pressed(toggle()) === 'true');
    await settled(el);
    expect(shownIds()).to.deep.equal(['talk', 'panel', 'child']);
    expect([...tools()!.querySelectorAll('button')].map((b) => b.textContent)).to.deep.equal([
      'Add my program to calendar',
      'Copy link to my program',
    ]);
    await expect(el).to.be.accessible();
    // Taken out while shown, a session stays until the view is left, so it can be put back.
    star('talk')!.click();
    await settled(el);
    expect([shownIds(), pressed(star('talk'))]).to.deep.equal([['talk', 'panel', 'child'], 'false']);
    toggle().click();
    await settled(el);
    expect(shownIds()).to.deep.equal(['open', 'talk', 'coffee', 'panel', 'child']);
    expect(tools()).to.be.null;
    expect(views).to.deep.equal(['favourites', 'list']);
  });

  describe('in the grid view', () => {
    const address = location.href;
    afterEach(() => {
      localStorage.removeItem('seminar-agenda:view:Favourite day@2025-05-20');
      history.replaceState(null, '', address);
    });

    it('names the grid in seminar-view-change when switched off in the grid view', async () => {
      localStorage.setItem(KEY, JSON.stringify({ talk: 'Talk on trust' }));
      const el = await favouritesAgenda();
      await viewSwitchIn(el);
      const { toggle } = parts(el);
      const views: string[] = [];
      el.addEventListener('seminar-view-change', (event: SeminarViewChangeEvent) => views.push(event.detail.view));
      el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="view-option"]')[1]!.click();
      await settled(el);
      toggle().click();
      await until(() => pressed(toggle()) === 'true');
      toggle().click();
      await until(() => pressed(toggle()) === 'false');
      expect([views, timelineOf(el).view]).to.deep.equal([['grid', 'favourites', 'grid'], 'grid']);
    });
  });

  it('says how to add a session while it holds none', async () => {
    const el = await favouritesAgenda();
    const { toggle, shownIds, tools } = parts(el);
    toggle().click();
    await until(() => tools());
    expect(shownIds()).to.deep.equal([]);
    expect(tools()!.textContent!.trim()).to.equal('Your program is empty. Press the star beside a session to add it.');
  });

  describe('calendar file and share link', () => {
    const downloads = catchDownloads();
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    let copied: string[];

    beforeEach(() => {
      copied = [];
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({ writeText: async (text: string) => void copied.push(text) }),
      });
    });
    afterEach(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    });

    it('downloads the favourites as one calendar file and copies a link that carries them, in program order', async () => {
      localStorage.setItem(KEY, JSON.stringify({ child: 'Nested pitch', open: 'Opening' }));
      const el = await favouritesAgenda();
      const { toggle, tools } = parts(el);
      toggle().click();
      const [calendar, share] = await until(() => tools()?.querySelectorAll('button'));
      calendar!.click();
      await until(() => downloads.length);
      expect(downloads[0]!.name).to.equal('favourite-day-favourites.ics');
      const text = await downloads[0]!.blob.text();
      expect(text.match(/^SUMMARY:[^\r]*/gm)).to.deep.equal(['SUMMARY:Opening', 'SUMMARY:Nested pitch']);
      share!.click();
      await settled(el);
      const url = new URL(copied[0]!);
      expect([url.pathname, url.searchParams.get('seminar-favourites'), url.hash]).to.deep.equal([location.pathname, 'open,child', '']);
      expect(el.shadowRoot!.querySelector('.favourite-notes[role="status"]')!.textContent!.trim()).to.equal('Link copied');
    });
  });
});

describe('favourites: notices', () => {
  const address = location.href;
  afterEach(() => history.replaceState(null, '', address));

  it('drops a favourite whose session left the feed, naming it in a polite notice that can be dismissed', async () => {
    localStorage.setItem(KEY, JSON.stringify({ gone: 'Old keynote', talk: 'Talk on trust' }));
    const el = await favouritesAgenda();
    const { notices, star, toggle } = parts(el);
    const notice = await until(() => notices()[0]);
    expect(notice.closest('[role="status"]')).to.exist;
    expect(notice.textContent).to.contain('No longer in the program, so taken out of yours: “Old keynote”.');
    expect(stored()).to.deep.equal({ talk: 'Talk on trust' });
    expect(pressed(star('talk'))).to.equal('true');
    await expect(el).to.be.accessible();
    notice.querySelector('button')!.click();
    await settled(el);
    expect([notices().length, deepActive()]).to.deep.equal([0, toggle()]);
  });

  it('says so too when a later feed no longer has a starred session', async () => {
    const el = await favouritesAgenda();
    const { star, notices } = parts(el);
    star('child')!.click();
    await until(() => pressed(star('child')) === 'true');
    const feed = favouritesFeed();
    feed.sessions[3]!.sessions = [];
    el.feed = feed;
    const notice = await until(() => notices()[0]);
    expect(notice.textContent).to.contain('“Nested pitch”');
    expect(stored()).to.deep.equal({});
  });

  it('offers the sessions of a share link that are new, and adds them only when asked, keeping the rest of the address', async () => {
    localStorage.setItem(KEY, JSON.stringify({ talk: 'Talk on trust' }));
    history.replaceState(null, '', `?keep=1&seminar-favourites=talk,child,unknown#top`);
    const el = await favouritesAgenda();
    const { notices, star, toggle } = parts(el);
    const offer = await until(() => notices()[0]);
    expect(offer.textContent).to.contain('This link shares 1 session for your program.');
    expect(pressed(star('child')), 'nothing added before the visitor agrees').to.equal('false');
    const [accept] = offer.querySelectorAll('button');
    expect(accept!.textContent).to.equal('Add to my program');
    accept!.click();
    await settled(el);
    expect(['talk', 'child'].map((id) => pressed(star(id)))).to.deep.equal(['true', 'true']);
    expect(stored()).to.deep.equal({ talk: 'Talk on trust', child: 'Nested pitch' });
    expect([location.search, location.hash]).to.deep.equal(['?keep=1', '#top']);
    expect([notices().length, deepActive()]).to.deep.equal([0, toggle()]);
  });

  it('leaves the favourites as they were when the offer is declined', async () => {
    history.replaceState(null, '', `?seminar-favourites=open`);
    const el = await favouritesAgenda();
    const { notices, star } = parts(el);
    const offer = await until(() => notices()[0]);
    offer.querySelectorAll('button')[1]!.click();
    await settled(el);
    expect([pressed(star('open')), stored(), location.search, notices().length]).to.deep.equal(['false', null, '', 0]);
  });
});
