import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarSpeakerCard } from '../../src/components/seminar-speaker-card/seminar-speaker-card.js';
import { minimalFeed, until } from '../helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('<seminar-speaker-card>', () => {
  it('stands alone from attributes, with initials when there is no photo', async () => {
    const el = await fixture<SeminarSpeakerCard>(html`<seminar-speaker-card name="Stine Sofia Korreman"
      job-title="Professor" organization="Aarhus Universitetshospital">Works on radiotherapy.</seminar-speaker-card>`);
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Stine Sofia Korreman');
    expect(part(el, 'job-title')!.textContent).to.equal('Professor');
    expect(part(el, 'organization')!.textContent).to.equal('Aarhus Universitetshospital');
    expect(part(el, 'portrait')!.textContent).to.equal('SK');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedNodes()[0]!.textContent).to.equal('Works on radiotherapy.');
    await expect(el).to.be.accessible();
  });

  it('shows a photo lazily, without referrer, when given', async () => {
    const el = await fixture<SeminarSpeakerCard>(html`<seminar-speaker-card name="Ada" photo="/ada.png"></seminar-speaker-card>`);
    const img = part(el, 'portrait') as HTMLImageElement;
    expect(img.tagName).to.equal('IMG');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
  });

  it('falls back to initials when the photo fails to load', async () => {
    const el = await fixture<SeminarSpeakerCard>(html`<seminar-speaker-card name="Ada Lovelace" photo="/no-such-photo.png"></seminar-speaker-card>`);
    // Lazy images in a background test page may never load; the fallback is what is tested here.
    (part(el, 'portrait') as HTMLImageElement).loading = 'eager';
    await until(() => part(el, 'portrait')!.tagName === 'SPAN');
    expect(part(el, 'portrait')!.textContent).to.equal('AL');
  });

  it('reads a TBC speaker as "to be confirmed" with the organization, never as an empty card', async () => {
    const el = await fixture<SeminarSpeakerCard>(html`<seminar-speaker-card tbc organization="Cerebriu" lang="da"></seminar-speaker-card>`);
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Afventer bekræftelse');
    expect(part(el, 'organization')!.textContent).to.equal('Cerebriu');
    expect(part(el, 'card')!.classList.contains('tbc')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('takes the speaker from the enclosing agenda by speaker-id', async () => {
    const feed = minimalFeed() as any;
    feed.speakers[0].bio = 'First programmer.';
    feed.speakers[0].links = [{ label: 'Site', url: 'https://ada.example/' }];
    const agenda = await fixture(html`<seminar-agenda .feed=${feed}></seminar-agenda>`);
    const card = await until(() => agenda.shadowRoot!.querySelector('seminar-speaker-card'));
    await until(() => part(card, 'name'));
    expect(part(card, 'name')!.textContent!.trim()).to.equal('Ada Lovelace');
    expect(part(card, 'bio')!.textContent!.trim()).to.equal('First programmer.');
    const link = part(card, 'link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://ada.example/');
    expect(link.rel).to.equal('noopener noreferrer');
  });
});
