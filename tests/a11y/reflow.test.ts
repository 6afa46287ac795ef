import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import { agendaFixture, seminarFeed, settled, timelineOf } from '../helpers/index.js';
import { agendaInNewYork, deepElements } from './support.js';

// 400 % zoom of a 1280 px wide window is a 320 CSS px viewport (WCAG 1.4.10); the same narrow
// column with the text spacing of WCAG 1.4.12 forced onto every shadow root.

/**
 * The visible elements that stick out of the viewport's width or whose content is wider than
 * they are (text that overflows its box, shown or cut off). Inline boxes have no client width.
 */
function overflowing(): string[] {
  const width = document.documentElement.clientWidth;
  return deepElements()
    .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'))
    .filter((el) => {
      const { left, right } = el.getBoundingClientRect();
      const tooWide = el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1;
      return left < -0.5 || right > width + 0.5 || tooWide;
    })
    .map((el) => `${el.localName}.${el.className || el.getAttribute('part')}: ${el.textContent!.trim().slice(0, 30)}`);
}

/** The text spacing WCAG 1.4.12 asks content to survive, added to each shadow root. */
function forceTextSpacing(agenda: SeminarAgenda): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-block-end: 2em !important; }`);
  for (const el of [agenda, ...deepElements(agenda.shadowRoot!)]) if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets.push(sheet);
}

/** Opens every description disclosure, so their full text is measured too. */
async function openDescriptions(agenda: SeminarAgenda): Promise<void> {
  timelineOf(agenda)
    .shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="more"]')
    .forEach((more) => more.click());
  await settled(agenda);
}

describe('reflow at 320 CSS px (400 % zoom)', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows the Danish seminar, long compounds included, without horizontal scrolling or clipping', async () => {
    const el = await agendaFixture(html`<seminar-agenda .feed=${await seminarFeed()}></seminar-agenda>`);
    await openDescriptions(el);
    expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(320);
    expect(overflowing()).to.deep.equal([]);
  });

  it('keeps the zone toggle, day tabs, actions and a panel inside the column', async () => {
    await agendaInNewYork(undefined, '2025-05-21');
    expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(320);
    expect(overflowing()).to.deep.equal([]);
  });

  it('survives the WCAG text spacing: line height 1.5, letters 0.12em, words 0.16em, paragraphs 2em', async () => {
    const el = await agendaFixture(html`<seminar-agenda .feed=${await seminarFeed()}></seminar-agenda>`);
    forceTextSpacing(el);
    await openDescriptions(el);
    expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).letterSpacing, 'the spacing applies').to.not.equal('normal');
    expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(320);
    expect(overflowing()).to.deep.equal([]);
  });
});
