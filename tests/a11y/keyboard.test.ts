import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import { settled, timelineOf, until } from '../helpers/index.js';
import { agendaInNewYork as agenda, deepActive } from './support.js';

// The menu's own keys (arrows wrap, Home, Escape returns focus) are in
// tests/components/seminar-timeline-actions.test.ts and the tabs pattern in
// tests/components/seminar-day-tabs.test.ts; this file walks the whole agenda with Tab.

/** What a screen reader would call the focused element, with its role, e.g. "tab: Tuesday 20 May". */
function describeFocus(): string {
  const el = deepActive();
  if (!el) return 'nothing';
  const role = el.getAttribute('role') ?? el.localName;
  const name = el.getAttribute('aria-label') ?? el.textContent!.replace(/\s+/g, ' ').trim();
  return `${role}: ${name.slice(0, 40)}`;
}

/** Presses Tab `count` times from the page start, settling after each, and lists what took focus. */
async function tabThrough(el: SeminarAgenda, count: number): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < count; i += 1) {
    await sendKeys({ press: 'Tab' });
    await settled(el);
    stops.push(describeFocus());
  }
  return stops;
}

describe('keyboard path through the agenda', () => {
  it('reaches every control once, in reading order: view switch, zone, calendar, my program, print, day tabs, panel, show more, speaker, star, actions, sponsor link', async () => {
    const el = await agenda();
    expect(await tabThrough(el, 13)).to.deep.equal([
      'button: List',
      'button: Grid',
      'button: Show in my time zone',
      'button: Add the whole program to calendar',
      'button: My program',
      'button: Print the program',
      'tab: Tue 20 May',
      'tabpanel: ',
      'button: Show more',
      'button: Ada Lovelace',
      'button: Add Reading the program aloud to my prog',
      'button: Actions for Reading the program aloud',
      'a: Acme',
    ]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(describeFocus(), 'Shift+Tab walks back').to.equal('button: Actions for Reading the program aloud');
  });

  it('opens a description with Enter and keeps focus on its button', async () => {
    const el = await agenda();
    const more = timelineOf(el).shadowRoot!.querySelector<HTMLButtonElement>('#talk [part="more"]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect([more.getAttribute('aria-expanded'), more.textContent, deepActive()]).to.deep.equal(['true', 'Show less', more]);
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect([more.getAttribute('aria-expanded'), deepActive()]).to.deep.equal(['false', more]);
  });

  it('changes day with the arrows, then Tab enters that day and its actions menu works from the keyboard', async () => {
    const el = await agenda();
    await tabThrough(el, 7);
    expect(describeFocus()).to.equal('tab: Tue 20 May');
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(describeFocus()).to.equal('tab: Wed 21 May');
    expect(await tabThrough(el, 6)).to.deep.equal([
      'tabpanel: ',
      'button: Grace Hopper',
      'button: To be confirmed',
      'button: Ada Lovelace',
      'button: Add Panel on plain language to my progra',
      'button: Actions for Panel on plain language',
    ]);

    const root = timelineOf(el).shadowRoot!;
    const button = deepActive() as HTMLButtonElement;
    const menuShown = () => root.querySelector('[role="menu"]')?.checkVisibility() ?? false;
    await sendKeys({ press: 'ArrowDown' });
    // The menu's controller is imported on this first press.
    await until(() => button.getAttribute('aria-expanded') === 'true');
    await settled(el);
    expect(describeFocus()).to.equal('menuitem: Add to calendar');
    await sendKeys({ press: 'ArrowDown' });
    expect(describeFocus()).to.equal('menuitem: Copy link');
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect([menuShown(), button.getAttribute('aria-expanded'), deepActive()]).to.deep.equal([false, 'false', button]);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(describeFocus()).to.equal('menuitem: Add to calendar');
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(await tabThrough(el, 1), 'menu items are no tab stops').to.deep.equal(['a: Acme']);
  });
});
