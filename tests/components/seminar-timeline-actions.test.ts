import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import { agendaFixture, minimalFeed, modelOf, seminarFeed, timelineOf, until } from '../helpers/index.js';

const visible = (el: Element | null) => el !== null && el.checkVisibility();

async function timeline() {
  const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en" .model=${modelOf(minimalFeed())}></seminar-timeline>`);
  const root = el.shadowRoot!;
  // The menu is rendered only while it is open.
  return {
    el,
    root,
    button: root.querySelector<HTMLButtonElement>('#open [part="action"]')!,
    menu: () => root.getElementById('open--menu'),
  };
}

const focused = (root: ShadowRoot) => root.activeElement?.textContent;

describe('session actions', () => {
  it('shows one quiet actions button (beside its favourite star) per content session at rest and none on breaks', async () => {
    const el = await agendaFixture(html`<seminar-agenda .feed=${await seminarFeed()}></seminar-agenda>`);
    const root = timelineOf(el).shadowRoot!;
    const sessions = [...root.querySelectorAll('[part~="session"]')];
    // Speaker names are buttons too, to their cards (tests/components/seminar-speaker-directory.test.ts).
    const buttons = [...root.querySelectorAll('button:not([part="speaker-name"])')].filter(visible);
    expect(buttons.every((b) => ['action', 'favourite'].includes(b.getAttribute('part')!))).to.be.true;
    const content = sessions.filter((s) => !s.matches('[part~="session-light"]'));
    expect(buttons.filter((b) => b.getAttribute('part') === 'action')).to.have.length(content.length);
    expect(buttons.filter((b) => b.getAttribute('part') === 'favourite')).to.have.length(content.length);
    for (const light of sessions.filter((s) => s.matches('[part~="session-light"]'))) expect(light.querySelector('button')).to.be.null;
  });

  it('names the button after its session and opens a menu on click, focusing the first item', async () => {
    const { root, button, menu } = await timeline();
    expect(button.getAttribute('aria-label')).to.equal('Actions for Opening');
    expect([button.getAttribute('aria-haspopup'), button.getAttribute('aria-expanded')]).to.deep.equal(['menu', 'false']);
    expect(menu()).to.be.null;
    expect(button.hasAttribute('aria-controls')).to.be.false;
    button.click();
    // The menu's controller is imported on this first press.
    await until(() => button.getAttribute('aria-expanded') === 'true');
    expect(button.getAttribute('aria-controls')).to.equal('open--menu');
    expect([...menu()!.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent)).to.deep.equal(['Add to calendar', 'Copy link']);
    expect(focused(root)).to.equal('Add to calendar');
    await expect(root.host).to.be.accessible();
  });

  it('follows the menu button keyboard pattern: arrows wrap, Escape returns focus', async () => {
    const { el, root, button, menu } = await timeline();
    button.focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => focused(root));
    expect(focused(root)).to.equal('Copy link');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(root)).to.equal('Add to calendar');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(root)).to.equal('Copy link');
    await sendKeys({ press: 'Home' });
    expect(focused(root)).to.equal('Add to calendar');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(visible(menu())).to.be.false;
    expect(root.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(root)).to.equal('Add to calendar');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(visible(menu())).to.be.false;
  });

  it('closes when the visitor presses outside it', async () => {
    const { el, button, menu } = await timeline();
    button.click();
    await until(() => visible(menu()));
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(visible(menu())).to.be.false;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('keeps the page from scrolling on the arrow that opens the menu, before its controller is in', async () => {
    const { button } = await timeline();
    const key = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true, composed: true });
    button.dispatchEvent(key);
    expect(key.defaultPrevented).to.be.true;
  });

  it('offers no calendar item for a session without an end', async () => {
    const feed = minimalFeed();
    feed.sessions[0]!.sessions = [{ id: 'child', title: 'Untimed child' }];
    const el = await fixture<SeminarTimeline>(html`<seminar-timeline lang="en" .model=${modelOf(feed)}></seminar-timeline>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#child [part="action"]')!.click();
    const menu = await until(() => el.shadowRoot!.getElementById('child--menu'));
    const items = [...menu.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent);
    expect(items).to.deep.equal(['Copy link']);
  });
});
