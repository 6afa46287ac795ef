import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { da } from '../../src/i18n/locales/da.js';
import { en } from '../../src/i18n/locales/en.js';
import { messagesFor, type MessageOverrides, type Messages } from '../../src/i18n/index.js';
import { agendaFixture, minimalFeed, seminarFeed, settled, timelineOf, until } from '../helpers/index.js';

describe('messages', () => {
  it('Danish and English have the same keys, none empty', () => {
    const keys = (m: Messages) => Object.keys(m).sort();
    expect(keys(da)).to.deep.equal(keys(en));
    for (const messages of [da, en]) for (const [key, value] of Object.entries(messages)) expect(value, key).to.not.equal('');
  });

  it('lays overrides over a locale, merging kinds by key', () => {
    const messages = messagesFor('da-DK', { now: 'Lige nu', kinds: { talk: 'Foredrag' } });
    expect([messages.now, messages.next, messages.kinds.talk, messages.kinds.panel]).to.deep.equal([
      'Lige nu',
      'Næste',
      'Foredrag',
      'Paneldebat',
    ]);
  });

  it('gives the same strings object for the same overrides and locale, a new one for others', () => {
    // A timeline keeps a row while its view (strings included) is the same object; a new object per render rebuilds every row.
    const overrides: MessageOverrides = { now: 'Lige nu' };
    expect(messagesFor('da', overrides)).to.equal(messagesFor('da-DK', overrides));
    expect(messagesFor('en', overrides)).to.not.equal(messagesFor('da', overrides));
    expect(messagesFor('da', { now: 'Lige nu' })).to.not.equal(messagesFor('da', overrides));
  });

  it('takes a messages property that rewords strings in every element inside', async () => {
    const messages: MessageOverrides = { program: 'Schedule', copyLink: 'Share' };
    const el = await agendaFixture(html`<seminar-agenda lang="en" .messages=${messages} .feed=${minimalFeed()}></seminar-agenda>`);
    const timeline = timelineOf(el);
    expect(el.shadowRoot!.querySelector('#program-title')!.textContent).to.equal('Schedule');
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('#open [part="action"]')!.click();
    const copy = await until(() => timeline.shadowRoot!.querySelector('#open [part="menu-item"]:last-child'));
    expect(copy.textContent).to.equal('Share');
  });

  it('follows a lang the page changes later, in the agenda and the elements inside it', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="en" .feed=${minimalFeed()}></seminar-agenda>`);
    const timeline = timelineOf(el);
    expect(el.shadowRoot!.querySelector('#speakers-title')!.textContent).to.equal('Speakers');
    el.lang = 'da';
    await settled(el);
    expect(el.shadowRoot!.querySelector('#speakers-title')!.textContent).to.equal(da.speakers);
    expect(timeline.shadowRoot!.querySelector('#open [part="kind"]')!.textContent).to.equal(da.kinds.welcome);
  });

  it('adds a language: a full set of strings with lang', async () => {
    const sv: Partial<Messages> = {
      ...en,
      program: 'Program',
      speakers: 'Talare',
      now: 'Nu',
      kinds: { ...en.kinds, welcome: 'Välkommen' },
    };
    const el = await agendaFixture(html`<seminar-agenda lang="sv" .messages=${sv} .feed=${minimalFeed()}></seminar-agenda>`);
    const timeline = timelineOf(el);
    expect(el.shadowRoot!.querySelector('#speakers-title')!.textContent).to.equal('Talare');
    expect(timeline.shadowRoot!.querySelector('#open [part="kind"]')!.textContent).to.equal('Välkommen');
    expect(timeline.shadowRoot!.querySelector('#open [part="time"]')!.textContent!.replace(/\s/g, '')).to.equal('09:00–09:30');
    await expect(el).to.be.accessible();
  });

  it('marks content in another language than the UI with lang', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="en" .feed=${await seminarFeed()}></seminar-agenda>`);
    const timeline = timelineOf(el);
    const first = timeline.shadowRoot!.querySelector('li')!;
    expect(first.querySelector('[part="session-title"]')!.getAttribute('lang')).to.equal('da');
    // Breaks show no kind label; the first label the program shows is a UI word, not content.
    const kind = timeline.shadowRoot!.querySelector('[part="kind"]');
    expect(kind?.textContent).to.equal('Welcome');
    expect(kind!.closest('[lang]')).to.be.null;
    expect(el.shadowRoot!.querySelector('.agenda')!.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part="header"]')!.getAttribute('lang')).to.equal('da');
    expect(el.shadowRoot!.querySelector('[part="date"]')!.getAttribute('lang')).to.equal('en');
  });

  it('marks the timeline content with its language also when the UI speaks it, for hyphenation', async () => {
    const el = await agendaFixture(html`<seminar-agenda .feed=${await seminarFeed()}></seminar-agenda>`);
    const timeline = timelineOf(el);
    const title = timeline.shadowRoot!.querySelector('[part="session-title"]')!;
    expect(title.getAttribute('lang')).to.equal('da');
    expect(getComputedStyle(title).hyphens).to.equal('auto');
  });
});
