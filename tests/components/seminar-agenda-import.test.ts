import { expect, fixtureSync } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { SeminarLoadEvent } from '../../src/events/seminar-load-event.js';
import { describeProblem } from '../../src/feed/problem.js';
import { agendaWith, captureConsole, deepText, failed, loaded, timelineOf } from '../helpers/index.js';

const FIXTURES = '/tests/fixtures/import';

let consoleCapture: ReturnType<typeof captureConsole>;
beforeEach(() => (consoleCapture = captureConsole()));
afterEach(() => consoleCapture.restore());

const sessionTitles = (event: SeminarLoadEvent) => event.detail.model.sessions.map((session) => session.title);

describe('<seminar-agenda format> reads the exports organizers already have', () => {
  const cases: Array<[string, Record<string, string>, string[], string]> = [
    [
      'a pretalx schedule.json, recognised',
      { src: `${FIXTURES}/schedule.json` },
      ['Imported opening talk', 'Imported second talk'],
      'Europe/Berlin',
    ],
    [
      'a pretalx schedule.json, named',
      { src: `${FIXTURES}/schedule.json`, format: 'c3voc' },
      ['Imported opening talk', 'Imported second talk'],
      'Europe/Berlin',
    ],
    ['a frab schedule.xml, recognised', { src: `${FIXTURES}/schedule.xml` }, ['Talk from frab XML'], 'Europe/Berlin'],
    ['a frab schedule.xml, named', { src: `${FIXTURES}/schedule.xml`, format: 'frab-xml' }, ['Talk from frab XML'], 'Europe/Berlin'],
    [
      'a Sessionize export with its zone',
      { src: `${FIXTURES}/sessionize.json`, 'event-time-zone': 'Australia/Melbourne' },
      ['Imported Sessionize talk', 'Lunch'],
      'Australia/Melbourne',
    ],
    [
      'a schedule.json whose zone is overridden',
      { src: `${FIXTURES}/schedule.json`, 'event-time-zone': 'Europe/Copenhagen' },
      ['Imported opening talk', 'Imported second talk'],
      'Europe/Copenhagen',
    ],
  ];
  for (const [name, attributes, titles, zone] of cases) {
    it(`renders ${name}`, async () => {
      const el = agendaWith(attributes);
      const event = await loaded(el);
      expect(sessionTitles(event)).to.deep.equal(titles);
      expect(event.detail.model.event.timeZone).to.equal(zone);
      expect(deepText(timelineOf(el))).to.include(titles[0]);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the instants of the export whatever zone it is shown in', async () => {
    const event = await loaded(agendaWith({ src: `${FIXTURES}/schedule.json` }));
    expect(new Date(event.detail.model.sessions[0]!.start!).toISOString()).to.equal('2026-03-05T08:00:00.000Z');
  });

  it('reports what the importer could not map as warnings with the path in the export', async () => {
    const event = await loaded(agendaWith({ src: `${FIXTURES}/schedule.json` }));
    expect(event.detail.warnings.map(describeProblem)).to.include(
      'schedule.conference.days[0].rooms.Gray Room[0].links: not imported (1): feed v1 sessions have no links',
    );
    expect(consoleCapture.warnings.join('\n')).to.include('not imported (1)');
  });

  const failures: Array<[string, Record<string, string>, RegExp]> = [
    ['a Sessionize export without a zone', { src: `${FIXTURES}/sessionize.json` }, /time zone/i],
    ['an export read as a feed', { src: `${FIXTURES}/schedule.json`, format: 'agenda' }, /^version: is required$/m],
    ['an unknown format', { src: `${FIXTURES}/schedule.json`, format: 'ical' }, /unknown format "ical"/],
    ['XML named as Sessionize', { src: `${FIXTURES}/schedule.xml`, format: 'sessionize' }, /not valid JSON/],
  ];
  for (const [name, attributes, message] of failures) {
    it(`shows the error state for ${name}, with the reason`, async () => {
      const el = agendaWith(attributes);
      const event = await failed(el);
      expect(event.detail.problems.map(describeProblem).join('\n')).to.match(message);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    });
  }

  it('says what is wrong with a feed that has a mistake instead of calling it an unknown format', async () => {
    const inline = fixtureSync<SeminarAgenda>(
      '<seminar-agenda lang="en"><script type="application/json">{"event": {"title": "T", "timeZone": "UTC"}, "sessions": []}</script></seminar-agenda>',
    );
    const event = await failed(inline);
    expect(event.detail.problems.map(describeProblem)).to.deep.equal(['version: is required']);
  });
});

describe('<seminar-agenda sponsors-src>', () => {
  const tiers = (event: SeminarLoadEvent) =>
    event.detail.model.sponsorTiers.map((tier) => [tier.tier, tier.sponsors.map((sponsor) => sponsor.name)]);

  it("adds a separate sponsor list after the feed's own, names in the program's language", async () => {
    const el = agendaWith({ src: `${FIXTURES}/feed-with-sponsor.json`, 'sponsors-src': `${FIXTURES}/sponsors.json` });
    const event = await loaded(el);
    expect(tiers(event)).to.deep.equal([
      ['organizer', ["The feed's own sponsor"]],
      ['gold', ['Acme']],
      ['friend', ['Hjælperne']],
    ]);
    const acme = event.detail.model.sponsorTiers[1]!.sponsors[0]!;
    expect(acme.logo).to.equal(new URL(`${FIXTURES}/logos/acme.png`, location.href).href);
    expect(event.detail.warnings.map(describeProblem)).to.include(
      'sponsors-src: sponsor id "feed-sponsor" is already in the feed; left out',
    );
    expect(deepText(el.shadowRoot!.querySelector('seminar-sponsor-strip')!)).to.include('Hjælperne');
  });

  it('adds sponsors to an imported export too', async () => {
    const event = await loaded(agendaWith({ src: `${FIXTURES}/schedule.json`, 'sponsors-src': `${FIXTURES}/sponsors.json` }));
    expect(tiers(event)).to.deep.equal([
      ['gold', ['Acme', 'Duplicate of a feed sponsor']],
      ['friend', ['The Helpers']],
    ]);
  });

  it('still shows the program when the sponsor list fails, and says why', async () => {
    const el = agendaWith({ src: `${FIXTURES}/feed-with-sponsor.json`, 'sponsors-src': '/faults/404' });
    const event = await loaded(el);
    expect(tiers(event)).to.deep.equal([['organizer', ["The feed's own sponsor"]]]);
    expect(event.detail.warnings.map(describeProblem).join('\n')).to.match(/^sponsors-src: .*HTTP 404/m);
  });
});
