import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { SeminarSpeakerDirectory } from '../../src/components/seminar-speaker-directory/seminar-speaker-directory.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { agendaFixture, inside, modelOf, settled, timelineOf, until } from '../helpers/index.js';

/** A program with `speakers` speakers (named from `names`, then numbered) and `sessions` talks, two speakers each. */
function bigFeed({ speakers = 40, sessions = 24, names = [] as string[], language = 'en' } = {}): FeedInput {
  const people = Array.from({ length: speakers }, (_, i) => ({
    id: `p${i}`,
    name: names[i] ?? `Speaker ${i}`,
    organization: `Org ${i}`,
    bio: i === 0 ? 'Writes **compilers**.' : undefined,
  }));
  const talks = Array.from({ length: sessions }, (_, i) => {
    const minutes = 9 * 60 + i * 20;
    const at = (m: number) => `2025-05-20T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    return {
      id: `s${i}`,
      start: at(minutes),
      end: at(minutes + 20),
      title: `Talk ${i}`,
      speakers: [`p${i % speakers}`, `p${(i + 1) % speakers}`],
    };
  });
  return {
    version: 1,
    event: { title: 'Big day', timeZone: 'Europe/Copenhagen', language },
    sessions: talks,
    speakers: people,
    sponsors: [{ id: 'acme', name: 'Acme', tier: 'gold', url: 'https://acme.example/' }],
  };
}

const entries = (el: SeminarSpeakerDirectory) =>
  [...el.shadowRoot!.querySelectorAll('[part="entry-name"]')].map((n) => n.textContent!.trim());

async function directory(feed: FeedInput, style = ''): Promise<SeminarSpeakerDirectory> {
  const el = await fixture<SeminarSpeakerDirectory>(
    html`<seminar-speaker-directory style=${style} heading-level="3" .model=${modelOf(feed)}></seminar-speaker-directory>`,
  );
  await settled(el);
  return el;
}

const NAMES = ['Åse Holm', 'Ole Berg', 'Ærø Nielsen', 'Zara Smith', 'Øjvind Lund', 'Anna Berg', 'Aage Dahl'];

describe('<seminar-speaker-directory>', () => {
  it("sorts every speaker once by the name as given, in the collation of the program's language", async () => {
    const da = await directory(bigFeed({ speakers: 7, names: NAMES, language: 'da' }));
    await da.reveal('p0');
    // Danish: Æ, Ø, Å after Z, and "Aa" is Å.
    expect(entries(da)).to.deep.equal(['Anna Berg', 'Ole Berg', 'Zara Smith', 'Ærø Nielsen', 'Øjvind Lund', 'Aage Dahl', 'Åse Holm']);
    const en = await directory(bigFeed({ speakers: 7, names: NAMES, language: 'en' }));
    await en.reveal('p0');
    // English: Æ as "AE", Å and Ø as A and O.
    expect(entries(en)).to.deep.equal(['Aage Dahl', 'Ærø Nielsen', 'Anna Berg', 'Åse Holm', 'Øjvind Lund', 'Ole Berg', 'Zara Smith']);
  });

  it("lists each speaker's sessions as links into the program, and a moderator as such", async () => {
    const feed = bigFeed({ speakers: 3, sessions: 3 });
    feed.sessions[2]!.moderators = ['p0'];
    const el = await directory(feed);
    await el.reveal('p0');
    const entry = inside(el, '[id="p0"]')!.closest('[part="entry"]')!;
    const links = [...entry.querySelectorAll('a[part="entry-session"]')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).to.deep.equal([
      ['#s0', 'Talk 0'],
      ['#s2', 'Talk 2'],
    ]);
    expect(entry.textContent).to.contain('(Moderator)');
    expect(entry.querySelector('[part="entry-details"]')!.textContent).to.equal('Org 0');
  });

  it('is built only when it comes near the viewport or a speaker is revealed', async () => {
    const el = await directory(bigFeed(), 'margin-block-start: 400vh');
    expect(inside(el, '[part="count"]')!.textContent).to.equal('40 speakers, A to Z');
    expect(inside(el, '[part="directory"]'), 'nothing built far below the screen').to.equal(null);
    expect(await el.reveal('p7')).to.equal(true);
    expect(entries(el)).to.have.length(40);
    expect(el.shadowRoot!.activeElement).to.equal(inside(el, '[id="p7"]'));
    expect(await el.reveal('nobody')).to.equal(false);
  });

  it('builds itself once scrolled near', async () => {
    const el = await directory(bigFeed(), 'margin-block-start: 400vh');
    el.scrollIntoView();
    await until(() => inside(el, '[part="directory"]'));
  });

  it('shows a bio on demand behind a disclosure that works from the keyboard', async () => {
    const el = await directory(bigFeed({ speakers: 3, sessions: 3 }));
    await el.reveal('p0');
    const toggle = inside<HTMLButtonElement>(el, '[part="bio-toggle"]')!;
    expect(el.shadowRoot!.querySelectorAll('[part="bio-toggle"]'), 'only speakers with a bio or links').to.have.length(1);
    const panel = inside(el, `[id="${toggle.getAttribute('aria-controls')}"]`)!;
    expect([toggle.getAttribute('aria-expanded'), panel.hidden, panel.textContent]).to.deep.equal(['false', true, '']);
    await expect(el).to.be.accessible();
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect([toggle.getAttribute('aria-expanded'), panel.hidden]).to.deep.equal(['true', false]);
    expect(panel.querySelector('[part="entry-bio"] strong')!.textContent).to.equal('compilers');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await settled(el);
    expect([toggle.getAttribute('aria-expanded'), panel.hidden, el.shadowRoot!.activeElement]).to.deep.equal(['false', true, toggle]);
  });
});

describe('the speakers of a large program in <seminar-agenda>', () => {
  it('keeps the cards up to 30 speakers and lists more in the directory instead', async () => {
    const small = await agendaFixture(html`<seminar-agenda .feed=${bigFeed({ speakers: 30 })}></seminar-agenda>`);
    expect(small.shadowRoot!.querySelectorAll('seminar-speaker-card')).to.have.length(30);
    expect(small.shadowRoot!.querySelector('seminar-speaker-directory')).to.equal(null);
    const large = await agendaFixture(html`<seminar-agenda .feed=${bigFeed({ speakers: 31 })}></seminar-agenda>`);
    expect(large.shadowRoot!.querySelectorAll('seminar-speaker-card')).to.have.length(0);
    expect(large.shadowRoot!.querySelector('seminar-speaker-directory')!.getAttribute('heading-level')).to.equal('4');
  });

  it("opens a speaker's entry from their name in a session, firing seminar-speaker-open", async () => {
    const el = await agendaFixture(html`<seminar-agenda .feed=${bigFeed()}></seminar-agenda>`);
    const name = timelineOf(el).shadowRoot!.querySelector<HTMLButtonElement>('#s3 button[part="speaker-name"]')!;
    expect(name.textContent).to.equal('Speaker 3');
    const opened = oneEvent(el, 'seminar-speaker-open');
    name.click();
    expect((await opened).detail).to.deep.equal({ speakerId: 'p3' });
    const list = el.shadowRoot!.querySelector<SeminarSpeakerDirectory>('seminar-speaker-directory')!;
    await until(() => list.shadowRoot?.activeElement?.id === 'p3');
    await expect(el).to.be.accessible();
  });

  it('leaves the page where it is when a listener cancels seminar-speaker-open', async () => {
    const el = await agendaFixture(html`<seminar-agenda .feed=${bigFeed({ speakers: 3 })}></seminar-agenda>`);
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('seminar-speaker-open', cancel);
    try {
      timelineOf(el).shadowRoot!.querySelector<HTMLButtonElement>('#s1 button[part="speaker-name"]')!.click();
      await settled(el);
      expect(el.shadowRoot!.activeElement).to.equal(null);
    } finally {
      document.removeEventListener('seminar-speaker-open', cancel);
    }
    timelineOf(el).shadowRoot!.querySelector<HTMLButtonElement>('#s1 button[part="speaker-name"]')!.click();
    await settled(el);
    expect(el.shadowRoot!.activeElement!.getAttribute('speaker-id'), 'the card, when not cancelled').to.equal('p1');
  });

  it('has no speaker buttons in a timeline used alone', async () => {
    const timeline = await fixture(html`<seminar-timeline .model=${modelOf(bigFeed({ speakers: 3, sessions: 3 }))}></seminar-timeline>`);
    expect(timeline.shadowRoot!.querySelector('[part="speaker-name"]')!.localName).to.equal('span');
  });

  it('skips a long program to the speakers and sponsors with links shown on focus', async () => {
    const el = await agendaFixture(html`<seminar-agenda .feed=${bigFeed()}></seminar-agenda>`);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="skip-link"]')];
    expect(links.map((a) => a.textContent)).to.deep.equal(['Skip to speakers', 'Skip to sponsors']);
    const row = el.shadowRoot!.querySelector('[part="skip-links"]')!;
    expect(row.getBoundingClientRect().width, 'out of sight at rest').to.be.at.most(1);
    links[0]!.focus();
    expect(row.getBoundingClientRect().width, 'shown when focused').to.be.above(100);
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.getElementById('speakers-title'));
    links[1]!.click();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.getElementById('sponsors-title'));
    expect(location.hash, 'the page address is left alone').to.equal('');
    const short = await agendaFixture(html`<seminar-agenda .feed=${bigFeed({ sessions: 19 })}></seminar-agenda>`);
    expect(short.shadowRoot!.querySelector('[part="skip-links"]')).to.equal(null);
  });
});
