import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { modelOf, seminarFeed, settled, until } from '../helpers/index.js';

/** One day of `count` 5-minute talks, each with a description longer than the four lines shown, or of breaks (one slim line each). */
function longDay(count: number, kind: 'talk' | 'break' = 'talk'): FeedInput {
  const at = (m: number) => `2025-05-20T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return {
    version: 1,
    event: { title: 'Long day', timeZone: 'Europe/Copenhagen', language: 'en' },
    sessions: Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      start: at(6 * 60 + i * 5),
      end: at(6 * 60 + i * 5 + 5),
      title: `Talk ${i}`,
      kind,
      ...(kind === 'talk' && { description: 'A description that runs on for longer than four lines of the column. '.repeat(12) }),
    })),
  };
}

const sessions = (el: SeminarTimeline) => el.shadowRoot!.querySelectorAll('ol.sessions > [part~="session"]');
/** Where the last session built ends, in the window. */
const lastBottom = (el: SeminarTimeline) => [...sessions(el)].at(-1)!.getBoundingClientRect().bottom;
/** The next frame, before it is painted: what its first paint shows. */
const nextFrame = () => new Promise((done) => requestAnimationFrame(done));

describe('<seminar-timeline> with a long list', () => {
  it('builds the first screen first and the rest once the browser is idle', async () => {
    const el = fixtureSync<SeminarTimeline>(html`<seminar-timeline .model=${modelOf(longDay(120))}></seminar-timeline>`);
    await nextFrame();
    expect(sessions(el), 'first frame').to.have.length(8);
    expect(lastBottom(el)).to.be.above(innerHeight);
    await until(() => sessions(el).length === 120);
  });

  it('builds more before the first frame where the first rows leave the window half empty', async () => {
    const el = fixtureSync<SeminarTimeline>(html`<seminar-timeline .model=${modelOf(longDay(120, 'break'))}></seminar-timeline>`);
    await nextFrame();
    expect(sessions(el).length, 'first frame').to.be.within(9, 119);
    expect(lastBottom(el)).to.be.above(innerHeight);
  });

  it('builds no more than the first screen while it is not shown', async () => {
    const el = fixtureSync<SeminarTimeline>(html`<seminar-timeline hidden .model=${modelOf(longDay(120, 'break'))}></seminar-timeline>`);
    await nextFrame();
    expect(sessions(el)).to.have.length(8);
  });

  it('shows rows a search hid again a screenful at once and the rest once the browser is idle', async () => {
    const el = fixtureSync<SeminarTimeline>(html`<seminar-timeline .model=${modelOf(longDay(120, 'break'))}></seminar-timeline>`);
    await until(() => sessions(el).length === 120);
    const shownRows = () => [...sessions(el)].filter((row) => !(row as HTMLElement).hidden).map((row) => row.id);
    el.visible = new Set(['s100']);
    await el.updateComplete;
    expect(shownRows()).to.deep.equal(['s100']);
    el.visible = undefined;
    const atOnce = shownRows();
    expect(atOnce.length, 'shown at once').to.be.within(Math.ceil(innerHeight / 32), 119);
    expect(atOnce.slice(0, 3)).to.deep.equal(['s0', 's1', 's2']);
    await until(() => shownRows().length === 120);
  });

  it('reveals a session whose row was still to be shown again', async () => {
    const el = fixtureSync<SeminarTimeline>(html`<seminar-timeline .model=${modelOf(longDay(120, 'break'))}></seminar-timeline>`);
    await until(() => sessions(el).length === 120);
    el.visible = new Set(['s0']);
    await el.updateComplete;
    el.visible = undefined;
    expect(el.shadowRoot!.getElementById('s110')!.hidden).to.equal(true);
    expect(await el.reveal('s110')).to.equal(true);
    expect(el.shadowRoot!.getElementById('s110')!.hidden).to.equal(false);
  });

  it('builds everything before revealing a session beyond the first screen', async () => {
    const el = fixtureSync<SeminarTimeline>(html`<seminar-timeline .model=${modelOf(longDay(120))}></seminar-timeline>`);
    await el.updateComplete;
    expect(await el.reveal('s110')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.getElementById('s110'));
  });

  it('lets the content of sessions skip layout off screen in a long list only', async () => {
    const long = fixtureSync<SeminarTimeline>(html`<seminar-timeline .model=${modelOf(longDay(40))}></seminar-timeline>`);
    await until(() => sessions(long).length === 40);
    expect(getComputedStyle(long.shadowRoot!.querySelector('#s0 > .body')!).contentVisibility).to.equal('auto');
    const short = fixtureSync<SeminarTimeline>(html`<seminar-timeline .model=${modelOf(longDay(39))}></seminar-timeline>`);
    await settled(short);
    expect(getComputedStyle(short.shadowRoot!.querySelector('#s0 > .body')!).contentVisibility).to.equal('visible');
    const seminar = fixtureSync<SeminarTimeline>(html`<seminar-timeline .model=${modelOf(await seminarFeed())}></seminar-timeline>`);
    await settled(seminar);
    const bodies = [...seminar.shadowRoot!.querySelectorAll('.body')];
    expect(bodies.filter((body) => getComputedStyle(body).contentVisibility !== 'visible')).to.have.length(0);
  });

  it('offers "Show more" on a shortened description once its session comes into view', async () => {
    const el = fixtureSync<SeminarTimeline>(html`<seminar-timeline .model=${modelOf(longDay(60))}></seminar-timeline>`);
    await settled(el);
    const more = (id: string) => el.shadowRoot!.querySelector(`#${id} [part="more"]`);
    await until(() => more('s0'));
    await until(() => sessions(el).length === 60);
    el.shadowRoot!.getElementById('s55')!.scrollIntoView();
    await until(() => more('s55'));
  });
});
