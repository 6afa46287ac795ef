import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { settled } from '../helpers/index.js';
import { a11yFeed, agendaInNewYork, deepActive, deepElements } from './support.js';
const MINIMUM = 24;

/** Every visible button and link of the agenda, through its nested shadow roots. */
function targets(agenda: SeminarAgenda): HTMLElement[] {
  return deepElements(agenda.shadowRoot!).filter((el): el is HTMLElement => el.matches('button, a[href]') && el.checkVisibility());
}

/** Distance from a point to the nearest point of a rectangle, 0 inside it. */
function distance(x: number, y: number, r: DOMRect): number {
  return Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
}

/**
 * WCAG 2.5.8: a target is at least 24 by 24 CSS px, or a 24 px circle on its centre meets no
 * other target (the spacing exception). Returns the targets that pass neither.
 */
function tooSmall(agenda: SeminarAgenda): string[] {
  const all = targets(agenda).map((el) => ({ el, rect: el.getBoundingClientRect() }));
  return all
    .filter(({ rect }) => rect.width < MINIMUM || rect.height < MINIMUM)
    .filter(({ el, rect }) => {
      const [x, y] = [rect.left + rect.width / 2, rect.top + rect.height / 2];
      return all.some((other) => other.el !== el && distance(x, y, other.rect) < MINIMUM / 2);
    })
    .map(
      ({ el, rect }) => `${el.textContent!.trim() || el.getAttribute('aria-label')}: ${rect.width.toFixed(0)}×${rect.height.toFixed(0)}`,
    );
}

/** The demo feed with two links on the first speaker, the densest targets the agenda draws. */
function withLinks(): FeedInput {
  const feed = a11yFeed();
  feed.speakers![0]!.links = [
    { url: 'https://ada.example/', label: 'Website' },
    { url: 'https://ada.example/papers', label: 'Papers' },
  ];
  return feed;
}

describe('pointer targets and focus', () => {
  it('gives every button and link 24 px, or room around it (WCAG 2.2 target size)', async () => {
    const el = await agendaInNewYork(withLinks());
    expect(targets(el).length, 'zone, calendar, tabs, more, actions, links').to.be.at.least(8);
    expect(tooSmall(el)).to.deep.equal([]);
  });

  it('draws a visible focus ring of at least 2 px on each control reached with Tab', async () => {
    const el = await agendaInNewYork(withLinks());
    const rings: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      await sendKeys({ press: 'Tab' });
      await settled(el);
      const active = deepActive()!;
      const style = getComputedStyle(active);
      rings.push(`${active.localName} ${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2}`);
    }
    expect(
      rings.every((ring) => ring.endsWith(' solid true')),
      rings.join(', '),
    ).to.be.true;
  });
});
