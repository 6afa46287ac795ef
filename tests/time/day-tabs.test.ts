import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { SeminarDayTabs } from '../../src/components/seminar-day-tabs/seminar-day-tabs.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import { agendaFixture, inside, minimalFeed, pressTabKeys, settled, tabsOf, timelineOf, twoDayFeed } from '../helpers/index.js';

interface Parts {
  timeline: SeminarTimeline;
  tabs: SeminarDayTabs;
}

function partsOf(el: SeminarAgenda): Parts {
  const timeline = timelineOf(el);
  return { timeline, tabs: inside<SeminarDayTabs>(timeline, 'seminar-day-tabs')! };
}

const shownIds = (timeline: SeminarTimeline) => [...timeline.shadowRoot!.querySelectorAll('ol:not(ol ol) > li')].map((li) => li.id);
const dayTitle = (timeline: SeminarTimeline) => timeline.shadowRoot!.querySelector('[part="day-title"]')!.textContent;

describe('a two-day program', () => {
  it('shows tabs with the WAI-ARIA tabs pattern and the first day under its date heading', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="en-GB" .feed=${twoDayFeed()}></seminar-agenda>`);
    const { timeline, tabs } = partsOf(el);
    const [first, second] = tabsOf(tabs);
    expect(tabs.shadowRoot!.querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal('Days');
    expect([first!.textContent, second!.textContent]).to.deep.equal(['Tue 20 May', 'Wed 21 May']);
    expect([first!.getAttribute('aria-selected'), second!.getAttribute('aria-selected')]).to.deep.equal(['true', 'false']);
    expect([first!.tabIndex, second!.tabIndex]).to.deep.equal([0, -1]);
    const panel = tabs.shadowRoot!.querySelector('[role="tabpanel"]')!;
    expect(first!.getAttribute('aria-controls')).to.equal(panel.id);
    expect(panel.getAttribute('aria-labelledby')).to.equal(first!.id);
    expect(dayTitle(timeline)).to.equal('Tuesday, 20 May 2025');
    expect(shownIds(timeline)).to.deep.equal(['d1-open', 'd1-talk']);
    expect(el.shadowRoot!.querySelector('[part="date"]')!.textContent).to.equal('Tuesday 20 May – Wednesday 21 May 2025');
    await expect(el).to.be.accessible();
  });

  it('switches day on click and fires seminar-day-select', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="en-GB" .feed=${twoDayFeed()}></seminar-agenda>`);
    const parts = partsOf(el);
    const picked: string[] = [];
    el.addEventListener('seminar-day-select', (event) => picked.push(event.detail.day));
    tabsOf(parts.tabs)[1]!.click();
    await settled(el);
    expect(picked).to.deep.equal(['2025-05-21']);
    expect(dayTitle(parts.timeline)).to.equal('Wednesday, 21 May 2025');
    expect(shownIds(parts.timeline)).to.deep.equal(['d2-open']);
    await expect(el).to.be.accessible();
  });

  it('moves and selects with arrow keys, wrapping, and jumps with Home and End', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="en-GB" .feed=${twoDayFeed()}></seminar-agenda>`);
    const parts = partsOf(el);
    await pressTabKeys(el, parts.tabs, [
      ['ArrowRight', 1],
      ['ArrowRight', 0],
      ['ArrowLeft', 1],
      ['Home', 0],
      ['End', 1],
      ['ArrowUp', 0],
    ]);
    expect(shownIds(parts.timeline)).to.deep.equal(['d1-open', 'd1-talk']);
  });

  it('mirrors left and right in right-to-left text', async () => {
    const el = await agendaFixture(html`<seminar-agenda dir="rtl" lang="en-GB" .feed=${twoDayFeed()}></seminar-agenda>`);
    const parts = partsOf(el);
    tabsOf(parts.tabs)[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settled(el);
    expect(shownIds(parts.timeline)).to.deep.equal(['d2-open']);
  });

  it('opens on the day named by the day attribute', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="en-GB" day="2025-05-21" .feed=${twoDayFeed()}></seminar-agenda>`);
    const parts = partsOf(el);
    await settled(el);
    expect(tabsOf(parts.tabs).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['false', 'true']);
    expect(shownIds(parts.timeline)).to.deep.equal(['d2-open']);
    await expect(el).to.be.accessible();
  });

  it('regroups days in the display zone: one Copenhagen day, two in Tokyo', async () => {
    const feed = minimalFeed();
    feed.sessions = [
      { id: 'afternoon', start: '2025-05-20T16:00', end: '2025-05-20T17:00', title: 'Afternoon' },
      { id: 'evening', start: '2025-05-20T18:00', end: '2025-05-20T19:00', title: 'Evening' },
    ];
    const home = await agendaFixture(html`<seminar-agenda lang="en-GB" .feed=${feed}></seminar-agenda>`);
    expect(timelineOf(home).shadowRoot!.querySelector('seminar-day-tabs')).to.be.null;
    const away = await agendaFixture(html`<seminar-agenda lang="en-GB" time-zone="Asia/Tokyo" .feed=${feed}></seminar-agenda>`);
    const { tabs } = partsOf(away);
    expect(tabsOf(tabs).map((t) => t.textContent)).to.deep.equal(['Tue 20 May', 'Wed 21 May']);
  });
});
