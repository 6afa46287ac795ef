import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarSpeakerCard } from '../../src/components/seminar-speaker-card/seminar-speaker-card.js';
import { agendaFixture, captureConsole, inside, minimalFeed, modelOf, seminarFeed, settled } from '../helpers/index.js';

const part = (el: Element, name: string) => inside(el, `[part~="${name}"]`);

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
    const el = await fixture<SeminarSpeakerCard>(
      html`<seminar-speaker-card name="Ada Lovelace" photo="/no-such-photo.png"></seminar-speaker-card>`,
    );
    const img = part(el, 'portrait') as HTMLImageElement;
    // Lazy images in a background test page may never load; the fallback is what is tested here.
    img.loading = 'eager';
    await oneEvent(img, 'error');
    await settled(el);
    expect(part(el, 'portrait')!.textContent).to.equal('AL');
  });

  it('reads a TBC speaker as "to be confirmed" with the organization, never as an empty card', async () => {
    const el = await fixture<SeminarSpeakerCard>(html`<seminar-speaker-card tbc organization="Cerebriu" lang="da"></seminar-speaker-card>`);
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Afventer bekræftelse');
    expect(part(el, 'organization')!.textContent).to.equal('Cerebriu');
    expect(part(el, 'card')!.classList.contains('tbc')).to.be.true;
    // "?" like an unknown person: the organization's initials would read as someone's.
    expect(part(el, 'portrait')!.textContent).to.equal('?');
    await expect(el).to.be.accessible();
  });

  it('takes the speaker from the enclosing agenda by speaker-id', async () => {
    const feed = minimalFeed() as any;
    feed.speakers[0].bio = 'First programmer.';
    feed.speakers[0].links = [{ label: 'Site', url: 'https://ada.example/' }];
    const agenda = await agendaFixture(html`<seminar-agenda .feed=${feed}></seminar-agenda>`);
    const card = inside(agenda, 'seminar-speaker-card')!;
    expect(part(card, 'name')!.textContent!.trim()).to.equal('Ada Lovelace');
    expect(part(card, 'bio')!.textContent!.trim()).to.equal('First programmer.');
    const link = part(card, 'speaker-link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://ada.example/');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  describe('with a speaker-id it cannot resolve', () => {
    let console: ReturnType<typeof captureConsole>;
    beforeEach(() => (console = captureConsole()));
    afterEach(() => console.restore());

    it('outside an agenda renders nothing and warns once, naming what is missing', async () => {
      const el = await fixture<SeminarSpeakerCard>(html`<seminar-speaker-card speaker-id="x"></seminar-speaker-card>`);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent!.trim()).to.equal('');
      expect(console.warnings).to.deep.equal([
        '[seminar-agenda] <seminar-speaker-card> speaker-id="x" needs an enclosing <seminar-agenda>, ' +
          'a for attribute or a model property; give name, job-title and organization attributes to use the card alone.',
      ]);
    });

    it('with a program that has no such speaker renders nothing and says so', async () => {
      const el = await fixture<SeminarSpeakerCard>(
        html`<seminar-speaker-card speaker-id="nobody" .model=${modelOf(minimalFeed())}></seminar-speaker-card>`,
      );
      expect(el.shadowRoot!.textContent!.trim()).to.equal('');
      expect(console.warnings.join('\n')).to.include('speaker-id="nobody" names no speaker of the program');
    });

    it('falls back to its attributes without a warning', async () => {
      const el = await fixture<SeminarSpeakerCard>(html`<seminar-speaker-card speaker-id="x" name="Ada"></seminar-speaker-card>`);
      expect(part(el, 'name')!.textContent!.trim()).to.equal('Ada');
      expect(console.warnings).to.deep.equal([]);
    });
  });

  it('says which session a speaker awaiting confirmation is expected in', async () => {
    const model = modelOf(await seminarFeed());
    const el = await fixture<SeminarSpeakerCard>(
      html`<seminar-speaker-card speaker-id="tbc-cerebriu" .model=${model} lang="da"></seminar-speaker-card>`,
    );
    expect(part(el, 'name')!.textContent!.trim()).to.equal('Afventer bekræftelse');
    expect(part(el, 'organization')!.textContent).to.equal('Cerebriu');
    expect(part(el, 'appearances')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Deltager i Paneldebat og opsamling');
    const card = await fixture<SeminarSpeakerCard>(
      html`<seminar-speaker-card speaker-id="tbc-cerebriu" .model=${model} lang="en"></seminar-speaker-card>`,
    );
    expect(part(card, 'name')!.getAttribute('lang')).to.equal('en');
    expect(part(card, 'appearances')!.querySelector('[lang="en"]')!.textContent).to.equal('Takes part in');
    await expect(el).to.be.accessible();
  });

  it('marks a moderator visibly, and a confirmed speaker without the session list', async () => {
    const feed = minimalFeed() as any;
    feed.speakers.push({ id: 'bo', name: 'Bo Ek' });
    feed.sessions[0] = { ...feed.sessions[0], kind: 'panel', moderators: ['bo'] };
    const model = modelOf(feed);
    const moderator = await fixture<SeminarSpeakerCard>(
      html`<seminar-speaker-card speaker-id="bo" .model=${model} lang="en"></seminar-speaker-card>`,
    );
    expect(part(moderator, 'moderator')!.textContent).to.equal('Moderator');
    expect(getComputedStyle(part(moderator, 'moderator')!).display).to.not.equal('none');
    await expect(moderator).to.be.accessible();
    const speaker = await fixture<SeminarSpeakerCard>(html`<seminar-speaker-card speaker-id="ada" .model=${model}></seminar-speaker-card>`);
    expect(speaker.shadowRoot!.querySelectorAll('[part="moderator"], [part="appearances"]').length).to.equal(0);
  });
});
