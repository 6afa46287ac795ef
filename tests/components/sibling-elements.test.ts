import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import type { SeminarSpeakerCard } from '../../src/components/seminar-speaker-card/seminar-speaker-card.js';
import type { SeminarSponsorStrip } from '../../src/components/seminar-sponsor-strip/seminar-sponsor-strip.js';
import { captureConsole, deepText, failed, loaded, minimalFeed, settled, timesIn, until } from '../helpers/index.js';

let consoleCapture: ReturnType<typeof captureConsole>;
beforeEach(() => (consoleCapture = captureConsole()));
afterEach(() => consoleCapture.restore());

async function control(id: string, params: Record<string, string> = {}) {
  const query = new URLSearchParams({ id, ...params });
  return (await fetch(`/faults/control?${query}`)).json() as Promise<{ requests: number; aborted: number }>;
}

/** A sidebar before the main column: the siblings come into the page before the agenda they name. */
function sidebarPage(agenda: ReturnType<typeof html>) {
  const page = fixtureSync<HTMLElement>(html`<div>
    <aside>
      <seminar-timeline for="main"></seminar-timeline>
      <seminar-speaker-card for="main" speaker-id="ada"></seminar-speaker-card>
      <seminar-sponsor-strip for="main"></seminar-sponsor-strip>
    </aside>
    ${agenda}
  </div>`);
  const get = <T extends Element>(selector: string) => page.querySelector<T>(selector)!;
  return {
    page,
    agenda: get<SeminarAgenda>('#main'),
    timeline: get<SeminarTimeline>('aside seminar-timeline'),
    card: get<SeminarSpeakerCard>('aside seminar-speaker-card'),
    strip: get<SeminarSponsorStrip>('aside seminar-sponsor-strip'),
  };
}

/** Resolves once the element shows text: its program arrives through a link imported on use. */
const shows = (el: Element, text: string) => until(() => deepText(el).includes(text)).then(() => settled(el));

describe('sibling elements with for=', () => {
  it('show the program of the agenda they name, wherever they are in the page', async () => {
    const { agenda, timeline, card, strip } = sidebarPage(
      html`<seminar-agenda id="main" lang="en-GB" .feed=${minimalFeed()}></seminar-agenda>`,
    );
    await loaded(agenda);
    await shows(timeline, 'Opening');
    await shows(card, 'Ada Lovelace');
    await shows(strip, 'Acme');
    expect(deepText(card)).to.include('Engines Ltd');
    // The agenda's UI language and zone come along: English labels, times in Copenhagen.
    expect(deepText(strip)).to.include('Gold');
    expect(timesIn(timeline.shadowRoot!)).to.deep.equal(['09:00–09:30', '09:30–09:45']);
    expect(consoleCapture.warnings).to.deep.equal([]);
    for (const el of [timeline, card, strip]) await expect(el).to.be.accessible();
  });

  it('include the speaker directory, which lists the speakers of the agenda it names in a sidebar', async () => {
    const page = fixtureSync<HTMLElement>(html`<div>
      <aside><seminar-speaker-directory for="main"></seminar-speaker-directory></aside>
      <seminar-agenda id="main" lang="en-GB" .feed=${minimalFeed()}></seminar-agenda>
    </div>`);
    const directory = page.querySelector('seminar-speaker-directory')!;
    await loaded(page.querySelector<SeminarAgenda>('#main')!);
    // Its list is built when it nears the screen, which a sidebar at the top of the page does.
    await shows(directory, 'Ada Lovelace');
    expect(consoleCapture.warnings).to.deep.equal([]);
  });

  it('wait for an agenda added to the page later, and for one defined later', async () => {
    const page = fixtureSync<HTMLElement>(html`<div><seminar-timeline for="late"></seminar-timeline></div>`);
    const timeline = page.querySelector<SeminarTimeline>('seminar-timeline')!;
    await settled(timeline);
    expect(deepText(timeline)).to.equal('');
    // An element the page upgrades only once its definition arrives, as a CDN script loaded late would.
    const late = document.createElement('test-late-agenda') as SeminarAgenda;
    late.id = 'late';
    late.feed = minimalFeed();
    page.append(late);
    await settled(timeline);
    expect(deepText(timeline)).to.equal('');
    customElements.define('test-late-agenda', class extends SeminarAgenda {});
    await shows(timeline, 'Opening');
  });

  it('follow the agenda when it loads another program or the visitor switches its zone', async () => {
    const { agenda, timeline, strip } = sidebarPage(
      html`<seminar-agenda id="main" lang="en-GB" time-zone="America/New_York" .feed=${minimalFeed()}></seminar-agenda>`,
    );
    await loaded(agenda);
    await shows(timeline, 'Opening');
    expect(timesIn(timeline.shadowRoot!)[0]).to.equal('03:00–03:30');
    const next = minimalFeed();
    next.sessions[0]!.title = 'Reopened';
    next.sponsors = [];
    agenda.feed = next;
    await loaded(agenda);
    await shows(timeline, 'Reopened');
    await settled(strip);
    expect(deepText(strip)).to.equal('');
    agenda.lang = 'da';
    await settled(agenda);
    await settled(timeline);
    expect(timesIn(timeline.shadowRoot!)[0]).to.equal('03.00–03.30');
  });

  it('follow the id: a removed agenda takes its program along, a new one with the id brings its own', async () => {
    const { page, agenda, timeline } = sidebarPage(html`<seminar-agenda id="main" lang="en-GB" .feed=${minimalFeed()}></seminar-agenda>`);
    await shows(timeline, 'Opening');
    agenda.remove();
    await until(() => deepText(timeline) === '');
    const other = minimalFeed();
    other.sessions[0]!.title = 'Another opening';
    const replacement = Object.assign(document.createElement('seminar-agenda'), { id: 'main', lang: 'en', feed: other });
    page.append(replacement);
    await shows(timeline, 'Another opening');
  });

  it('stop following when disconnected, and follow again when connected', async () => {
    const { agenda, timeline } = sidebarPage(html`<seminar-agenda id="main" lang="en-GB" .feed=${minimalFeed()}></seminar-agenda>`);
    await shows(timeline, 'Opening');
    const aside = timeline.parentElement!;
    timeline.remove();
    const next = minimalFeed();
    next.sessions[0]!.title = 'While away';
    agenda.feed = next;
    await loaded(agenda);
    await settled(timeline);
    expect(deepText(timeline)).to.include('Opening').and.not.include('While away');
    aside.append(timeline);
    await shows(timeline, 'While away');
  });

  it('take htmlFor set from script after they are in the page, and work inside a shadow root', async () => {
    const host = fixtureSync<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const timeline = document.createElement('seminar-timeline');
    root.append(timeline, Object.assign(document.createElement('seminar-agenda'), { id: 'inner', lang: 'en-GB', feed: minimalFeed() }));
    await settled(timeline);
    expect(deepText(timeline)).to.equal('');
    timeline.htmlFor = 'inner';
    await shows(timeline, 'Opening');
    timeline.htmlFor = undefined;
    await until(() => deepText(timeline) === '');
  });

  it('a card waiting for its agenda says nothing; for= naming no agenda warns once it is known', async () => {
    const page = fixtureSync<HTMLElement>(html`<div>
      <seminar-speaker-card for="nowhere" speaker-id="ada"></seminar-speaker-card>
      <seminar-timeline for="plain"></seminar-timeline>
      <div id="plain"></div>
    </div>`);
    const timeline = page.querySelector('seminar-timeline')!;
    await until(() => consoleCapture.warnings.length);
    await settled(page.querySelector('seminar-speaker-card')!);
    expect(consoleCapture.warnings).to.deep.equal([
      '[seminar-agenda] <seminar-timeline for="plain"> names a <div>, not a <seminar-agenda>; it shows nothing.',
    ]);
    expect(deepText(timeline)).to.equal('');
  });
});

describe('one request for one feed', () => {
  it('an agenda, three siblings and a second agenda with the same src fetch the feed once', async () => {
    const src = '/faults/seminar?id=siblings-count';
    const { page, agenda, timeline, card, strip } = sidebarPage(html`<seminar-agenda id="main" src=${src}></seminar-agenda>`);
    card.speakerId = 'line-sinding-skott';
    const second = Object.assign(document.createElement('seminar-agenda'), { src });
    page.append(second);
    const [first, again] = await Promise.all([loaded(agenda), loaded(second)]);
    // One parse too: both show the very same model.
    expect(again.detail.model).to.equal(first.detail.model);
    await shows(timeline, 'Velkomst og introduktion');
    await shows(card, 'Line Sinding Skött');
    await shows(strip, 'Innovationsfonden');
    expect((await control('siblings-count')).requests).to.equal(1);
  });

  it('a src asked for after the first load has settled is fetched again, never older than the server', async () => {
    await control('later', { title: 'First', mode: 'ok' });
    const first = Object.assign(document.createElement('seminar-agenda'), { src: '/faults/live?id=later', noStore: true });
    fixtureSync(first);
    await loaded(first);
    await control('later', { title: 'Second' });
    const second = Object.assign(document.createElement('seminar-agenda'), { src: '/faults/live?id=later', noStore: true });
    first.after(second);
    await loaded(second);
    expect(deepText(second)).to.include('Session of Second');
    expect((await control('later')).requests).to.equal(2);
  });

  it('a shared load goes on while one agenda waits for it, and is given up when every agenda has left', async () => {
    const src = '/faults/slow?id=shared-abort';
    const page = fixtureSync<HTMLElement>(html`<div>
      <seminar-agenda no-store src=${src}></seminar-agenda><seminar-agenda no-store src=${src}></seminar-agenda>
    </div>`);
    const [leaving, staying] = page.querySelectorAll('seminar-agenda');
    await until(async () => (await control('shared-abort')).requests === 1);
    leaving!.remove();
    await loaded(staying!);
    expect((await control('shared-abort')).aborted).to.equal(0);

    const alone = fixtureSync<SeminarAgenda>(html`<seminar-agenda no-store src="/faults/slow?id=all-left"></seminar-agenda>`);
    const other = Object.assign(document.createElement('seminar-agenda'), { src: '/faults/slow?id=all-left', noStore: true });
    alone.after(other);
    await until(async () => (await control('all-left')).requests === 1);
    alone.remove();
    other.remove();
    await until(async () => (await control('all-left')).aborted === 1);
  });

  it('shares failures as they come, and a later load tries again', async () => {
    await control('shared-fail', { title: 'Back', mode: '503' });
    const page = fixtureSync<HTMLElement>(html`<div>
      <seminar-agenda no-store src="/faults/live?id=shared-fail"></seminar-agenda><seminar-agenda no-store src="/faults/live?id=shared-fail"></seminar-agenda>
    </div>`);
    const agendas = [...page.querySelectorAll('seminar-agenda')];
    const errors = await Promise.all(agendas.map((el) => failed(el)));
    expect(errors.map((e) => e.detail.kind)).to.deep.equal(['http', 'http']);
    expect((await control('shared-fail')).requests).to.equal(1);
    await control('shared-fail', { mode: 'ok' });
    const retry = Object.assign(document.createElement('seminar-agenda'), { src: '/faults/live?id=shared-fail', noStore: true });
    page.append(retry);
    await loaded(retry);
    expect(deepText(retry)).to.include('Session of Back');
  });
});
