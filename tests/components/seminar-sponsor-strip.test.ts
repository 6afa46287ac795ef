import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarSponsorStrip } from '../../src/components/seminar-sponsor-strip/seminar-sponsor-strip.js';
import { parseFeed } from '../../src/feed/index.js';
import { minimalFeed, until } from '../helpers.js';

function modelWithSponsors(sponsors: object[]) {
  const result = parseFeed({ ...minimalFeed(), sponsors });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}

describe('<seminar-sponsor-strip>', () => {
  it('groups sponsors by tier in feed order, logo when given and name as text otherwise', async () => {
    const model = modelWithSponsors([
      { id: 'a', name: 'Alpha', tier: 'gold', logo: 'https://example.org/a.svg', url: 'https://alpha.example/' },
      { id: 'b', name: 'Beta', tier: 'silver' },
      { id: 'c', name: 'Gamma', tier: 'gold' },
    ]);
    const el = await fixture<SeminarSponsorStrip>(html`<seminar-sponsor-strip .model=${model}></seminar-sponsor-strip>`);
    const tiers = [...el.shadowRoot!.querySelectorAll('[part="tier"]')];
    expect(tiers.map((t) => t.querySelector('[part="tier-title"]')!.textContent!.trim())).to.deep.equal(['gold', 'silver']);
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
    el.shadowRoot!.querySelector('img')!.loading = 'eager';
    const name = await until(() => el.shadowRoot!.querySelector('[part="sponsor-name"]'));
    expect(name.textContent).to.equal('Alpha');
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
  });

  it('names well-known tiers in the UI language', async () => {
    const model = modelWithSponsors([{ id: 'a', name: 'Alpha', tier: 'organizer' }]);
    const el = await fixture<SeminarSponsorStrip>(html`<seminar-sponsor-strip lang="da" .model=${model}></seminar-sponsor-strip>`);
    expect(el.shadowRoot!.querySelector('[part="tier-title"]')!.textContent!.trim()).to.equal('Arrangeret og støttet af');
  });

  it('renders nothing without sponsors', async () => {
    const el = await fixture<SeminarSponsorStrip>(html`<seminar-sponsor-strip .model=${modelWithSponsors([])}></seminar-sponsor-strip>`);
    expect(el.shadowRoot!.querySelector('[part="tier"]')).to.be.null;
  });
});
