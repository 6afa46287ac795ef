import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import { modelOf, settled, twoDayFeed } from '../helpers/index.js';

/** Three parallel talks at 09:00, then a panel with two nested sessions. */
function parallelModel() {
  const at = (id: string, title: string) => ({ id, start: '2025-05-20T09:00', end: '2025-05-20T09:45', title });
  return modelOf({
    version: 1,
    event: { title: 'Parallel', timeZone: 'Europe/Copenhagen', language: 'en' },
    sessions: [
      at('a', 'Room A talk'),
      at('b', 'Room B talk'),
      at('c', 'Room C talk'),
      {
        id: 'panel',
        start: '2025-05-20T10:00',
        end: '2025-05-20T11:00',
        kind: 'panel',
        title: 'Panel',
        sessions: [
          { id: 'one', title: 'First pitch' },
          { id: 'two', title: 'Second pitch' },
        ],
      },
    ],
  });
}

const rows = (el: SeminarTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.session')];
const shown = (el: SeminarTimeline) =>
  rows(el)
    .filter((row) => !row.hidden && row.checkVisibility())
    .map((row) => row.id);

describe('<seminar-timeline> visible', () => {
  it('shows every session while unset, and hides the others, keeping their rows, when set', async () => {
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en" .model=${parallelModel()}></seminar-timeline>`);
    expect(shown(el)).to.deep.equal(['a', 'b', 'c', 'panel', 'one', 'two']);
    const before = rows(el);
    el.visible = new Set(['b', 'c']);
    await settled(el);
    expect(shown(el)).to.deep.equal(['b', 'c']);
    expect(rows(el)).to.deep.equal(before);
    el.visible = undefined;
    await settled(el);
    expect(shown(el)).to.deep.equal(['a', 'b', 'c', 'panel', 'one', 'two']);
  });

  it('shows the time on the first shown row of parallel sessions, not on a hidden one', async () => {
    const el = await fixture<SeminarTimeline>(
      html`<seminar-timeline lang="en" .model=${parallelModel()} .visible=${new Set(['b', 'c'])}></seminar-timeline>`,
    );
    const time = (id: string) => el.shadowRoot!.getElementById(id)!.querySelector('[part="time"]')!;
    expect(time('b').classList.contains('visually-hidden')).to.be.false;
    expect(time('c').classList.contains('visually-hidden')).to.be.true;
    expect(el.shadowRoot!.getElementById('b')!.classList.contains('parallel')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('keeps a parent whose nested session is shown, without its other nested sessions', async () => {
    const el = await fixture<SeminarTimeline>(
      html`<seminar-timeline lang="en" .model=${parallelModel()} .visible=${new Set(['two'])}></seminar-timeline>`,
    );
    expect(shown(el)).to.deep.equal(['panel', 'two']);
  });

  it('counts the shown sessions on each day tab and shows a day that has some', async () => {
    const el = await fixture<SeminarTimeline>(
      html`<seminar-timeline lang="en" .model=${modelOf(twoDayFeed())} .visible=${new Set(['d2-child'])}></seminar-timeline>`,
    );
    await settled(el);
    const tabs = [...el.shadowRoot!.querySelector('seminar-day-tabs')!.shadowRoot!.querySelectorAll('[role="tab"]')];
    expect(tabs.map((tab) => tab.textContent!.replace(/.*\(/, '('))).to.deep.equal(['(0)', '(2)']);
    expect(tabs[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(shown(el)).to.deep.equal(['d2-open', 'd2-child']);
    el.visible = undefined;
    await settled(el);
    expect(tabs.map((tab) => tab.textContent).join(' ')).to.not.contain('(');
    expect(tabs[0]!.getAttribute('aria-selected')).to.equal('true');
  });
});
