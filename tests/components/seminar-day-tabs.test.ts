import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/seminar-day-tabs.js';
import type { DayTab, SeminarDayTabs } from '../../src/components/seminar-day-tabs/seminar-day-tabs.js';
import type { SeminarDaySelectEvent } from '../../src/events/seminar-day-select-event.js';
import { inside, pressTabKeys, selectedTab, settled, tabsOf } from '../helpers/index.js';

const DAYS: DayTab[] = [
  { value: '2025-05-20', label: 'Tue 20 May' },
  { value: '2025-05-21', label: 'Wed 21 May' },
  { value: '2025-05-22', label: 'Thu 22 May' },
];

const tabIndexes = (el: SeminarDayTabs) => tabsOf(el).map((tab) => tab.tabIndex);
const partsOf = (el: SeminarDayTabs) => tabsOf(el).map((tab) => tab.getAttribute('part'));

/** Every seminar-day-select that reaches the document, for the length of a test. */
function daySelects() {
  const events: SeminarDaySelectEvent[] = [];
  const record = (event: SeminarDaySelectEvent) => events.push(event);
  document.addEventListener('seminar-day-select', record);
  return {
    events,
    days: () => events.map((event) => event.detail.day),
    stop: () => document.removeEventListener('seminar-day-select', record),
  };
}

describe('<seminar-day-tabs>', () => {
  let selects: ReturnType<typeof daySelects>;
  beforeEach(() => (selects = daySelects()));
  afterEach(() => selects.stop());

  it('follows the WAI-ARIA tabs pattern: one tab per day, the first selected, one tab stop', async () => {
    const el = await fixture<SeminarDayTabs>(html`<seminar-day-tabs label="Days" .tabs=${DAYS}></seminar-day-tabs>`);
    const tablist = inside(el, '[role="tablist"]')!;
    const panel = inside(el, '[role="tabpanel"]')!;
    expect(tablist.getAttribute('aria-label')).to.equal('Days');
    expect(tabsOf(el).map((tab) => tab.textContent)).to.deep.equal(['Tue 20 May', 'Wed 21 May', 'Thu 22 May']);
    expect(tabsOf(el).every((tab) => tab.parentElement === tablist && tab.type === 'button')).to.be.true;
    expect(tabsOf(el).map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
    expect(tabIndexes(el)).to.deep.equal([0, -1, -1]);
    expect(tabsOf(el).every((tab) => tab.getAttribute('aria-controls') === panel.id)).to.be.true;
    expect(panel.getAttribute('aria-labelledby')).to.equal(tabsOf(el)[0]!.id);
    expect(panel.tabIndex).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('selects the day named by the selected attribute, and the first for an unknown one', async () => {
    const el = await fixture<SeminarDayTabs>(html`<seminar-day-tabs selected="2025-05-22" .tabs=${DAYS}></seminar-day-tabs>`);
    expect(selectedTab(el)).to.equal(2);
    expect(tabIndexes(el)).to.deep.equal([-1, -1, 0]);
    expect(inside(el, '[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal(tabsOf(el)[2]!.id);
    el.setAttribute('selected', '2025-06-01');
    await settled(el);
    expect(el.selected).to.equal('2025-06-01');
    expect(selectedTab(el)).to.equal(0);
  });

  it('follows the selected, tabs and label properties without announcing a selection', async () => {
    const el = await fixture<SeminarDayTabs>(html`<seminar-day-tabs .tabs=${DAYS}></seminar-day-tabs>`);
    el.selected = '2025-05-21';
    el.label = 'Dage';
    await settled(el);
    expect(selectedTab(el)).to.equal(1);
    expect(inside(el, '[role="tablist"]')!.getAttribute('aria-label')).to.equal('Dage');
    el.tabs = DAYS.slice(1);
    await settled(el);
    expect(tabsOf(el).map((tab) => tab.textContent)).to.deep.equal(['Wed 21 May', 'Thu 22 May']);
    expect(selectedTab(el)).to.equal(0);
    expect(selects.days()).to.deep.equal([]);
  });

  it('renders an empty tab list and the panel without tabs', async () => {
    const el = await fixture<SeminarDayTabs>(html`<seminar-day-tabs><p>Only day</p></seminar-day-tabs>`);
    expect(tabsOf(el)).to.deep.equal([]);
    expect(
      inside<HTMLSlotElement>(el, '[part="panel"] slot')!
        .assignedElements()
        .map((child) => child.textContent),
    ).to.deep.equal(['Only day']);
  });

  it('selects a day on click and fires seminar-day-select once, bubbling and composed, with its ISO date', async () => {
    const el = await fixture<SeminarDayTabs>(html`<seminar-day-tabs label="Days" .tabs=${DAYS}></seminar-day-tabs>`);
    tabsOf(el)[1]!.click();
    await settled(el);
    expect(selects.days()).to.deep.equal(['2025-05-21']);
    const [event] = selects.events;
    expect([event!.bubbles, event!.composed, event!.target]).to.deep.equal([true, true, el]);
    expect(el.selected).to.equal('2025-05-21');
    expect([selectedTab(el), tabIndexes(el)]).to.deep.equal([1, [-1, 0, -1]]);
    tabsOf(el)[1]!.click();
    await settled(el);
    expect(selects.days(), 'clicking the selected tab again').to.deep.equal(['2025-05-21']);
    await expect(el).to.be.accessible();
  });

  it('moves focus and selection with the arrow keys, wrapping, and jumps with Home and End', async () => {
    const el = await fixture<SeminarDayTabs>(html`<seminar-day-tabs label="Days" .tabs=${DAYS}></seminar-day-tabs>`);
    await pressTabKeys(el, el, [
      ['ArrowRight', 1],
      ['ArrowDown', 2],
      ['ArrowRight', 0],
      ['ArrowLeft', 2],
      ['ArrowUp', 1],
      ['Home', 0],
      ['End', 2],
    ]);
    expect(selects.days()).to.deep.equal([
      '2025-05-21',
      '2025-05-22',
      '2025-05-20',
      '2025-05-22',
      '2025-05-21',
      '2025-05-20',
      '2025-05-22',
    ]);
  });

  it('keeps the page from scrolling on the keys it handles, and leaves the others alone', async () => {
    const el = await fixture<SeminarDayTabs>(html`<seminar-day-tabs .tabs=${DAYS}></seminar-day-tabs>`);
    const press = (key: string) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
      tabsOf(el)[0]!.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(['ArrowDown', 'End', 'PageDown', 'Tab', 'a'].map(press)).to.deep.equal([true, true, false, false, false]);
  });

  it('mirrors left and right in right-to-left text; up and down stay', async () => {
    const el = await fixture<SeminarDayTabs>(html`<seminar-day-tabs dir="rtl" .tabs=${DAYS}></seminar-day-tabs>`);
    await pressTabKeys(el, el, [
      ['ArrowLeft', 1],
      ['ArrowLeft', 2],
      ['ArrowRight', 1],
      ['ArrowDown', 2],
      ['ArrowUp', 1],
    ]);
  });

  it('exposes tablist, tab, tab-selected and panel parts, tab-selected following the selection', async () => {
    const el = await fixture<SeminarDayTabs>(html`<seminar-day-tabs .tabs=${DAYS}></seminar-day-tabs>`);
    expect(inside(el, '[part="tablist"]')!.getAttribute('role')).to.equal('tablist');
    expect(inside(el, '[part="panel"]')!.getAttribute('role')).to.equal('tabpanel');
    expect(partsOf(el)).to.deep.equal(['tab tab-selected', 'tab', 'tab']);
    tabsOf(el)[2]!.click();
    await settled(el);
    expect(partsOf(el)).to.deep.equal(['tab', 'tab', 'tab tab-selected']);
  });

  it('shows the slotted day inside the tab panel', async () => {
    const el = await fixture<SeminarDayTabs>(html`<seminar-day-tabs .tabs=${DAYS}><ol><li>Opening</li></ol></seminar-day-tabs>`);
    const slot = inside<HTMLSlotElement>(el, '[role="tabpanel"] > slot')!;
    expect(slot.name).to.equal('');
    expect(slot.assignedElements().map((child) => child.localName)).to.deep.equal(['ol']);
    expect(el.querySelector('li')!.checkVisibility()).to.be.true;
    await expect(el).to.be.accessible();
  });
});
