import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import { SeminarCalendarDownloadEvent } from '../../src/events/seminar-calendar-download-event.js';
import { SeminarLinkCopyEvent } from '../../src/events/seminar-link-copy-event.js';
import { SeminarTimeZoneChangeEvent } from '../../src/events/seminar-time-zone-change-event.js';
import { localTimeZone } from '../../src/i18n/time-zone.js';
import { agendaFixture, catchDownloads, minimalFeed, settled, timelineOf, until } from '../helpers/index.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** Every event of this type that reaches the document: they bubble out of the shadow roots. */
function heard<E extends Event>(type: keyof GlobalEventHandlersEventMap) {
  const events: E[] = [];
  const listener = (event: Event) => events.push(event as E);
  document.addEventListener(type, listener);
  cleanups.push(() => document.removeEventListener(type, listener));
  return events;
}

async function withFeed(zone?: string): Promise<SeminarAgenda> {
  return agendaFixture(html`<seminar-agenda lang="en" time-zone=${zone ?? 'event'} .feed=${minimalFeed()}></seminar-agenda>`);
}

/** Opens a session's actions menu and returns its items, once its controller (loaded on this press) is in. */
async function menuOf(el: SeminarAgenda, id: string) {
  const root = timelineOf(el).shadowRoot!;
  root.querySelector<HTMLButtonElement>(`#${id} [part="action"]`)!.click();
  await until(() => root.querySelector(`#${id}--menu`));
  return [...root.querySelectorAll<HTMLButtonElement>(`#${id}--menu [role="menuitem"]`)];
}

describe('host events', () => {
  afterEach(() => localStorage.removeItem('seminar-agenda:time-zone'));

  it('seminar-time-zone-change names the zone the visitor switched to', async () => {
    const events = heard<SeminarTimeZoneChangeEvent>('seminar-time-zone-change');
    // A zone that is never the runner's own, so the toggle is always there.
    const zone = localTimeZone() === 'Pacific/Kiritimati' ? 'Pacific/Chatham' : 'Pacific/Kiritimati';
    const el = await withFeed(zone);
    const toggle = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="time-zone-toggle"]')!;
    toggle().click();
    await settled(el);
    toggle().click();
    expect(events.map((e) => [e instanceof SeminarTimeZoneChangeEvent, e.bubbles, e.composed, e.detail.timeZone])).to.deep.equal([
      [true, true, true, localTimeZone()],
      [true, true, true, 'Europe/Copenhagen'],
    ]);
  });

  describe('seminar-calendar-download', () => {
    const downloads = catchDownloads();

    it('lists the sessions in the file: every timed one for the program, one for a session', async () => {
      const events = heard<SeminarCalendarDownloadEvent>('seminar-calendar-download');
      const el = await withFeed();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="calendar"]')!.click();
      // The calendar writer is a module loaded on the first click; the event comes with the file.
      await until(() => events.length === 1);
      const [addToCalendar] = await menuOf(el, 'open');
      addToCalendar!.click();
      await until(() => events.length === 2);
      expect(downloads).to.have.length(2);
      expect(events.map((e) => [e instanceof SeminarCalendarDownloadEvent, e.bubbles, e.composed, e.detail.sessionIds])).to.deep.equal([
        [true, true, true, ['open', 'coffee']],
        [true, true, true, ['open']],
      ]);
    });
  });

  describe('seminar-link-copy', () => {
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    afterEach(() => Object.defineProperty(Navigator.prototype, 'clipboard', clipboard));
    const stubClipboard = (writeText: () => Promise<void>) =>
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText }) });

    it('names the session whose link was copied', async () => {
      stubClipboard(() => Promise.resolve());
      const events = heard<SeminarLinkCopyEvent>('seminar-link-copy');
      const el = await withFeed();
      const items = await menuOf(el, 'open');
      items.at(-1)!.click();
      await settled(el);
      expect(events.map((e) => [e instanceof SeminarLinkCopyEvent, e.bubbles, e.composed, e.detail])).to.deep.equal([
        [true, true, true, { sessionId: 'open' }],
      ]);
    });

    it('is not fired when the clipboard refuses and the link is shown to copy by hand', async () => {
      stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const events = heard<SeminarLinkCopyEvent>('seminar-link-copy');
      const el = await withFeed();
      (await menuOf(el, 'open')).at(-1)!.click();
      await settled(el);
      expect(timelineOf(el).shadowRoot!.querySelector('input[part="session-link"]')).to.exist;
      expect(events).to.deep.equal([]);
    });
  });
});
