import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import { modelOf, settled, twoDayFeed, until } from '../helpers/index.js';

describe('printing a timeline', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  /** Switches media and waits for the timeline to re-render: its listener on the print query ran first. */
  async function switchTo(media: 'print' | 'screen', el: SeminarTimeline) {
    const changed = oneEvent(matchMedia('print'), 'change');
    await emulateMedia({ media });
    await changed;
    await settled(el);
  }

  const ids = (el: SeminarTimeline) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.id);
  const headings = (el: SeminarTimeline) => [...el.shadowRoot!.querySelectorAll('[part="day-title"]')].map((h) => h.textContent);

  it('prints every day under its date, without tabs or controls, and goes back to the tabs after', async () => {
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en-GB" .model=${modelOf(twoDayFeed())}></seminar-timeline>`);
    expect(ids(el)).to.deep.equal(['d1-open', 'd1-talk']);
    await switchTo('print', el);
    // The print controller is imported when a program spanning days first renders; it may still be on its way.
    await until(() => ids(el).length === 4);
    expect(ids(el)).to.deep.equal(['d1-open', 'd1-talk', 'd2-open', 'd2-child']);
    expect(headings(el)).to.deep.equal(['Tuesday, 20 May 2025', 'Wednesday, 21 May 2025']);
    expect(el.shadowRoot!.querySelector('seminar-day-tabs')).to.be.null;
    const shown = [...el.shadowRoot!.querySelectorAll('button, input')].filter((c) => c.checkVisibility());
    expect(shown).to.deep.equal([]);
    await switchTo('screen', el);
    expect(el.shadowRoot!.querySelector('seminar-day-tabs')).to.exist;
    expect(ids(el)).to.deep.equal(['d1-open', 'd1-talk']);
  });

  it('renders every day before a scripted print() lays the page out, and the selected day after', async () => {
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en-GB" .model=${modelOf(twoDayFeed())}></seminar-timeline>`);
    // The print controller is imported once the browser is idle after a program spanning days first renders.
    await until(() => el.shadowRoot!.querySelector('seminar-day-tabs'));
    await new Promise((done) => requestIdleCallback(done));
    await import('../../src/controllers/print-media.js');
    await settled(el);
    // window.print() dispatches beforeprint with the calling script still running: no microtask runs before layout.
    window.dispatchEvent(new Event('beforeprint'));
    expect(ids(el)).to.deep.equal(['d1-open', 'd1-talk', 'd2-open', 'd2-child']);
    window.dispatchEvent(new Event('afterprint'));
    await settled(el);
    expect(ids(el)).to.deep.equal(['d1-open', 'd1-talk']);
  });
});
