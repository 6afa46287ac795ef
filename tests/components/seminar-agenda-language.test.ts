import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { SeminarProgramGrid } from '../../src/components/seminar-program-grid/seminar-program-grid.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import { importFeed } from '../../src/feed/importers/index.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { agendaFixture, minimalFeed, modelOf, seminarFeed, settled, timelineOf, until, viewSwitchIn } from '../helpers/index.js';

/** 39C3 as imported: 100 sessions in German, 114 in English, one without a language (the event's, English). */
let congress: FeedInput;
before(async () => {
  const text = await (await fetch('/tests/fixtures/feeds/39c3.schedule.xml')).text();
  congress = (await importFeed(text, { format: 'frab-xml' })).feed as unknown as FeedInput;
});

const root = (el: SeminarAgenda) => el.shadowRoot!;
const countText = (el: SeminarAgenda) => root(el).querySelector('[part="result-count"]')!.textContent!.trim();
const languageFilter = (el: SeminarAgenda, label = 'Language') =>
  [...root(el).querySelectorAll<HTMLDetailsElement>('[part="filter"]')].find((d) =>
    d.querySelector('summary')!.textContent!.startsWith(label),
  );
const optionLabels = (details: HTMLDetailsElement) => [...details.querySelectorAll('label')].map((label) => label.textContent!.trim());
/** The sessions the timeline shows on the shown day. */
const shown = (el: SeminarAgenda) => [...timelineOf(el).shadowRoot!.querySelectorAll<HTMLElement>('li.session')].filter((li) => !li.hidden);
const titleOf = (session: HTMLElement) => session.querySelector<HTMLElement>('[part="session-title"]')!;

async function agenda(feed: FeedInput, lang = 'en'): Promise<SeminarAgenda> {
  const el = await agendaFixture(html`<seminar-agenda lang=${lang} .feed=${feed}></seminar-agenda>`);
  await until(() => root(el).querySelector('[part="search"]'));
  await settled(el);
  return el;
}

describe('<seminar-agenda> with sessions in more than one language', () => {
  const address = location.href;
  afterEach(() => history.replaceState(null, '', address));

  it("offers a language filter on 39C3, named in the UI language, which keeps the chosen language's sessions", async () => {
    const el = await agenda(congress);
    const filter = languageFilter(el)!;
    // In the order of their names, not their tags (de, en).
    expect(optionLabels(filter)).to.deep.equal(['English', 'German']);
    filter.querySelectorAll('input')[1]!.click();
    await settled(el);
    expect(countText(el)).to.equal('100 of 215 sessions');
    expect(shown(el).length).to.be.above(0);
    expect(shown(el).map((session) => titleOf(session).lang)).to.satisfy((langs: string[]) => langs.every((lang) => lang === 'de'));
    expect(new URLSearchParams(location.search).get('seminar-lang')).to.equal('de');
    await expect(el).to.be.accessible();
  });

  it("marks a session's title with its own language in the speaker directory too", async () => {
    const el = await agenda(congress);
    const directory = root(el).querySelector('seminar-speaker-directory')!;
    await until(() => customElements.get('seminar-speaker-directory'));
    await directory.reveal(congress.speakers![0]!.id);
    const links = [...directory.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="entry-session"]')];
    const languages = new Map(congress.sessions.map((session) => [`#${session.id}`, session.language ?? 'en']));
    // The language a screen reader reads each title in: its own, else the list's (the event's, English).
    const read = links.map((link) => [languages.get(link.getAttribute('href')!), link.closest<HTMLElement>('[lang]')!.lang]);
    expect(read.some(([own]) => own === 'de')).to.be.true;
    expect(read.filter(([own, heard]) => own !== heard)).to.deep.equal([]);
  });

  it('restores the language filter from the address', async () => {
    history.replaceState(null, '', `${location.pathname}?seminar-lang=en`);
    const el = await agenda(congress, 'da');
    const filter = languageFilter(el, 'Sprog')!;
    expect(filter.querySelector('summary')!.textContent!.trim()).to.equal('Sprog (1)');
    expect(optionLabels(filter)).to.deep.equal(['Engelsk', 'Tysk']);
    // 114 sessions list English, and the one without a language is in the event's, English.
    expect(countText(el)).to.equal('115 af 215 sessioner');
  });

  it("marks a session in another language than the event's with lang and names that language in its meta line", async () => {
    const el = await agenda(congress, 'da');
    const sessions = shown(el);
    const german = sessions.find((session) => titleOf(session).lang === 'de')!;
    const english = sessions.find((session) => titleOf(session).lang === 'en')!;
    expect(german.querySelector('[part="session-description"]')!.getAttribute('lang')).to.equal('de');
    expect(german.querySelector('[part="language"]')!.textContent).to.equal('Sprog: Tysk');
    expect(german.querySelector('[part="language"] .visually-hidden')).to.exist;
    expect(english.querySelector('[part="language"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks the same in the grid view', async () => {
    const box = document.createElement('div');
    box.style.width = '1280px';
    const el = box.appendChild(document.createElement('seminar-agenda'));
    el.lang = 'en';
    el.view = 'grid';
    el.feed = congress;
    await agendaFixture(html`${box}`);
    await viewSwitchIn(el);
    const cellsOf = () => {
      const grid = timelineOf(el).shadowRoot!.querySelector<SeminarProgramGrid>('seminar-program-grid');
      return [...(grid?.shadowRoot?.querySelectorAll<HTMLElement>('[part="grid-session"]') ?? [])];
    };
    await until(() => cellsOf().length);
    await settled(el);
    const cells = cellsOf();
    const german = cells.filter((cell) => cell.querySelector('[part="session-title"]')!.getAttribute('lang') === 'de');
    expect(german.length).to.be.above(0);
    expect(german.every((cell) => cell.querySelector('[part="language"]')!.textContent === 'Language: German')).to.be.true;
  });
});

describe('<seminar-timeline> with a German talk in an English program', () => {
  it("marks its points and questions; a nested session without a language is in the event language, not its parent's", async () => {
    const feed = minimalFeed();
    Object.assign(feed.sessions[0]!, {
      language: 'de',
      points: ['Erstens'],
      questions: ['Warum?'],
      sessions: [{ id: 'open-part', title: 'Part one' }],
    });
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en" .model=${modelOf(feed)}></seminar-timeline>`);
    await settled(el);
    const lang = (selector: string) => el.shadowRoot!.querySelector(selector)!.getAttribute('lang');
    expect([
      lang('#open [part="points"]'),
      lang('#open [part="questions"]'),
      lang('#open--title'),
      lang('#open-part--title'),
    ]).to.deep.equal(['de', 'de', 'de', 'en']);
    expect(el.shadowRoot!.querySelector('#open-part [part="language"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<seminar-agenda> with the seminar, all in its own language', () => {
  it('shows no language label and keeps the event language on every title', async () => {
    const el = await agendaFixture(html`<seminar-agenda .feed=${await seminarFeed()}></seminar-agenda>`);
    const timeline = timelineOf(el).shadowRoot!;
    expect(timeline.querySelectorAll('[part="language"]').length).to.equal(0);
    const langs = new Set([...timeline.querySelectorAll('[part="session-title"]')].map((title) => title.getAttribute('lang')));
    expect([...langs]).to.deep.equal(['da']);
  });
});
