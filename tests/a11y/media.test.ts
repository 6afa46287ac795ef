import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import { timelineOf } from '../helpers/index.js';
import { agendaInNewYork as agenda } from './support.js';

/** The agenda's buttons and those of the elements inside it. */
function buttonsOf(agenda: SeminarAgenda): HTMLButtonElement[] {
  const timeline = timelineOf(agenda).shadowRoot!;
  const tabs = timeline.querySelector('seminar-day-tabs')!.shadowRoot!;
  return [agenda.shadowRoot!, timeline, tabs].flatMap((root) => [...root.querySelectorAll('button')]);
}

/** The style rules each shadow root of the agenda adds under `(forced-colors: active)`. */
function forcedColorRules(agenda: SeminarAgenda): CSSStyleRule[] {
  const timeline = timelineOf(agenda);
  const roots = [
    agenda,
    timeline,
    timeline.shadowRoot!.querySelector('seminar-day-tabs')!,
    agenda.shadowRoot!.querySelector('seminar-speaker-card')!,
  ];
  const rules = roots.flatMap((el) => el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]));
  return rules
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === '(forced-colors: active)')
    .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
}

describe('user preferences', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('animates no button when the visitor asks for reduced motion, and only then', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await agenda();
    const buttons = buttonsOf(el);
    expect(buttons.length, 'zone, calendar, two tabs, more, actions').to.be.at.least(6);
    expect(
      buttons.filter((b) => getComputedStyle(b).transitionDuration !== '0s'),
      'animated by default',
    ).to.have.length(buttons.length);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(buttons.filter((b) => getComputedStyle(b).transitionDuration !== '0s').map((b) => b.textContent)).to.deep.equal([]);
  });

  // @web/test-runner-commands 0.9 passes forcedColors to Playwright only; with the Chrome
  // (puppeteer) launcher used here it is dropped, so the rules are read rather than rendered.
  it('marks in system colours what the theme shows by colour alone: hover, selected tab, current session, action button, status', async () => {
    const rules = forcedColorRules(await agenda()).map((rule) => rule.cssText);
    expect(rules).to.include.members([
      'button:hover { color: highlighttext; background: highlight; }',
      '.tab[aria-selected="true"] { border-block-end-color: highlight; }',
      '.session[aria-current="time"] { outline: highlight solid 2px; }',
      '.status { border: 1px solid canvastext; }',
      '.initials { border: 1px solid canvastext; }',
    ]);
  });

  it("keeps the action button's dots in forced colours, which drop background images: it draws them in system colours", async () => {
    const el = await agenda();
    const button = timelineOf(el).shadowRoot!.querySelector('[part="action"]')!;
    expect(getComputedStyle(button).backgroundImage, 'the dots are a background image').to.match(/^radial-gradient/);
    const own = forcedColorRules(el).find((rule) => rule.selectorText === '.menu-button')?.style;
    expect([own?.forcedColorAdjust, own?.color, own?.backgroundColor, own?.borderColor]).to.deep.equal([
      'none',
      'buttontext',
      'buttonface',
      'buttontext',
    ]);
    const active = forcedColorRules(el).find((rule) => rule.selectorText.includes('.menu-button[aria-expanded'))?.style;
    expect([active?.color, active?.backgroundColor], 'hover and open in system colours too').to.deep.equal(['highlighttext', 'highlight']);
  });
});
