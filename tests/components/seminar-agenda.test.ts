import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { SessionInput } from '../../src/feed/schema.js';
import { agendaFixture, captureConsole, deepText, failed, loaded, minimalFeed, seminarFeed } from '../helpers/index.js';

const shadow = (el: Element) => el.shadowRoot!;

function allTitles(sessions: SessionInput[]): string[] {
  return sessions.flatMap((s) => [s.title, ...allTitles(s.sessions ?? [])]);
}

describe('<seminar-agenda>', () => {
  describe('with the seminar feed from src', () => {
    let el: SeminarAgenda;
    beforeEach(async () => (el = await agendaFixture('<seminar-agenda src="/demo/feeds/seminar.da.json"></seminar-agenda>')));

    it('renders every session title, nested ones included', async () => {
      const text = deepText(el);
      const feed = await seminarFeed();
      for (const title of allTitles(feed.sessions as SessionInput[])) expect(text).to.include(title);
    });

    it('renders every speaker name with job title and organization', async () => {
      const text = deepText(el);
      const feed = await seminarFeed();
      for (const speaker of feed.speakers ?? []) if (speaker.name) expect(text).to.include(speaker.name);
      expect(text).to.include('Ismail Gögenur, Professor KU, Sjælland Universitetshospital Køge');
    });

    it('renders the TBC entries as "to be confirmed", with the organization when known', () => {
      const timeline = shadow(el).querySelector('seminar-timeline')!;
      const tbcSpeakers = [...timeline.shadowRoot!.querySelectorAll('.speaker-name.tbc')];
      expect(tbcSpeakers.length).to.equal(3);
      expect(tbcSpeakers.every((s) => s.textContent === 'Afventer bekræftelse')).to.be.true;
      expect(deepText(timeline)).to.include('Afventer bekræftelse, Cerebriu');
    });

    it('shows all seven organizers and sponsors', () => {
      const strip = shadow(el).querySelector('seminar-sponsor-strip')!;
      const names = [...strip.shadowRoot!.querySelectorAll('[part~="sponsor"]')].map((s) => s.textContent!.trim());
      expect(names).to.have.length(7);
      for (const name of [
        'Innovationsfonden',
        'Radiologisk AI Testcenter',
        '2021.ai',
        'Enversion',
        'DataFair',
        'Danish Life Science Cluster',
        'Microsoft',
      ]) {
        expect(
          names.some((n) => n.startsWith(name)),
          name,
        ).to.be.true;
      }
    });

    it('uses the feed language for the UI and Danish time formats', () => {
      const timeline = shadow(el).querySelector('seminar-timeline')!;
      const first = timeline.shadowRoot!.querySelector('[part="time"]')!;
      expect(first.textContent!.replace(/\s/g, '')).to.equal('08.30–09.00');
      expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2025-05-20T06:30:00.000Z');
      expect(deepText(el)).to.include('Oplægsholdere');
    });

    it('marks breaks and meals as light sessions', () => {
      const timeline = shadow(el).querySelector('seminar-timeline')!;
      const light = [...timeline.shadowRoot!.querySelectorAll('[part~="session-light"]')].map((s) => s.getAttribute('data-kind'));
      expect(light).to.include.members(['break', 'meal', 'arrival']);
      const talk = timeline.shadowRoot!.querySelector('[data-kind="talk"]')!;
      expect(talk.getAttribute('part')).to.equal('session');
    });

    it('uses semantic markup: headings and ordered lists', () => {
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Ansvarlig anvendelse af AI i klinikken');
      const timeline = shadow(el).querySelector('seminar-timeline')!;
      expect(timeline.shadowRoot!.querySelector('ol > li [role="heading"][aria-level="4"]')).to.exist;
      expect(timeline.shadowRoot!.querySelector('ol ol [role="heading"][aria-level="5"]')).to.exist;
    });

    it('has no axe violations', async () => {
      await expect(el).to.be.accessible();
    });

    it('steps the type scale: event title, section headings, session titles, body', () => {
      const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
      const timeline = shadow(el).querySelector('seminar-timeline')!;
      const title = size(shadow(el).querySelector('[part="event-title"]')!);
      const sections = [...shadow(el).querySelectorAll('[part="section-title"]')].map(size);
      const session = size(timeline.shadowRoot!.querySelector('[part="session"] [part="session-title"]')!);
      const subtitle = shadow(el).querySelector('[part="subtitle"]')!;
      const body = size(shadow(el).querySelector('[part="description"] p')!);
      expect(sections).to.have.length(3);
      expect(new Set(sections).size).to.equal(1);
      expect(title).to.be.above(sections[0]!);
      expect(sections[0]).to.be.above(session);
      expect(session).to.be.above(body);
      expect(size(subtitle)).to.be.below(title);
      expect(getComputedStyle(subtitle).color).to.equal(getComputedStyle(shadow(el).querySelector('[part="date"]')!).color);
    });

    it('names the speakers and sponsors sections with visible headings', () => {
      const headings = [...shadow(el).querySelectorAll('section > h3')].map((h) => h.textContent);
      expect(headings).to.deep.equal(['Program', 'Oplægsholdere', 'Arrangører og sponsorer']);
      const strip = shadow(el).querySelector('seminar-sponsor-strip')!;
      expect(strip.closest('section')!.getAttribute('aria-labelledby')).to.equal('sponsors-title');
      expect(strip.shadowRoot!.querySelector('[part="tier-title"]')!.getAttribute('aria-level')).to.equal('4');
    });

    it('gives the cards in one row of the speaker grid one height', async () => {
      const cards = [...shadow(el).querySelectorAll('seminar-speaker-card')];
      const rows = new Map<number, number[]>();
      for (const card of cards) {
        const box = card.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect();
        rows.set(Math.round(box.top), [...(rows.get(Math.round(box.top)) ?? []), box.height]);
      }
      const wide = [...rows.values()].filter((heights) => heights.length > 1);
      expect(wide.length, 'rows with more than one card').to.be.above(2);
      for (const heights of wide) expect(new Set(heights).size, heights.join(', ')).to.equal(1);
    });

    it('marks the content language, so the browser hyphenates Danish compounds', () => {
      const description = shadow(el).querySelector('[part="description"]')!;
      expect(description.closest('[lang]')!.getAttribute('lang')).to.equal('da');
      expect(getComputedStyle(description).hyphens).to.equal('auto');
      const card = shadow(el).querySelector('seminar-speaker-card')!;
      expect(card.closest('[lang]')!.getAttribute('lang')).to.equal('da');
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part="job-title"]')!).hyphens).to.equal('auto');
    });
  });

  it('caps running text at --seminar-measure and leaves the program the full width', async () => {
    const feed = minimalFeed() as any;
    feed.event.description = 'Running text. '.repeat(80);
    const el = await agendaFixture(html`<seminar-agenda .feed=${feed} style="inline-size: 1400px"></seminar-agenda>`);
    const timeline = shadow(el).querySelector('seminar-timeline')!;
    const description = shadow(el).querySelector<HTMLElement>('[part="description"]')!;
    const ch = parseFloat(getComputedStyle(description).fontSize) * 0.4;
    const width = description.getBoundingClientRect().width;
    expect(width).to.be.below(80 * parseFloat(getComputedStyle(description).fontSize));
    expect(width).to.be.above(70 * ch);
    expect(timeline.getBoundingClientRect().width).to.be.above(1300);
    el.style.setProperty('--seminar-measure', '20rem');
    expect(description.getBoundingClientRect().width).to.equal(320);
  });

  it('fires seminar-load with the model when the feed is set as a property', async () => {
    const el = fixtureSync<SeminarAgenda>(html`<seminar-agenda .feed=${minimalFeed()}></seminar-agenda>`);
    const event = await loaded(el);
    expect(event.detail.model.event.title).to.equal('Test day');
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('reads an inline JSON script child', async () => {
    const json = JSON.stringify(minimalFeed());
    const el = await agendaFixture(`<seminar-agenda><script type="application/json">${json}</script></seminar-agenda>`);
    const text = deepText(el);
    expect(text).to.include('Opening');
    expect(text).to.include('Ada Lovelace');
  });

  it('prefers the feed property over src', async () => {
    const el = await agendaFixture(html`<seminar-agenda src="/demo/feeds/seminar.da.json" .feed=${minimalFeed()}></seminar-agenda>`);
    const text = deepText(el);
    expect(text).to.include('Test day');
    expect(text).not.to.include('Ansvarlig anvendelse');
  });

  it('lets lang on the element override the feed language', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="en" src="/demo/feeds/seminar.da.json"></seminar-agenda>`);
    const text = deepText(el);
    expect(text).to.include('Speakers');
    expect(text).to.include('To be confirmed');
    expect(text).not.to.include('Oplægsholdere');
  });

  it('shows a loading message while the feed is fetched', async () => {
    const el = fixtureSync<SeminarAgenda>(html`<seminar-agenda lang="en" src="/demo/feeds/seminar.da.json"></seminar-agenda>`);
    const shown = loaded(el);
    await el.updateComplete;
    const status = shadow(el).querySelector('[role="status"]');
    expect(status?.textContent).to.equal('Loading the program…');
    await shown;
    expect(shadow(el).querySelector('[role="status"]')).to.be.null;
  });

  it("speaks the page's language until its feed names one: one locale rule for every element", async () => {
    // An English feed inside a Danish page section: Danish while loading, then the feed's language.
    const feed = { ...minimalFeed(), event: { ...minimalFeed().event, language: 'en' } };
    const page = fixtureSync<HTMLElement>(html`<section lang="da"><seminar-agenda src="/faults/slow"></seminar-agenda></section>`);
    const el = page.querySelector<SeminarAgenda>('seminar-agenda')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="status"]')?.textContent).to.equal('Henter programmet…');
    el.removeAttribute('src');
    el.feed = feed;
    await loaded(el);
    expect(shadow(el).querySelector('#speakers-title')!.textContent).to.equal('Speakers');
    expect(shadow(el).querySelector('.agenda')!.getAttribute('lang')).to.equal('en');
  });

  it('shows an empty state when the program has no sessions', async () => {
    const feed = { ...minimalFeed(), sessions: [] };
    const el = await agendaFixture(html`<seminar-agenda .feed=${feed}></seminar-agenda>`);
    expect(deepText(el)).to.include('No sessions have been published yet.');
    expect(shadow(el).querySelector('seminar-timeline')).to.be.null;
  });

  describe('error state', () => {
    it('reports an invalid feed: polite message for visitors, every problem for the webmaster', async () => {
      const feed = minimalFeed() as any;
      delete feed.event.title;
      feed.sessions[0].end = '2025-05-20T08:00';
      const console = captureConsole();
      const el = fixtureSync<SeminarAgenda>(html`<seminar-agenda .feed=${feed}></seminar-agenda>`);
      const event = await failed(el).finally(() => console.restore());
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(event.detail.kind).to.equal('invalid');
      expect(event.detail.problems.map((p) => p.path)).to.deep.equal(['event.title', 'sessions[0].end']);
      expect(console.errors.join('\n')).to.include('event.title: is required');
      expect(alert.textContent).to.equal('The program cannot be shown right now.');
      expect(alert.textContent).not.to.include('event.title');
      await expect(el).to.be.accessible();
    });

    // Fetch failures (HTTP, not JSON, timeout, size, network) are covered case by case in seminar-agenda-faults.test.ts.

    it('logs warnings and still renders the rest', async () => {
      const feed = minimalFeed() as any;
      feed.sessions[0].speakers.push('ghost');
      const console = captureConsole();
      const el = fixtureSync<SeminarAgenda>(html`<seminar-agenda .feed=${feed}></seminar-agenda>`);
      const event = await loaded(el).finally(() => console.restore());
      expect(event.detail.warnings.map((w) => w.path)).to.deep.equal(['sessions[0].speakers[1]']);
      expect(console.warnings.join('\n')).to.include('sessions[0].speakers[1]: no speaker has id "ghost"');
      expect(deepText(el)).to.include('Opening');
    });
  });
});
