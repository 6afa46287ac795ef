import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { toICalendar } from '../../src/calendar/ics.js';
import { describeProblem, parseFeed } from '../../src/feed/index.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { buildSearchIndex, emptyFilters, matchSessions } from '../../src/feed/search.js';
import { structuredData } from '../../src/feed/structured-data.js';
import { languageName } from '../../src/i18n/index.js';
import { modelOf } from '../helpers/index.js';

/** An English event with a German talk (whose nested part names no language) and a talk in British English. */
function mixedFeed(): FeedInput {
  return {
    version: 1,
    event: { title: 'Congress', timeZone: 'Europe/Berlin', language: 'en' },
    sessions: [
      { id: 'open', start: '2025-12-27T10:00', end: '2025-12-27T10:30', title: 'Opening' },
      {
        id: 'kaenguru',
        start: '2025-12-27T11:00',
        end: '2025-12-27T12:00',
        title: 'Die Känguru-Rebellion',
        language: 'de',
        sessions: [{ id: 'kaenguru-qa', title: 'Questions' }],
      },
      { id: 'tea', start: '2025-12-27T12:00', end: '2025-12-27T12:30', title: 'Tea', language: 'EN-gb' },
    ],
  };
}

describe('a session language', () => {
  it('is kept in canonical form; a nested session without one inherits nothing', () => {
    const [open, kaenguru, tea] = modelOf(mixedFeed()).sessions;
    expect([open!.language, kaenguru!.language, kaenguru!.sessions[0]!.language, tea!.language]).to.deep.equal([
      undefined,
      'de',
      undefined,
      'en-GB',
    ]);
  });

  it('that is no BCP 47 tag is a warning with its JSON path and is left out; the feed still shows', () => {
    const feed = mixedFeed();
    feed.sessions[1]!.sessions![0]!.language = 'deutsch!';
    const result = parseFeed(feed);
    expect(result.ok).to.be.true;
    expect(result.warnings.map(describeProblem)).to.deep.equal([
      'sessions[1].sessions[0].language: "deutsch!" is not a BCP 47 language tag; left out',
    ]);
    if (result.ok) expect(result.model.sessions[1]!.sessions[0]!.language).to.equal(undefined);
  });

  it("is a filter value; a session without one counts as the event's, also inside another language's session", () => {
    const index = buildSearchIndex(modelOf(mixedFeed()), 'Europe/Berlin');
    expect(index.facets.language).to.deep.equal(['de', 'en', 'en-GB']);
    const german = matchSessions(index, '', { ...emptyFilters(), language: ['de'] });
    expect([...german.ids]).to.deep.equal(['kaenguru', 'kaenguru-qa']);
    expect(german.count).to.equal(1);
    const english = matchSessions(index, '', { ...emptyFilters(), language: ['en'] });
    expect([...english.ids]).to.deep.equal(['open', 'kaenguru-qa']);
  });

  it('is one filter value when every session is in the event language', () => {
    const feed = mixedFeed();
    for (const session of feed.sessions) delete session.language;
    expect(buildSearchIndex(modelOf(feed), 'Europe/Berlin').facets.language).to.deep.equal(['en']);
  });

  it("is the subEvent's inLanguage in JSON-LD, only where the session names one", () => {
    const data = JSON.parse(JSON.stringify(structuredData(modelOf(mixedFeed()))));
    expect(data.inLanguage).to.equal('en');
    expect(data.subEvent.map((event: { inLanguage?: string }) => event.inLanguage)).to.deep.equal([undefined, 'de', 'en-GB']);
  });

  it('is the LANGUAGE parameter of SUMMARY and DESCRIPTION in the calendar file (RFC 5545)', () => {
    const feed = mixedFeed();
    feed.sessions[1]!.description = 'Ein Känguru erzählt.';
    const text = toICalendar(modelOf(feed), undefined, Date.UTC(2025, 11, 1));
    expect(text).to.contain('\r\nSUMMARY;LANGUAGE=de:Die Känguru-Rebellion\r\n');
    expect(text).to.contain('\r\nSUMMARY:Opening\r\n');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const summary = events[1]!.getFirstProperty('summary')!;
    expect([summary.getParameter('language'), summary.getFirstValue()]).to.deep.equal(['de', 'Die Känguru-Rebellion']);
    expect(events[1]!.getFirstProperty('description')!.getParameter('language')).to.equal('de');
  });

  it('is named in the UI language, capitalised as a label', () => {
    expect([languageName('de', 'da'), languageName('de', 'en'), languageName('en', 'da'), languageName('en-GB', 'en')]).to.deep.equal([
      'Tysk',
      'German',
      'Engelsk',
      'British English',
    ]);
  });
});
