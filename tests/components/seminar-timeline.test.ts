import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import type { MessageOverrides } from '../../src/i18n/index.js';
import { agendaFixture, minimalFeed, modelOf, settled, timelineOf } from '../helpers/index.js';

function model(mutate: (feed: any) => void = () => {}) {
  const feed = minimalFeed() as any;
  mutate(feed);
  return modelOf(feed);
}

const text = (el: Element | null | undefined) => el?.textContent!.replace(/\s+/g, ' ').trim();
const kinds = (el: SeminarTimeline) =>
  [...el.shadowRoot!.querySelectorAll('[part~="session"]')].map((s) => text(s.querySelector('[part="kind"]')));

describe('<seminar-timeline>', () => {
  it('stands alone with a model and shows times in the event zone', async () => {
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en-GB" .model=${model()}></seminar-timeline>`);
    const times = [...el.shadowRoot!.querySelectorAll('[part="time"]')].map((t) => t.textContent!.replace(/\s/g, ''));
    expect(times).to.deep.equal(['09:00–09:30', '09:30–09:45']);
    await expect(el).to.be.accessible();
  });

  it('writes English ranges with one AM or PM, Danish ones with dots, each end a machine-readable time', async () => {
    const m = model((f) => {
      f.sessions[0].start = '2025-05-20T10:45';
      f.sessions[0].end = '2025-05-20T11:10';
      f.sessions[1].start = '2025-05-20T11:30';
      f.sessions[1].end = '2025-05-20T12:15';
    });
    const en = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en-US" .model=${m}></seminar-timeline>`);
    const [first, second] = [...en.shadowRoot!.querySelectorAll('[part="time"]')];
    expect(first!.textContent!.replace(/\s+/g, ' ')).to.equal('10:45 – 11:10 AM');
    expect(second!.textContent!.replace(/\s+/g, ' ')).to.equal('11:30 AM – 12:15 PM');
    expect([...first!.querySelectorAll('time')].map((t) => [t.textContent, t.getAttribute('datetime')])).to.deep.equal([
      ['10:45', '2025-05-20T08:45:00.000Z'],
      ['11:10 AM', '2025-05-20T09:10:00.000Z'],
    ]);
    const da = await fixture<SeminarTimeline>(html`<seminar-timeline lang="da" .model=${model()}></seminar-timeline>`);
    expect(da.shadowRoot!.querySelector('[part="time"]')!.textContent).to.equal('09.00–09.30');
  });

  it('writes a range past midnight as two clock times, as narrow as any other (the day heading has the date)', async () => {
    const m = model((f) => {
      f.sessions[0].start = '2025-05-20T23:00';
      f.sessions[0].end = '2025-05-21T00:35';
    });
    const time = async (lang: string) => {
      const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang=${lang} .model=${m}></seminar-timeline>`);
      // The latest session of the day, so the last row.
      return [...el.shadowRoot!.querySelectorAll('[part="time"]')].at(-1)!;
    };
    const en = await time('en-US');
    expect(en.textContent!.replace(/\s+/g, ' ')).to.equal('11:00 PM – 12:35 AM');
    expect([...en.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2025-05-20T21:00:00.000Z',
      '2025-05-20T22:35:00.000Z',
    ]);
    expect((await time('da')).textContent).to.equal('23.00–00.35');
  });

  it('puts the time in its own column when wide, above the title when narrow, as wide as --seminar-time-width', async () => {
    const m = model((f) => {
      f.sessions[0].start = '2025-05-20T10:45';
      f.sessions[0].end = '2025-05-20T11:10';
    });
    const el = await fixture<SeminarTimeline>(
      html`<seminar-timeline lang="en-US" style="inline-size: 60rem" .model=${m}></seminar-timeline>`,
    );
    const time = el.shadowRoot!.querySelector('#open [part="time"]')!;
    const title = el.shadowRoot!.querySelector('#open [part="session-title"]')!;
    const box = (e: Element) => e.getBoundingClientRect();
    // The longest English range of a morning fits its column without running into the title.
    const range = document.createRange();
    range.selectNodeContents(time);
    expect(range.getBoundingClientRect().right).to.be.below(box(title).left);
    expect(Math.abs(box(time).top - box(title).top)).to.be.below(8);
    const left = box(title).left;
    el.style.setProperty('--seminar-time-width', '14em');
    expect(box(title).left).to.be.above(left + 50);
    el.style.inlineSize = '20rem';
    expect(box(time).bottom).to.be.at.most(box(title).top);
    expect(Math.abs(box(time).left - box(title).left)).to.be.below(2);
  });

  it('fits the longest English range on one line, in one column that every row shares', async () => {
    const m = model((f) => {
      f.sessions[0].start = '2025-05-20T09:50';
      f.sessions[0].end = '2025-05-20T10:10';
      f.sessions[1].start = '2025-05-20T11:30';
      f.sessions[1].end = '2025-05-20T12:15';
    });
    for (const width of ['60rem', '41rem']) {
      const el = await fixture<SeminarTimeline>(
        html`<seminar-timeline lang="en-US" style="inline-size: ${width}" .model=${m}></seminar-timeline>`,
      );
      const times = [...el.shadowRoot!.querySelectorAll('[part="time"]')];
      const titles = [...el.shadowRoot!.querySelectorAll('[part="session-title"]')].map((title) => title.getBoundingClientRect());
      const text = times.map((time) => {
        const range = document.createRange();
        range.selectNodeContents(time);
        return range.getBoundingClientRect();
      });
      // "9:50 – 10:10 AM" keeps its AM on the line of its times.
      const lineHeight = parseFloat(getComputedStyle(times[0]!).lineHeight);
      for (const box of text) expect(box.height).to.be.below(lineHeight * 1.5);
      expect(titles[0]!.left).to.equal(titles[1]!.left);
      expect(text[1]!.right).to.be.below(titles[1]!.left);
    }
  });

  it('shows the kind only where it adds to the title, never a generic one', async () => {
    const cases: Array<[kind: string, title: string, label?: string]> = [
      ['break', 'Pause'],
      ['panel', 'Paneldebat: AI i klinikken'],
      ['panel', 'Hvor langt er vi?', 'Paneldebat'],
      ['talk', 'Et oplæg'],
      ['other', 'Noget andet'],
      ['meal', 'MÅLTID og netværk'],
      ['welcome', 'Velkommen', 'Velkomst'],
      // Pauses are marked by their slim row; "Måltid" beside "Frokost" wrapped the row at 360 px.
      ['meal', 'Frokost'],
      ['arrival', 'Ankomst og morgenkaffe'],
    ];
    const m = model((f) => {
      f.sessions = cases.map(([kind, title], hour) => ({
        id: `s${hour}`,
        start: `2025-05-20T1${hour}:00`,
        end: `2025-05-20T1${hour}:30`,
        kind,
        title,
      }));
    });
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="da" .model=${m}></seminar-timeline>`);
    expect(kinds(el)).to.deep.equal(cases.map(([, , label]) => label));
    expect(el.shadowRoot!.textContent).to.not.include('Programpunkt');
  });

  it('shows a label for a kind that a messages override names, such as a break', async () => {
    const m = model((f) => {
      f.sessions = [{ id: 'coffee', start: '2025-05-20T10:00', end: '2025-05-20T10:15', kind: 'break', title: 'Kaffe' }];
    });
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="da" .model=${m}></seminar-timeline>`);
    expect(kinds(el)).to.deep.equal([undefined]);
    const messages: MessageOverrides = { kinds: { break: 'Pause' } };
    const agenda = await agendaFixture(html`<seminar-agenda lang="da" .messages=${messages} .feed=${minimalFeed()}></seminar-agenda>`);
    const coffee = timelineOf(agenda).shadowRoot!.querySelector('#coffee [part="kind"]');
    expect(coffee?.textContent).to.equal('Pause');
  });

  it('puts kind, room and track on one meta line, room and track labelled for screen readers', async () => {
    const m = model((f) => {
      f.sessions[0].room = 'Gray Room';
      f.sessions[0].track = 'Security';
      f.sessions[1].room = 'Foyer';
    });
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="da" .model=${m}></seminar-timeline>`);
    const [first, second] = [...el.shadowRoot!.querySelectorAll('[part~="session"]')];
    expect(first!.querySelectorAll('[part="meta"]')).to.have.length(1);
    expect(first!.querySelector('[part="meta"]')!.textContent).to.equal('Velkomst·Lokale: Gray Room·Spor: Security');
    expect(first!.querySelector('[part="room"]')!.textContent).to.equal('Lokale: Gray Room');
    expect(second!.querySelector('[part="meta"]')!.textContent).to.equal('Lokale: Foyer');
    expect(second!.querySelector('[part="track"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('gives each track a stable colour slot, and the tokens set the colour', async () => {
    const m = model((f) => {
      f.sessions[0].track = 'Security';
      f.sessions[1].track = 'Hardware';
      f.sessions.push({ id: 'late', start: '2025-05-20T10:00', end: '2025-05-20T10:30', title: 'Late', track: 'Security' });
    });
    const el = await fixture<SeminarTimeline>(
      html`<seminar-timeline style="--seminar-track-color-2: rgb(1, 2, 3)" .model=${m}></seminar-timeline>`,
    );
    const tracks = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="track"]')];
    expect(tracks.map((t) => t.dataset['track'])).to.deep.equal(['1', '2', '1']);
    expect(getComputedStyle(tracks[1]!, '::before').backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(tracks[0]!, '::before').backgroundColor).to.not.equal(getComputedStyle(tracks[1]!, '::before').backgroundColor);
  });

  it('shows time once for parallel sessions and still says it to screen readers', async () => {
    const m = model((f) => {
      f.sessions.push({
        id: 'side',
        start: '2025-05-20T09:30',
        end: '2025-05-20T09:45',
        title: 'Side room, with a title that fills a narrow line',
        room: 'B',
      });
    });
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en-GB" .model=${m}></seminar-timeline>`);
    const side = el.shadowRoot!.getElementById('side')!;
    expect(side.classList.contains('parallel')).to.be.true;
    expect(side.querySelector('[part="time"]')!.getBoundingClientRect().width).to.be.at.most(1);
    expect(side.querySelector('[part="time"]')!.textContent!.replace(/\s/g, '')).to.equal('09:30–09:45');
    expect(el.shadowRoot!.getElementById('coffee')!.classList.contains('parallel')).to.be.false;
    // Narrow, its actions button sits beside its content, not over the title.
    el.style.inlineSize = '20rem';
    const button = side.querySelector('[part="action"]')!.getBoundingClientRect();
    expect(button.left).to.be.at.least(side.querySelector('[part="session-title"]')!.getBoundingClientRect().right);
  });

  it('draws breaks as one slim line with no actions', async () => {
    const el = await fixture<SeminarTimeline>(
      html`<seminar-timeline lang="en" style="inline-size: 60rem" .model=${model()}></seminar-timeline>`,
    );
    const coffee = el.shadowRoot!.getElementById('coffee')!;
    expect(coffee.querySelector('[part="actions"]')).to.be.null;
    const time = coffee.querySelector('[part="time"]')!.getBoundingClientRect();
    const title = coffee.querySelector('[part="session-title"]')!.getBoundingClientRect();
    expect(Math.abs(time.top - title.top)).to.be.below(4);
    expect(coffee.getBoundingClientRect().height).to.be.below(3 * title.height);
  });

  it('shows questions under their label, points as a plain list, speakers and labelled moderators', async () => {
    const m = model((f) => {
      f.sessions[0].kind = 'panel';
      f.sessions[0].questions = ['Why?', 'How?'];
      f.speakers.push({ id: 'mo', name: 'Mo Derator' });
      f.sessions[0].moderators = ['mo'];
      f.sessions[1].kind = 'talk';
    });
    m.sessions[1]!.points = ['Juridisk "AI Green Zone"', 'Sådan skaleres generativ AI'];
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en" .model=${m}></seminar-timeline>`);
    const [first, second] = [...el.shadowRoot!.querySelectorAll('[part~="session"]')];
    expect(text(first!.querySelector('[part="questions-label"]'))).to.equal('Questions for the debate');
    expect([...first!.querySelectorAll('[part="questions"] li')].map((li) => li.textContent)).to.deep.equal(['Why?', 'How?']);
    expect(first!.querySelector('[part~="session-speakers"]')!.getAttribute('aria-label')).to.equal('Speakers');
    expect(text(first!.querySelector('[part~="session-speakers"]'))).to.equal('Ada Lovelace, Analyst, Engines Ltd');
    const moderators = first!.querySelector('[part~="moderators"]')!;
    const label = el.shadowRoot!.getElementById(moderators.getAttribute('aria-labelledby')!)!;
    expect(text(label)).to.equal('Moderator');
    expect(label.checkVisibility()).to.be.true;
    expect(text(moderators)).to.equal('Mo Derator');
    expect([...second!.querySelectorAll('[part="points"] li')].map((li) => li.textContent)).to.deep.equal(m.sessions[1]!.points);
    expect(second!.querySelector('[part="questions-label"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it("shows a speaker's wording for this appearance instead of job title and organization", async () => {
    const m = model();
    m.sessions[0]!.speakers = [{ ...m.sessions[0]!.speakers[0]!, role: 'DataFair og Projektleder CLIC' }];
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="da" .model=${m}></seminar-timeline>`);
    expect(text(el.shadowRoot!.querySelector('[part="speaker"]'))).to.equal('Ada Lovelace, DataFair og Projektleder CLIC');
  });

  it("sets a named speaker's to-be-confirmed note apart from the name", async () => {
    const el = await fixture<SeminarTimeline>(
      html`<seminar-timeline lang="en" .model=${model((f) => {
        f.speakers[0].tbc = true;
      })}></seminar-timeline>`,
    );
    const name = el.shadowRoot!.querySelector('[part="speaker-name"]')!.getBoundingClientRect();
    const note = el.shadowRoot!.querySelector('[part="speaker"] .tbc')!;
    expect(note.textContent).to.equal('(To be confirmed)');
    expect(note.getBoundingClientRect().left).to.be.above(name.right + 2);
  });

  it("caps running text at a readable measure and hyphenates it in the feed's language", async () => {
    const m = model((f) => {
      f.event.language = 'da';
      f.sessions[0].description = 'Databeskyttelsesrådgiver '.repeat(40);
    });
    const el = await fixture<SeminarTimeline>(
      html`<seminar-timeline lang="da" style="inline-size: 1600px" .model=${m}></seminar-timeline>`,
    );
    const description = el.shadowRoot!.querySelector('[part="session-description"]')!;
    expect(description.getAttribute('lang')).to.equal('da');
    expect(getComputedStyle(description).hyphens).to.equal('auto');
    // 70ch in the description's own font, the default measure.
    const probe = Object.assign(document.createElement('div'), { style: 'inline-size: 70ch' });
    description.append(probe);
    const measure = probe.getBoundingClientRect().width;
    probe.remove();
    expect(description.getBoundingClientRect().width).to.be.at.most(measure + 1);
    // The row keeps the full width; its actions button sits beside the measure, not 1,000 px from it.
    expect(el.shadowRoot!.getElementById('open')!.getBoundingClientRect().width).to.be.above(measure + 300);
    const actions = el.shadowRoot!.querySelector('#open [part="actions"]')!.getBoundingClientRect();
    expect(actions.left - description.getBoundingClientRect().right).to.be.below(40);
    expect(el.shadowRoot!.querySelector('#open [part="session-title"]')!.getAttribute('lang')).to.equal('da');
  });

  it('shortens a long description with a disclosure, and only a long one', async () => {
    const m = model((f) => {
      f.sessions[0].description = 'A long abstract that goes on. '.repeat(60);
      f.sessions[1].description = 'Short.';
    });
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en" style="inline-size: 40rem" .model=${m}></seminar-timeline>`);
    await settled(el);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('#open [part="more"]')!;
    expect(el.shadowRoot!.querySelector('#coffee [part="more"]')).to.be.null;
    const clamp = el.shadowRoot!.getElementById(more.getAttribute('aria-controls')!)!;
    const shortened = clamp.getBoundingClientRect().height;
    expect([more.textContent, more.getAttribute('aria-expanded')]).to.deep.equal(['Show more', 'false']);
    await expect(el).to.be.accessible();
    more.click();
    await el.updateComplete;
    expect([more.textContent, more.getAttribute('aria-expanded')]).to.deep.equal(['Show less', 'true']);
    expect(clamp.getBoundingClientRect().height).to.be.above(shortened * 2);
  });

  it('nests child sessions in their own ordered list with deeper headings', async () => {
    const m = model((f) => {
      f.sessions[0].sessions = [
        { id: 'c1', title: 'Child one' },
        { id: 'c2', title: 'Child two' },
      ];
    });
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline heading-level="2" .model=${m}></seminar-timeline>`);
    const nested = el.shadowRoot!.querySelectorAll('ol ol > li');
    expect([...nested].map((li) => li.id)).to.deep.equal(['c1', 'c2']);
    expect(nested[0]!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('lines nested actions up with the top-level ones and sets nested titles a step smaller', async () => {
    const m = model((f) => {
      f.sessions[0].sessions = [
        { id: 'c1', title: 'Child one' },
        { id: 'c2', title: 'Child two' },
      ];
    });
    for (const width of ['60rem', '20rem']) {
      const el = await fixture<SeminarTimeline>(
        html`<seminar-timeline lang="en" style="inline-size: ${width}" .model=${m}></seminar-timeline>`,
      );
      const right = (id: string) =>
        el.shadowRoot!.querySelector(`#${id} > [part="actions"] [part="action"]`)!.getBoundingClientRect().right;
      expect(right('c1')).to.be.closeTo(right('open'), 1);
      expect(right('c2')).to.be.closeTo(right('open'), 1);
      const size = (id: string) =>
        parseFloat(getComputedStyle(el.shadowRoot!.querySelector(`#${id} > .body > [part="session-title"]`)!).fontSize);
      expect(size('c1')).to.be.below(size('open'));
    }
  });

  it('draws one dashed line over the content and actions of a parallel session, gap included', async () => {
    const m = model((f) => {
      f.sessions.push({ id: 'side', start: '2025-05-20T09:30', end: '2025-05-20T09:45', title: 'Side room', room: 'B' });
      f.sessions[1].kind = 'talk';
    });
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en" style="inline-size: 60rem" .model=${m}></seminar-timeline>`);
    const side = el.shadowRoot!.getElementById('side')!;
    const line = getComputedStyle(side, '::before');
    expect(line.borderTopStyle).to.equal('dashed');
    const body = side.querySelector('.body')!.getBoundingClientRect();
    const actions = side.querySelector('[part="actions"]')!.getBoundingClientRect();
    expect(parseFloat(line.width)).to.be.closeTo(actions.right - body.left, 1);
  });

  it('keeps the moderator label with its names when it wraps above them', async () => {
    const m = model((f) => {
      f.speakers.push({ id: 'mo', name: 'Mo Derator', jobTitle: 'A job title long enough to wrap in a narrow column' });
      f.sessions[0].moderators = ['mo'];
    });
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en" style="inline-size: 16rem" .model=${m}></seminar-timeline>`);
    const box = (selector: string) => el.shadowRoot!.querySelector(`#open ${selector}`)!.getBoundingClientRect();
    const above = box('[part~="session-speakers"]').bottom;
    const label = box('[part="moderators-label"]');
    const names = box('[part~="moderators"]');
    expect(names.top).to.be.at.least(label.bottom - 1);
    expect(names.top - label.bottom).to.be.below(label.top - above);
  });

  it('renders nothing without a model', async () => {
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline></seminar-timeline>`);
    expect(el.shadowRoot!.querySelector('ol')).to.be.null;
  });
});
