// Every real export in tests/fixtures/feeds imports with the counts SOURCES.md lists and
// yields a feed parseFeed accepts. Files that are not schedules must fail cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { parseFeed, describeProblem } from '../dist/feed/index.js';
import { detectFormat, importFeed, importSponsors } from '../dist/feed/importers/index.js';

const FEEDS = new URL('../tests/fixtures/feeds/', import.meta.url);

// Counts from tests/fixtures/feeds/SOURCES.md; `problems` pins what could not be mapped.
const SCHEDULES = {
  'pretalx-democon.schedule.json': {
    format: 'c3voc',
    days: 3,
    rooms: 2,
    sessions: 36,
    speakers: 27,
    timeZone: 'UTC',
    language: 'en',
    problems: { 'time zone does not match the offsets': 1 },
  },
  'frab-camp2019.schedule.json': {
    format: 'c3voc',
    days: 5,
    rooms: 2,
    sessions: 79,
    speakers: 90,
    timeZone: 'Europe/Berlin',
    language: 'en',
    problems: { 'links not imported': 26, 'attachments not imported': 10 },
  },
  '39c3.schedule.xml': {
    format: 'frab-xml',
    days: 4,
    rooms: 14,
    sessions: 215,
    speakers: 263,
    timeZone: 'Europe/Berlin',
    language: 'en',
    problems: { 'track colour not imported': 7, 'links not imported': 3, 'attachments not imported': 1 },
  },
  'ddd-melbourne-2025.sessionize-all.json': {
    format: 'sessionize',
    options: { timeZone: 'Australia/Melbourne' },
    days: 1,
    rooms: 5,
    sessions: 28,
    speakers: 29,
    timeZone: 'Australia/Melbourne',
    language: undefined,
    problems: { 'recording link not imported': 24, 'no event title': 1 },
  },
};
const NOT_SCHEDULES = ['SOURCES.md', 'c3voc-schedule.schema.json', 'coscup-2023.sponsors.json'];

const PROBLEM_KINDS = {
  'time zone does not match the offsets': /does not match the offset/,
  'links not imported': /sessions have no links$/,
  'attachments not imported': /sessions have no attachments$/,
  'track colour not imported': /no track colours$/,
  'recording link not imported': /no stream or recording links$/,
  'no event title': /no event title/,
};

function kindOf(problem) {
  return Object.keys(PROBLEM_KINDS).find((kind) => PROBLEM_KINDS[kind].test(problem.message)) ?? describeProblem(problem);
}

function tally(problems) {
  const counts = {};
  for (const problem of problems) counts[kindOf(problem)] = (counts[kindOf(problem)] ?? 0) + 1;
  return counts;
}

const distinct = (values) => new Set(values.filter(Boolean)).size;

test('the fixture folder holds only files this test knows', async () => {
  const files = (await readdir(FEEDS)).sort();
  assert.deepEqual(files, [...Object.keys(SCHEDULES), ...NOT_SCHEDULES].sort());
});

for (const [file, expected] of Object.entries(SCHEDULES)) {
  test(`${file} imports as ${expected.format} with the counts in SOURCES.md`, async () => {
    const text = await readFile(new URL(file, FEEDS), 'utf8');
    assert.equal(detectFormat(text), expected.format);
    const { feed, problems } = await importFeed(text, expected.options);
    assert.ok(feed, problems.map(describeProblem).join('\n'));
    assert.deepEqual(
      {
        days: distinct(feed.sessions.map((session) => session.start.slice(0, 10))),
        rooms: distinct(feed.sessions.map((session) => session.room)),
        sessions: feed.sessions.length,
        speakers: feed.speakers.length,
        timeZone: feed.event.timeZone,
        language: feed.event.language,
      },
      {
        days: expected.days,
        rooms: expected.rooms,
        sessions: expected.sessions,
        speakers: expected.speakers,
        timeZone: expected.timeZone,
        language: expected.language,
      },
    );
    assert.ok(problems.every((problem) => problem.severity === 'warning'));
    assert.deepEqual(tally(problems), expected.problems);
    const parsed = parseFeed(feed);
    assert.equal(parsed.ok, true, parsed.ok ? '' : parsed.errors.map(describeProblem).join('\n'));
    assert.deepEqual(parsed.warnings.map(describeProblem), []);
  });
}

for (const file of NOT_SCHEDULES) {
  test(`${file} is recognised as no schedule and fails with an error, not an exception`, async () => {
    const text = await readFile(new URL(file, FEEDS), 'utf8');
    assert.equal(detectFormat(text), undefined);
    const { feed, problems } = await importFeed(text);
    assert.equal(feed, undefined);
    assert.match(problems[0].message, /format is not recognised/);
  });
}

test('pretalx persons keep their biography and pretalx code as speaker id', async () => {
  const { feed } = await importFeed(await readFile(new URL('pretalx-democon.schedule.json', FEEDS), 'utf8'));
  const brian = feed.speakers.find((speaker) => speaker.name === 'Brian Robinson');
  assert.equal(brian.id, 'NQTF8Y');
  assert.match(brian.bio, /^Break through direction\./);
  const session = feed.sessions.find((entry) => entry.title === 'Focused 5thgeneration hardware');
  assert.deepEqual(
    { start: session.start, end: session.end, room: session.room, track: session.track, speakers: session.speakers },
    { start: '2020-12-14T09:00+01:00', end: '2020-12-14T09:30+01:00', room: 'Gray Room', track: 'Phased', speakers: ['NQTF8Y'] },
  );
  assert.deepEqual(
    feed.sessions.filter((entry) => entry.kind === 'other').map((entry) => entry.tags),
    Array(9).fill(['Workshop']),
  );
});

test('the 39C3 XML decodes entities, drops the markup indent and keeps workshops without code as sessions', async () => {
  const { feed } = await importFeed(await readFile(new URL('39c3.schedule.xml', FEEDS), 'utf8'));
  const first = feed.sessions.find((session) => session.id === 'a2dd3dc7-ecae-50b3-82d9-266ad02f7a40');
  assert.equal(first.title, 'All my Deutschlandtickets gone: Fraud at an industrial scale');
  assert.equal(first.end, '2025-12-27T17:00+01:00');
  assert.match(first.description, /Zügli/);
  assert.doesNotMatch(first.description, /\n {2}/);
  assert.ok(feed.speakers.some((speaker) => speaker.name === 'Katika Kühnreich'));
  assert.equal(feed.sessions.filter((session) => session.kind === 'break').length, 0);
  assert.equal(feed.event.title, '39th Chaos Communications Congress');
});

test('Sessionize speakers get photo, links and a split tagLine', async () => {
  const text = await readFile(new URL('ddd-melbourne-2025.sessionize-all.json', FEEDS), 'utf8');
  const { feed } = await importFeed(text, { timeZone: 'Australia/Melbourne', title: 'DDD Melbourne 2025' });
  const aaron = feed.speakers.find((speaker) => speaker.name === 'Aaron Powell');
  assert.match(aaron.photo, /^https:\/\/sessionize\.com\/image\//);
  assert.deepEqual(aaron.links[0], { label: 'X (Twitter)', url: 'https://twitter.com/slace' });
  const jaswanth = feed.speakers.find((speaker) => speaker.name === 'Jaswanth Manigundan');
  assert.deepEqual([jaswanth.jobTitle, jaswanth.organization], ['Engineering Manager', 'Culture Amp']);
  assert.equal(feed.event.title, 'DDD Melbourne 2025');
  assert.equal(feed.sessions[0].start, '2025-02-22T09:00');
});

// Counted on the files: 39C3 has 85 "de", 15 "de, en", 111 "en", 3 "en, de" and one empty <language/>;
// the first tag listed is the session's. Sessionize exports carry no language at all.
const SESSION_LANGUAGES = {
  '39c3.schedule.xml': { de: 100, en: 114, none: 1 },
  'frab-camp2019.schedule.json': { de: 24, en: 55 },
  'pretalx-democon.schedule.json': { en: 36 },
  'ddd-melbourne-2025.sessionize-all.json': { none: 28 },
};

for (const [file, expected] of Object.entries(SESSION_LANGUAGES)) {
  test(`${file}: each session keeps its own language`, async () => {
    const text = await readFile(new URL(file, FEEDS), 'utf8');
    const { feed } = await importFeed(text, SCHEDULES[file].options);
    const counts = {};
    for (const { language = 'none' } of feed.sessions) counts[language] = (counts[language] ?? 0) + 1;
    assert.deepEqual(counts, expected);
    const { model } = parseFeed(feed);
    const languages = new Set(model.sessions.map((session) => session.language ?? model.event.language));
    assert.equal(languages.size, Object.keys(expected).filter((tag) => tag !== 'none' && tag !== model.event.language).length + 1);
  });
}

test('coscup-2023.sponsors.json imports as a sponsor list with the counts in SOURCES.md', async () => {
  const json = JSON.parse(await readFile(new URL('coscup-2023.sponsors.json', FEEDS), 'utf8'));
  const read = (language) => importSponsors(json, { language, baseUrl: 'https://coscup.org/2023/json/sponsor.json' });
  const { sponsors, problems } = read('en');
  assert.equal(sponsors.length, 30);
  assert.equal(distinct(sponsors.map((sponsor) => sponsor.tier)), 9);
  assert.deepEqual(
    sponsors.filter((sponsor) => !sponsor.name || !/^https:\/\//.test(sponsor.logo)),
    [],
  );
  // NTUST's English intro is one 1305-character paragraph; every other first paragraph fits.
  assert.deepEqual(problems.map(describeProblem), [
    '[3].intro.en: first paragraph is 1305 characters, more than 1000; description left out',
  ]);
  assert.deepEqual(
    sponsors.filter((sponsor) => !sponsor.description).map((sponsor) => sponsor.id),
    ['NTUST', 'ADI', 'III'],
  );
  const chinese = read('zh-TW');
  assert.deepEqual(chinese.problems, []);
  assert.equal(chinese.sponsors[0].name, '蘇度科技');
  const parsed = parseFeed({ version: 1, event: { title: 'COSCUP 2023', timeZone: 'Asia/Taipei' }, sessions: [], sponsors });
  assert.equal(parsed.ok, true, parsed.ok ? '' : parsed.errors.map(describeProblem).join('\n'));
  assert.deepEqual(parsed.warnings.map(describeProblem), []);
});
