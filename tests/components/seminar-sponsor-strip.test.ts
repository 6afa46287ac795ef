import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarSponsorStrip } from '../../src/components/seminar-sponsor-strip/seminar-sponsor-strip.js';
import { minimalFeed, modelOf, settled } from '../helpers/index.js';

const modelWithSponsors = (sponsors: object[]) => modelOf({ ...minimalFeed(), sponsors });

describe('<seminar-sponsor-strip>', () => {
  it('groups sponsors by tier in feed order, logo when given and name as text otherwise', async () => {
    const model = modelWithSponsors([
      { id: 'a', name: 'Alpha', tier: 'gold', logo: 'https://example.org/a.svg', url: 'https://alpha.example/' },
      { id: 'b', name: 'Beta', tier: 'silver' },
      { id: 'c', name: 'Gamma', tier: 'gold' },
    ]);
    const el = await fixture<SeminarSponsorStrip>(html`<seminar-sponsor-strip lang="en" .model=${model}></seminar-sponsor-strip>`);
    const tiers = [...el.shadowRoot!.querySelectorAll('[part="tier"]')];
    expect(tiers.map((t) => t.querySelector('[part="tier-title"]')!.textContent!.trim())).to.deep.equal(['Gold', 'Silver']);
    const logo = tiers[0]!.querySelector('img[part="logo"]') as HTMLImageElement;
    expect(logo.alt).to.equal('Alpha');
    expect(tiers[0]!.querySelector('[part="sponsor-name"]')!.textContent).to.equal('Gamma');
    const link = logo.closest('a')!;
    expect(link.href).to.equal('https://alpha.example/');
    expect(link.rel).to.equal('noopener noreferrer sponsored');
    await expect(el).to.be.accessible();
  });

  it('shows the name when a logo fails to load', async () => {
    const model = modelWithSponsors([{ id: 'a', name: 'Alpha', logo: 'https://127.0.0.1:9/missing.svg' }]);
    const el = await fixture<SeminarSponsorStrip>(html`<seminar-sponsor-strip .model=${model}></seminar-sponsor-strip>`);
    const img = el.shadowRoot!.querySelector('img')!;
    img.loading = 'eager';
    await oneEvent(img, 'error');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="sponsor-name"]')!.textContent).to.equal('Alpha');
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
  });

  it('names well-known tiers in the UI language', async () => {
    const model = modelWithSponsors([{ id: 'a', name: 'Alpha', tier: 'organizer' }]);
    const el = await fixture<SeminarSponsorStrip>(html`<seminar-sponsor-strip lang="da" .model=${model}></seminar-sponsor-strip>`);
    expect(el.shadowRoot!.querySelector('[part="tier-title"]')!.textContent!.trim()).to.equal('Arrangeret og støttet af');
    // Names and descriptions are the feed's text: marked with its language (en) for hyphenation and speech.
    expect(el.shadowRoot!.querySelector('[part="sponsor-list"]')!.getAttribute('lang')).to.equal('en');
  });

  it('localises well-known tiers and shows the others as the organizer wrote them', async () => {
    const written = ['gold', 'community', 'GitHub Stars', 'constructor', 'über-partner'];
    const model = modelWithSponsors(written.map((tier, index) => ({ id: `s${index}`, name: `S${index}`, tier })));
    const titles = async (lang: string) => {
      const el = await fixture<SeminarSponsorStrip>(html`<seminar-sponsor-strip lang=${lang} .model=${model}></seminar-sponsor-strip>`);
      return [...el.shadowRoot!.querySelectorAll('[part="tier-title"]')].map((title) => title.textContent!.trim());
    };
    expect(await titles('en')).to.deep.equal(['Gold', 'Community', 'GitHub Stars', 'Constructor', 'Über-partner']);
    expect(await titles('da')).to.deep.equal(['Guld', 'Community', 'GitHub Stars', 'Constructor', 'Über-partner']);
  });

  it('sizes logos by tier rank from --seminar-logo-height', async () => {
    const model = modelWithSponsors(
      ['organizer', 'gold', 'silver', 'bronze'].map((tier) => ({ id: tier, name: tier, tier, logo: 'https://example.org/x.svg' })),
    );
    // An inline image that always loads, so the logos stay in place whatever the network does.
    const pixel = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>')}`;
    for (const tier of model.sponsorTiers) tier.sponsors[0]!.logo = pixel;
    const el = await fixture<SeminarSponsorStrip>(
      html`<seminar-sponsor-strip style="--seminar-logo-height: 50px" .model=${model}></seminar-sponsor-strip>`,
    );
    const heights = [...el.shadowRoot!.querySelectorAll('[part="logo"]')].map((logo) => logo.getBoundingClientRect().height);
    // Later tiers floor at 0.8: smaller, wordmarks become unreadable.
    expect(heights).to.deep.equal([50, 40, 40, 40]);
    await expect(el).to.be.accessible();
  });

  it('in a phone-wide column puts tiles two by two, names at body size, and gives a long name a line of its own', async () => {
    const model = modelWithSponsors(
      ['Innovationsfondenmedetlangtnavn', 'DataFair', 'Enversion'].map((name, index) => ({ id: `s${index}`, name, tier: 'organizer' })),
    );
    const el = await fixture<SeminarSponsorStrip>(
      html`<seminar-sponsor-strip lang="da" style="inline-size: 18rem" .model=${model}></seminar-sponsor-strip>`,
    );
    const [long, first, second] = [...el.shadowRoot!.querySelectorAll('[part="sponsor"]')].map((tile) => tile.getBoundingClientRect());
    expect(first!.top).to.equal(second!.top);
    expect(long!.top).to.be.below(first!.top);
    const name = el.shadowRoot!.querySelector('[part="sponsor"] .name')!;
    expect(getComputedStyle(name).fontSize).to.equal(getComputedStyle(el).fontSize);
  });

  it('renders nothing without sponsors', async () => {
    const el = await fixture<SeminarSponsorStrip>(html`<seminar-sponsor-strip .model=${modelWithSponsors([])}></seminar-sponsor-strip>`);
    expect(el.shadowRoot!.querySelector('[part="tier"]')).to.be.null;
  });
});
