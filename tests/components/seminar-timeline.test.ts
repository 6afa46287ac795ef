import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import { parseFeed } from '../../src/feed/index.js';
import { minimalFeed } from '../helpers.js';

function model(mutate: (feed: any) => void = () => {}) {
  const feed = structuredClone(minimalFeed()) as any;
  mutate(feed);
  const result = parseFeed(feed);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}

describe('<seminar-timeline>', () => {
  it('stands alone with a model and shows times in the event zone', async () => {
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en-GB" .model=${model()}></seminar-timeline>`);
    const times = [...el.shadowRoot!.querySelectorAll('[part="time"]')].map((t) => t.textContent!.replace(/\s/g, ''));
    expect(times).to.deep.equal(['09:00–09:30', '09:30–09:45']);
    await expect(el).to.be.accessible();
  });

  it('shows kind, title, questions, speakers and moderators', async () => {
    const m = model((f) => {
      f.sessions[0].kind = 'panel';
      f.sessions[0].questions = ['Why?', 'How?'];
      f.speakers.push({ id: 'mo', name: 'Mo Derator' });
      f.sessions[0].moderators = ['mo'];
    });
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en" .model=${m}></seminar-timeline>`);
    const first = el.shadowRoot!.querySelector('[part~="session"]')!;
    expect(first.querySelector('[part="kind"]')!.textContent).to.equal('Panel debate');
    expect([...first.querySelectorAll('[part="questions"] li')].map((li) => li.textContent)).to.deep.equal(['Why?', 'How?']);
    const lists = [...first.querySelectorAll('[part="speakers"]')];
    expect(lists.map((l) => l.getAttribute('aria-label'))).to.deep.equal(['With', 'Moderator']);
    expect(lists[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Ada Lovelace, Analyst, Engines Ltd');
  });

  it('shows room and track under the title, labelled for screen readers', async () => {
    const m = model((f) => {
      f.sessions[0].room = 'Gray Room';
      f.sessions[0].track = 'Security';
      f.sessions[1].room = 'Foyer';
    });
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="da" .model=${m}></seminar-timeline>`);
    const [first, second] = [...el.shadowRoot!.querySelectorAll('[part~="session"]')];
    expect(first!.querySelector('[part="where"]')!.textContent).to.equal('Lokale: Gray Room · Spor: Security');
    expect(first!.querySelector('[part="room"]')!.textContent).to.equal('Lokale: Gray Room');
    expect(second!.querySelector('[part="where"]')!.textContent).to.equal('Lokale: Foyer');
    expect(second!.querySelector('[part="track"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('nests child sessions in their own ordered list with deeper headings', async () => {
    const m = model((f) => {
      f.sessions[0].sessions = [{ id: 'c1', title: 'Child one' }, { id: 'c2', title: 'Child two' }];
    });
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline heading-level="2" .model=${m}></seminar-timeline>`);
    const nested = el.shadowRoot!.querySelectorAll('ol ol > li');
    expect([...nested].map((li) => li.id)).to.deep.equal(['c1', 'c2']);
    expect(nested[0]!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('renders nothing without a model', async () => {
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline></seminar-timeline>`);
    expect(el.shadowRoot!.querySelector('ol')).to.be.null;
  });
});
