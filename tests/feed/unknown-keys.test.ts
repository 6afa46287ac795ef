import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { describeProblem, parseFeed } from '../../src/feed/index.js';
import { captureConsole, failed, loaded, minimalFeed, until } from '../helpers/index.js';

type Mutation = (feed: any) => void;

function warningsAfter(mutate: Mutation): string[] {
  const feed = structuredClone(minimalFeed()) as any;
  mutate(feed);
  const result = parseFeed(feed);
  expect(result.ok, JSON.stringify(result)).to.be.true;
  return result.warnings.map(describeProblem);
}

describe('unknown keys', () => {
  const cases: Array<[string, Mutation, string]> = [
    ['on the feed', (f) => (f.speaker = []), 'speaker: unknown key; did you mean "speakers"?'],
    ['on the event', (f) => (f.event.subtitel = 'x'), 'event.subtitel: unknown key; did you mean "subtitle"?'],
    [
      'on the venue',
      (f) => (f.event.venue = { name: 'Hall', adress: 'Road 1' }),
      'event.venue.adress: unknown key; did you mean "address"?',
    ],
    ['on a session', (f) => (f.sessions[0].speaker = ['ada']), 'sessions[0].speaker: unknown key; did you mean "speakers"?'],
    [
      'on a nested session',
      (f) => (f.sessions[0].sessions = [{ id: 'n', title: 'Nested', titel: 'x' }]),
      'sessions[0].sessions[0].titel: unknown key; did you mean "title"?',
    ],
    [
      'on a speaker reference',
      (f) => (f.sessions[0].speakers = [{ id: 'ada', roll: 'Chair' }]),
      'sessions[0].speakers[0].roll: unknown key; did you mean "role"?',
    ],
    ['on a speaker', (f) => (f.speakers[0].organisation = 'x'), 'speakers[0].organisation: unknown key; did you mean "organization"?'],
    [
      'on a link',
      (f) => (f.speakers[0].links = [{ label: 'Site', url: 'https://x.example/', href: 'x' }]),
      'speakers[0].links[0].href: unknown key',
    ],
    ['on a sponsor, two edits away', (f) => (f.sponsors[0].teir = 'gold'), 'sponsors[0].teir: unknown key; did you mean "tier"?'],
    ['named like an Object member', (f) => (f.sessions[1].constructor = 'x'), 'sessions[1].constructor: unknown key'],
  ];
  for (const [name, mutate, expected] of cases) {
    it(`warns about one ${name}, with its path`, () => expect(warningsAfter(mutate)).to.deep.equal([expected]));
  }

  it('knows $schema, the link editors follow', () => {
    expect(warningsAfter((f) => (f.$schema = 'https://unpkg.com/seminar-agenda/schema/feed.schema.json'))).to.deep.equal([]);
  });

  it('still warns when the feed has errors', () => {
    const feed = minimalFeed() as any;
    feed.sessions[0].speaker = ['ada'];
    delete feed.event.title;
    const result = parseFeed(feed);
    expect(result.ok).to.be.false;
    expect(result.warnings.map(describeProblem)).to.deep.equal(['sessions[0].speaker: unknown key; did you mean "speakers"?']);
  });

  it('reaches the element: the console once the program is shown, not the seminar-load event', async () => {
    const feed = minimalFeed() as any;
    feed.sessions[0].speaker = ['ada'];
    const console = captureConsole();
    try {
      const el = fixtureSync(html`<seminar-agenda .feed=${feed}></seminar-agenda>`);
      const event = await loaded(el);
      expect(event.detail.warnings).to.deep.equal([]);
      const warning = await until(() => console.warnings.find((line) => line.includes('unknown key')));
      expect(warning).to.include('sessions[0].speaker: unknown key; did you mean "speakers"?');
      expect(warning).to.include('has keys the format does not know');
    } finally {
      console.restore();
    }
  });

  it('reaches the element with the errors of a refused feed', async () => {
    const feed = minimalFeed() as any;
    feed.sessions[0].speaker = ['ada'];
    delete feed.event.title;
    const console = captureConsole();
    const el = fixtureSync(html`<seminar-agenda .feed=${feed}></seminar-agenda>`);
    await failed(el).finally(() => console.restore());
    expect(console.warnings.join('\n')).to.include('sessions[0].speaker: unknown key; did you mean "speakers"?');
  });
});
