import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import { agendaFixture, minimalFeed, settled, timelineOf, twoDayFeed, until } from '../helpers/index.js';

const focusedId = (timeline: SeminarTimeline) => (timeline.shadowRoot!.activeElement as HTMLElement | null)?.id;

describe('deep links', () => {
  const page = location.pathname + location.search;
  afterEach(() => history.replaceState(null, '', page));

  it('focuses the session named in the hash once the program renders', async () => {
    history.replaceState(null, '', '#coffee');
    const el = await agendaFixture(html`<seminar-agenda lang="en" .feed=${minimalFeed()}></seminar-agenda>`);
    const timeline = timelineOf(el);
    expect(focusedId(timeline)).to.equal('coffee');
    await expect(el).to.be.accessible();
  });

  it('follows hashchange, switching to the day that holds a nested session', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="en" .feed=${twoDayFeed()}></seminar-agenda>`);
    const timeline = timelineOf(el);
    // The timeline listened first, so once this listener runs it has started to follow the hash.
    const followed = oneEvent(window, 'hashchange');
    location.hash = 'd2-child';
    await followed;
    await settled(el);
    expect(focusedId(timeline)).to.equal('d2-child');
    const tabs = timeline.shadowRoot!.querySelector('seminar-day-tabs')!;
    expect(tabs.selected).to.equal('2025-05-21');
  });

  it('ignores a hash that names no session', async () => {
    history.replaceState(null, '', '#no-such-session');
    const el = await agendaFixture(html`<seminar-agenda lang="en" .feed=${minimalFeed()}></seminar-agenda>`);
    const timeline = timelineOf(el);
    expect(await timeline.reveal('no-such-session')).to.be.false;
    expect(focusedId(timeline)).to.be.undefined;
  });
});

describe('copy link', () => {
  const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
  afterEach(() => Object.defineProperty(Navigator.prototype, 'clipboard', clipboard));

  function stubClipboard(writeText: (text: string) => Promise<void>) {
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText }) });
  }

  async function copyButton(lang: string) {
    const el = await agendaFixture(html`<seminar-agenda lang=${lang} .feed=${minimalFeed()}></seminar-agenda>`);
    const timeline = timelineOf(el);
    // The session's actions button opens its menu; copying is the menu's last item.
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('#open > [part="actions"] [part="action"]')!.click();
    // The menu opens once its controller, imported on this first press, is in.
    const button = await until(() =>
      timeline.shadowRoot!.querySelector<HTMLButtonElement>('#open--menu:not([hidden]) [role="menuitem"]:last-child'),
    );
    return { el, timeline, button };
  }

  it('copies the page address with the session anchor and announces it politely', async () => {
    const copied: string[] = [];
    stubClipboard(async (text) => void copied.push(text));
    const { el, timeline, button } = await copyButton('da');
    expect(button.textContent).to.equal('Kopiér link');
    button.click();
    await settled(el);
    expect(timeline.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Link kopieret');
    expect(copied).to.deep.equal([`${location.origin}${location.pathname}${location.search}#open`]);
    await expect(el).to.be.accessible();
  });

  it('falls back to a selected link field when the clipboard refuses', async () => {
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const { el, timeline, button } = await copyButton('en');
    button.click();
    await settled(el);
    const field = timeline.shadowRoot!.querySelector<HTMLInputElement>('input[part="session-link"]')!;
    expect(timeline.shadowRoot!.activeElement).to.equal(field);
    expect(field.value.endsWith('#open')).to.be.true;
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
    expect(field.getAttribute('aria-label')).to.equal('Copy this link');
    await expect(el).to.be.accessible();
  });
});
