import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import { formatTime, formatTimeRange, formatZoneName } from '../../src/i18n/index.js';
import { localTimeZone } from '../../src/i18n/time-zone.js';
import { agendaFixture, dstFeed, minimalFeed, modelOf, settled, timelineOf, timesIn } from '../helpers/index.js';

const STORAGE_KEY = 'seminar-agenda:time-zone';
const OPENING = Date.parse('2025-05-20T07:00:00Z');

const zoneNote = (el: SeminarAgenda) => el.shadowRoot!.querySelector('[part="time-zone"] span')?.textContent?.trim();
const toggle = (el: SeminarAgenda) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="time-zone-toggle"]');

describe('time zones', () => {
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('shows event times by default and names the zone when the visitor is elsewhere', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="en-GB" .feed=${minimalFeed()}></seminar-agenda>`);
    const timeline = timelineOf(el);
    expect(timesIn(timeline.shadowRoot!)).to.deep.equal(['09:00–09:30', '09:30–09:45']);
    if (localTimeZone() === 'Europe/Copenhagen') {
      expect(toggle(el)).to.be.null;
    } else {
      expect(zoneNote(el)).to.equal('Time zone: Central European Summer Time');
      expect(toggle(el)!.textContent!.trim()).to.equal('Show in my time zone');
    }
    await expect(el).to.be.accessible();
  });

  it('shows shifted times and names the zone for time-zone="America/New_York"', async () => {
    const el = await agendaFixture(
      html`<seminar-agenda lang="en-GB" time-zone="America/New_York" .feed=${minimalFeed()}></seminar-agenda>`,
    );
    const timeline = timelineOf(el);
    expect(timesIn(timeline.shadowRoot!)).to.deep.equal(['03:00–03:30', '03:30–03:45']);
    expect(timeline.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2025-05-20T07:00:00.000Z');
    expect(zoneNote(el)).to.equal('Time zone: Eastern Daylight Time');
    await expect(el).to.be.accessible();
  });

  it('formats per language: Danish with dots, US English with AM/PM', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="da" time-zone="America/New_York" .feed=${minimalFeed()}></seminar-agenda>`);
    const timeline = timelineOf(el);
    expect(timesIn(timeline.shadowRoot!)[0]).to.equal('03.00–03.30');
    expect(zoneNote(el)).to.equal('Tidszone: Eastern-sommertid');
    expect(formatTime(OPENING, 'en-US', 'America/New_York').replace(/\s/g, ' ')).to.equal('3:00 AM');
  });

  it('ignores an unknown zone name and keeps the event zone', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="en-GB" time-zone="Mars/Olympus" .feed=${minimalFeed()}></seminar-agenda>`);
    expect(timesIn(timelineOf(el).shadowRoot!)[0]).to.equal('09:00–09:30');
  });

  it('switches to the visitor zone with the toggle and remembers the choice', async () => {
    const el = await agendaFixture(
      html`<seminar-agenda lang="en-GB" time-zone="America/New_York" .feed=${minimalFeed()}></seminar-agenda>`,
    );
    const timeline = timelineOf(el);
    toggle(el)!.click();
    await settled(el);
    const local = formatTimeRange(OPENING, OPENING + 30 * 60_000, 'en-GB', localTimeZone())[0]!.value;
    expect(timesIn(timeline.shadowRoot!)[0]).to.match(new RegExp(`^${local}–`));
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('local');
    expect(zoneNote(el)).to.be.undefined;
    await expect(el).to.be.accessible();

    const again = await agendaFixture(
      html`<seminar-agenda lang="en-GB" time-zone="America/New_York" .feed=${minimalFeed()}></seminar-agenda>`,
    );
    expect(timesIn(timelineOf(again).shadowRoot!)[0]).to.match(new RegExp(`^${local}–`));
  });

  it('still works when localStorage throws', async () => {
    const getItem = Storage.prototype.getItem;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const el = await agendaFixture(
        html`<seminar-agenda lang="en-GB" time-zone="America/New_York" .feed=${minimalFeed()}></seminar-agenda>`,
      );
      const timeline = timelineOf(el);
      toggle(el)!.click();
      await settled(el);
      expect(zoneNote(el)).to.be.undefined;
      expect(timeline.shadowRoot!.querySelector('[part="time"]')).to.exist;
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });

  it('names the zone as it is at the event: summer time in May', () => {
    expect(formatZoneName(OPENING, 'da', 'Europe/Copenhagen')).to.equal('Centraleuropæisk sommertid');
    expect(formatZoneName(Date.parse('2025-01-15T08:00:00Z'), 'en', 'Europe/Copenhagen')).to.equal('Central European Standard Time');
  });
});

describe('a session across the spring-forward night', () => {
  it('lasts one real hour and shows the wall-clock times on each side of the change', async () => {
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline .model=${modelOf(dstFeed())}></seminar-timeline>`);
    const [start, end] = [...el.shadowRoot!.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
    expect([start, end]).to.deep.equal(['2025-03-30T00:30:00.000Z', '2025-03-30T01:30:00.000Z']);
    expect(Date.parse(end!) - Date.parse(start!)).to.equal(60 * 60 * 1000);
    await expect(el).to.be.accessible();
  });

  it('reads 01.30–03.30 in Copenhagen and 20.30–21.30 the evening before in New York', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="da" .feed=${dstFeed()}></seminar-agenda>`);
    expect(timesIn(timelineOf(el).shadowRoot!)).to.deep.equal(['01.30–03.30']);
    const away = await agendaFixture(html`<seminar-agenda lang="da" time-zone="America/New_York" .feed=${dstFeed()}></seminar-agenda>`);
    expect(timesIn(timelineOf(away).shadowRoot!)).to.deep.equal(['20.30–21.30']);
    expect(away.shadowRoot!.querySelector('[part="date"]')!.textContent).to.equal('lørdag den 29. marts 2025');
  });
});
