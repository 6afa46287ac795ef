import { expect } from '@open-wc/testing';
import { describeProblem, parseFeed, parseFeedText } from '../../src/feed/index.js';
import { minimalFeed, seminarFeed } from '../helpers/index.js';

type Mutation = (feed: any) => void;

function problemsAfter(mutate: Mutation) {
  const feed = structuredClone(minimalFeed()) as any;
  mutate(feed);
  const result = parseFeed(feed);
  return {
    ok: result.ok,
    errors: result.ok ? [] : result.errors.map(describeProblem),
    warnings: result.warnings.map(describeProblem),
  };
}

describe('parseFeed', () => {
  it('accepts the seminar feed without errors or warnings', async () => {
    const result = parseFeed(await seminarFeed());
    expect(result.ok, JSON.stringify(result)).to.be.true;
    expect(result.warnings).to.deep.equal([]);
  });

  it('sorts top-level sessions by start time and converts local times in the event zone', () => {
    const feed = minimalFeed() as any;
    feed.sessions.reverse();
    const result = parseFeed(feed);
    if (!result.ok) throw new Error('expected ok');
    expect(result.model.sessions.map((s) => s.id)).to.deep.equal(['open', 'coffee']);
    // 09:00 in Copenhagen in May is 07:00 UTC (CEST, +02:00).
    expect(new Date(result.model.sessions[0]!.start!).toISOString()).to.equal('2025-05-20T07:00:00.000Z');
  });

  it('resolves speakers, applies defaults and splits descriptions into paragraphs', () => {
    const feed = minimalFeed() as any;
    feed.sessions[1].description = 'One.\n\nTwo\nstill two.';
    delete feed.sessions[1].kind;
    const result = parseFeed(feed);
    if (!result.ok) throw new Error('expected ok');
    expect(result.model.sessions[0]!.speakers[0]!.name).to.equal('Ada Lovelace');
    expect(result.model.sessions[1]!.kind).to.equal('talk');
    expect(result.model.sessions[1]!.description).to.deep.equal([
      { type: 'paragraph', children: [{ type: 'text', text: 'One.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Two' }, { type: 'break' }, { type: 'text', text: 'still two.' }] },
    ]);
    expect(result.model.speakers[0]!.initials).to.equal('AL');
  });

  const errorCases: Array<[string, Mutation, string]> = [
    ['a missing event title', (f) => delete f.event.title, 'event.title: is required'],
    ['an empty session title', (f) => (f.sessions[1].title = ''), 'sessions[1].title: must not be empty'],
    ['a wrong type', (f) => (f.sessions[0].speakers = 'ada'), 'sessions[0].speakers: must be a list, not "ada"'],
    ['an unknown kind', (f) => (f.sessions[0].kind = 'party'), 'sessions[0].kind: must be one of "talk"'],
    ['a malformed time', (f) => (f.sessions[0].start = '9:00'), 'sessions[0].start: must be a date and time like'],
    ['a clock time no day has', (f) => (f.sessions[0].end = '2025-05-20T25:00'), 'sessions[0].end: must be a date and time like'],
    ['a wrong version', (f) => (f.version = 2), 'version: must be 1, not 2'],
    ['an end before its start', (f) => (f.sessions[0].end = '2025-05-20T08:50'), 'sessions[0].end: must be after start (08:50 < 09:00)'],
    ['an end equal to its start', (f) => (f.sessions[0].end = '2025-05-20T09:00'), 'sessions[0].end: must be after start'],
    ['a top-level session without start', (f) => delete f.sessions[1].start, 'sessions[1].start: is required for a top-level session'],
    ['a duplicate session id', (f) => (f.sessions[1].id = 'open'), 'sessions[1].id: duplicate id "open" (first used at sessions[0].id)'],
    [
      'a duplicate id in a nested session',
      (f) => (f.sessions[1].sessions = [{ id: 'open', title: 'Nested' }]),
      'sessions[1].sessions[0].id: duplicate id "open"',
    ],
    ['a duplicate speaker id', (f) => f.speakers.push({ id: 'ada', name: 'Other' }), 'speakers[1].id: duplicate id "ada"'],
    [
      'an unknown time zone',
      (f) => (f.event.timeZone = 'Europe/Atlantis'),
      'event.timeZone: "Europe/Atlantis" is not a known IANA time zone',
    ],
    [
      'a title over the length limit',
      (f) => (f.sessions[0].title = 'x'.repeat(1001)),
      'sessions[0].title: must have at most 1000 characters',
    ],
    [
      'too many sessions',
      (f) => (f.sessions = Array.from({ length: 5001 }, (_, i) => ({ ...f.sessions[0], id: `s${i}` }))),
      'sessions: must have at most 5000 entries',
    ],
    [
      'a hostile nesting depth',
      (f) => {
        let deep: any = {};
        f.sessions[0].extra = deep;
        for (let i = 0; i < 10_000; i += 1) deep = deep.next = {};
      },
      '(feed): is nested more than 32 levels deep',
    ],
    ['a speaker with no name who is not tbc', (f) => delete f.speakers[0].name, 'speakers[0].name: is required unless tbc is true'],
  ];

  for (const [name, mutate, expected] of errorCases) {
    it(`reports ${name} as an error with its path`, () => {
      const { ok, errors } = problemsAfter(mutate);
      expect(ok).to.be.false;
      expect(
        errors.some((e) => e.startsWith(expected)),
        errors.join('\n'),
      ).to.be.true;
    });
  }

  const warningCases: Array<[string, Mutation, string]> = [
    ['an unknown speaker id', (f) => f.sessions[0].speakers.push('bob'), 'sessions[0].speakers[1]: no speaker has id "bob"; left out'],
    ['a javascript: link', (f) => (f.sponsors[0].url = 'javascript:alert(1)'), 'sponsors[0].url: uses "javascript:"'],
    [
      'a child session outside its parent',
      (f) => (f.sessions[0].sessions = [{ id: 'late', title: 'Late', start: '2025-05-20T10:00', end: '2025-05-20T10:10' }]),
      'sessions[0].sessions[0]: lies outside its parent session "open"',
    ],
    ['an invalid language tag', (f) => (f.event.language = '!!'), 'event.language: "!!" is not a BCP 47 language tag'],
    [
      'a javascript: link in a description',
      (f) => (f.sessions[0].description = '[x](javascript:alert(1))'),
      'sessions[0].description (link javascript:alert(1): uses "javascript:"',
    ],
  ];

  for (const [name, mutate, expected] of warningCases) {
    it(`reports ${name} as a warning and still shows the feed`, () => {
      const { ok, warnings } = problemsAfter(mutate);
      expect(ok).to.be.true;
      expect(
        warnings.some((w) => w.startsWith(expected)),
        warnings.join('\n'),
      ).to.be.true;
    });
  }

  it('accepts a TBC speaker without a name', () => {
    const { ok } = problemsAfter((f) => f.speakers.push({ id: 'tbc', tbc: true }));
    expect(ok).to.be.true;
  });

  it('reports every problem at once, not only the first', () => {
    const { errors } = problemsAfter((f) => {
      delete f.event.title;
      f.sessions[0].kind = 'party';
    });
    expect(errors).to.have.length(2);
  });

  it('reports JSON syntax errors instead of throwing', () => {
    const result = parseFeedText('{"version": 1,');
    expect(result.ok).to.be.false;
    if (result.ok) return;
    expect(result.kind).to.equal('syntax');
    expect(describeProblem(result.errors[0]!)).to.match(/^\(feed\): is not valid JSON/);
  });

  it('rejects non-objects with a clear message', () => {
    const result = parseFeed(null);
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.errors.map(describeProblem)).to.deep.equal(['(feed): must be an object, not null']);
  });

  it('resolves relative URLs against the feed URL', () => {
    const feed = minimalFeed() as any;
    feed.sponsors[0].logo = 'logos/acme.svg';
    const result = parseFeed(feed, { baseUrl: 'https://example.org/feeds/feed.json' });
    if (!result.ok) throw new Error('expected ok');
    expect(result.model.sponsorTiers[0]!.sponsors[0]!.logo).to.equal('https://example.org/feeds/logos/acme.svg');
  });
});

describe('parseFeed: speaker wording per appearance, points, headings', () => {
  it('gives a reference with a role its own copy of the speaker, and keeps the plain speaker in the list', () => {
    const feed = minimalFeed() as any;
    feed.sessions[0].speakers = [{ id: 'ada', role: 'Chair, Engines Ltd' }];
    feed.sessions[1].moderators = ['ada'];
    const result = parseFeed(feed);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [open, coffee] = result.model.sessions;
    expect(open!.speakers[0]).to.include({ name: 'Ada Lovelace', jobTitle: 'Analyst', role: 'Chair, Engines Ltd' });
    expect(coffee!.moderators[0]!.role).to.equal(undefined);
    expect(result.model.speakers[0]!.role).to.equal(undefined);
  });

  const refErrors: Array<[string, unknown, string]> = [
    ['a reference object without id', { role: 'Chair' }, 'sessions[0].speakers[0].id: is required'],
    ['an empty role', { id: 'ada', role: '' }, 'sessions[0].speakers[0].role: must not be empty'],
    ['a reference that is neither', 42, 'sessions[0].speakers[0]: must be text or an object, not 42'],
  ];
  for (const [name, ref, expected] of refErrors) {
    it(`reports ${name} with its path`, () => {
      const feed = minimalFeed() as any;
      feed.sessions[0].speakers = [ref];
      const result = parseFeed(feed);
      expect(result.ok ? [] : result.errors.map(describeProblem)).to.deep.equal([expected]);
    });
  }

  it('keeps points apart from questions', () => {
    const feed = minimalFeed() as any;
    feed.sessions[0].points = ['First point', 'Second point'];
    const result = parseFeed(feed);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.model.sessions[0]!.points).to.deep.equal(['First point', 'Second point']);
    expect(result.model.sessions[0]!.questions).to.deep.equal([]);
    expect(result.model.sessions[1]!.points).to.deep.equal([]);
  });

  it('reads a markdown heading in the event description', () => {
    const feed = minimalFeed() as any;
    feed.event.description = 'Intro.\n\n# Background\n\nMore.';
    const result = parseFeed(feed);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.model.event.description.map((block) => block.type)).to.deep.equal(['paragraph', 'heading', 'paragraph']);
  });
});
