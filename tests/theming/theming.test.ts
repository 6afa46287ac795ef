import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define/all.js';
import type { SeminarDensity, SeminarTheme } from '../../src/internal/seminar-element.js';
import { agendaFixture, contrast, inside, minimalFeed, seminarFeed, timelineOf } from '../helpers/index.js';

/** An agenda with the small feed, rendered down to its timeline's sessions. */
async function agenda(attributes: { theme?: SeminarTheme; density?: SeminarDensity; style?: string } = {}) {
  const el = await agendaFixture(html`<seminar-agenda .feed=${minimalFeed()} theme=${ifDefined(attributes.theme)}
    density=${ifDefined(attributes.density)} style=${ifDefined(attributes.style)}></seminar-agenda>`);
  const timeline = timelineOf(el);
  const session = inside(timeline, '[part~="session"]')!;
  return { el, timeline, session };
}

/** Text, muted and accent colours of an agenda, each with the background behind it. */
async function colours(theme: SeminarTheme) {
  const { el, timeline, session } = await agenda({ theme });
  const background = getComputedStyle(el).backgroundColor;
  return {
    background,
    text: getComputedStyle(session).color,
    muted: getComputedStyle(inside(timeline, '[part="kind"]')!).color,
    accent: getComputedStyle(inside(timeline, '[part="action"]')!).color,
  };
}

describe('theming', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', media: 'screen' }));

  it('switches colours with the theme attribute, and nested elements follow the agenda', async () => {
    const light = await colours('light');
    const dark = await colours('dark');
    expect(dark.background).to.not.equal(light.background);
    expect(dark.text).to.not.equal(light.text);
    expect(contrast(dark.background, 'rgb(0, 0, 0)')).to.be.below(contrast(light.background, 'rgb(0, 0, 0)'));
  });

  it("follows the visitor's colour scheme when the theme is unset or auto", async () => {
    const light = await colours('light');
    await emulateMedia({ colorScheme: 'dark' });
    const dark = await colours('dark');
    expect(await colours('auto')).to.deep.equal(dark);
    const { el } = await agenda();
    expect(getComputedStyle(el).backgroundColor).to.equal(dark.background);
    expect(dark.background).to.not.equal(light.background);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`meets WCAG AA contrast (4.5:1) for text, muted and accent in the ${theme} theme`, async () => {
      const { background, ...foregrounds } = await colours(theme);
      for (const [name, foreground] of Object.entries(foregrounds)) {
        expect(contrast(foreground, background), name).to.be.at.least(4.5);
      }
    });
  }

  it('reduces spacing with density="compact"', async () => {
    const comfortable = await agenda();
    const compact = await agenda({ density: 'compact' });
    const padding = (session: HTMLElement) => parseFloat(getComputedStyle(session).paddingBlockStart);
    expect(padding(compact.session)).to.be.below(padding(comfortable.session));
    expect(compact.el.density).to.equal('compact');
  });

  it('takes a brand accent from a custom property on the host', async () => {
    const { timeline } = await agenda({ style: '--seminar-color-accent: rgb(138, 21, 56)' });
    expect(getComputedStyle(inside(timeline, '[part="action"]')!).color).to.equal('rgb(138, 21, 56)');
  });

  it('takes the type scale from custom properties on the host', async () => {
    const { el } = await agenda({ style: '--seminar-font-size-2xl: 41px; --seminar-font-size-xl: 29px' });
    expect(getComputedStyle(inside(el, '[part="event-title"]')!).fontSize).to.equal('41px');
    expect(getComputedStyle(inside(el, '[part="section-title"]')!).fontSize).to.equal('29px');
  });

  it('reflects theme and density set as properties, for the CSS that reads them', async () => {
    const { el } = await agenda();
    el.theme = 'dark';
    el.density = 'compact';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.getAttribute('density')).to.equal('compact');
  });

  it('prints without buttons, on the light scheme', async () => {
    const { el, timeline } = await agenda({ theme: 'dark' });
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(inside(timeline, '[part="action"]')!).display).to.equal('none');
    expect(getComputedStyle(el).colorScheme).to.equal('light');
  });

  it('exposes the documented parts of the full seminar', async () => {
    const el = await agendaFixture(html`<seminar-agenda .feed=${await seminarFeed()} lang="en"></seminar-agenda>`);
    const timeline = timelineOf(el);
    const strip = inside(el, 'seminar-sponsor-strip')!;
    const card = inside(el, 'seminar-speaker-card')!;
    const expected: [Element, string[]][] = [
      [el, ['header', 'event-title', 'section-title', 'timeline', 'speakers', 'sponsors', 'program-tools', 'calendar']],
      [timeline, ['sessions', 'session', 'session-light', 'time', 'kind', 'session-title', 'speaker', 'speaker-name', 'actions', 'action']],
      [card, ['card', 'portrait', 'name', 'bio']],
      [strip, ['tier', 'tier-title', 'sponsor-list', 'sponsor']],
    ];
    for (const [host, parts] of expected) {
      for (const name of parts) expect(inside(host, `[part~="${name}"]`), `${host.localName}::part(${name})`).to.exist;
    }
  });

  it('forwards nested parts so a page styles them through the agenda', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      'seminar-agenda::part(session-title) { color: rgb(1, 2, 3) } seminar-agenda::part(session-speakers) { color: rgb(4, 5, 6) }',
    );
    document.adoptedStyleSheets = [sheet];
    try {
      const { timeline } = await agenda();
      expect(getComputedStyle(inside(timeline, '[part="session-title"]')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(inside(timeline, '[part~="session-speakers"]')!).color).to.equal('rgb(4, 5, 6)');
    } finally {
      document.adoptedStyleSheets = [];
    }
  });
});
