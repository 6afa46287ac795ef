// Hand-made exports with the mistakes real ones make: each importer maps what it can,
// lists what it could not (path + reason) and never throws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed, describeProblem } from '../dist/feed/index.js';
import { detectFormat, importC3voc, importFeed, importFrabXml, importSessionize, splitTagLine } from '../dist/feed/importers/index.js';

const event = (fields = {}) => ({
  guid: 'g1',
  id: 1,
  date: '2024-06-01T10:00:00+02:00',
  duration: '00:45',
  room: 'Hall',
  title: 'Talk',
  type: 'talk',
  persons: [],
  ...fields,
});
const schedule = (events, conference = {}) => ({
  schedule: {
    version: '1',
    base_url: 'https://example.org/fahrplan/',
    conference: { title: 'Con', time_zone_name: 'Europe/Berlin', days: [{ date: '2024-06-01', rooms: { Hall: events } }], ...conference },
  },
});
const messages = (result) => result.problems.map(describeProblem);
const EVENT_PATH = 'schedule.conference.days[0].rooms.Hall';

test('importers return an error for input that is not their format, and never throw', async () => {
  for (const input of [null, 42, 'text', [], {}, { schedule: {} }]) {
    assert.equal(importC3voc(input).feed, undefined);
    assert.equal(importSessionize(input, { timeZone: 'UTC' }).feed, undefined);
    assert.equal((await importFeed(input)).problems[0].severity, 'error');
  }
});

const C3VOC_CASES = [
  {
    name: 'an event without date is left out with its path',
    events: [event({ date: undefined }), event({ guid: 'g2' })],
    sessions: 1,
    problem: `${EVENT_PATH}[0].date: is missing or not a date-time with offset; session left out`,
  },
  {
    name: 'a duration that is not HH:MM is left out',
    events: [event({ duration: '45min' })],
    sessions: 0,
    problem: `${EVENT_PATH}[0].duration: "45min" is not a duration like "00:45"; session left out`,
  },
  {
    name: 'an event without title is left out',
    events: [event({ title: '  ' })],
    sessions: 0,
    problem: `${EVENT_PATH}[0].title: is missing; session left out`,
  },
  {
    name: 'a repeated guid gets a suffix',
    events: [event(), event({ date: '2024-06-01T11:00:00+02:00' })],
    sessions: 2,
    problem: `${EVENT_PATH}[1]: repeats the id "g1"; imported as "g1-2"`,
  },
  {
    name: 'a person without public_name is left out',
    events: [event({ persons: [{ id: 7 }, { id: 8, public_name: 'Ada' }] })],
    sessions: 1,
    problem: `${EVENT_PATH}[0].persons[0]: has no public_name; left out`,
  },
  {
    name: 'links are reported, not silently lost',
    events: [event({ links: [{ url: 'https://a.example', title: 'A' }] })],
    sessions: 1,
    problem: `${EVENT_PATH}[0].links: not imported (1): feed v1 sessions have no links`,
  },
];

for (const { name, events, sessions, problem } of C3VOC_CASES) {
  test(`c3voc: ${name}`, () => {
    const result = importC3voc(schedule(events));
    assert.equal(result.feed.sessions.length, sessions);
    assert.deepEqual(messages(result), [problem]);
    assert.equal(parseFeed(result.feed).ok, true);
  });
}

test('c3voc: end from "end" or duration, in the offset the event was written with', () => {
  const { feed } = importC3voc(
    schedule([
      event({ duration: '01:30' }),
      event({ guid: 'g2', date: '2024-06-01T23:30:00+02:00', duration: '01:00' }),
      event({ guid: 'g3', end: '2024-06-01T12:15:00+02:00' }),
    ]),
  );
  assert.deepEqual(
    feed.sessions.map((session) => [session.start, session.end]),
    [
      ['2024-06-01T10:00+02:00', '2024-06-01T11:30+02:00'],
      ['2024-06-01T23:30+02:00', '2024-06-02T00:30+02:00'],
      ['2024-06-01T10:00+02:00', '2024-06-01T12:15+02:00'],
    ],
  );
});

test('c3voc: each session keeps the first language it lists; the event takes the most common; an invalid tag is reported', () => {
  const result = importC3voc(
    schedule([
      event({ language: 'de, en' }),
      event({ guid: 'g2', language: 'EN' }),
      event({ guid: 'g3', language: 'en' }),
      event({ guid: 'g4', language: '!!' }),
      event({ guid: 'g5', language: '' }),
    ]),
  );
  assert.deepEqual(
    result.feed.sessions.map((session) => session.language),
    ['de', 'en', 'en', undefined, undefined],
  );
  assert.equal(result.feed.event.language, 'en');
  assert.deepEqual(messages(result), [`${EVENT_PATH}[3].language: "!!" is not a BCP 47 language tag; left out`]);
  assert.equal(parseFeed(result.feed).ok, true);
});

test("frab XML: a session's <language> is its own", async () => {
  const xml = `<schedule><conference><title>Con</title><time_zone_name>Europe/Berlin</time_zone_name></conference>
    <day date="2024-06-01"><room name="Hall">
      <event guid="a"><date>2024-06-01T10:00:00+02:00</date><duration>00:30</duration><title>Eins</title><language>de</language></event>
      <event guid="b"><date>2024-06-01T11:00:00+02:00</date><duration>00:30</duration><title>One</title><language>en</language></event>
      <event guid="c"><date>2024-06-01T12:00:00+02:00</date><duration>00:30</duration><title>Zwei</title><language>de</language></event>
    </room></day></schedule>`;
  const { feed } = await importFrabXml(xml);
  assert.deepEqual(
    feed.sessions.map((session) => session.language),
    ['de', 'en', 'de'],
  );
  assert.equal(feed.event.language, 'de');
});

const ZONE_CASES = [
  { offsets: ['+02:00', '+02:00'], zone: 'Etc/GMT-2', note: /offset \+02:00 \(pass/ },
  { offsets: ['-05:00'], zone: 'Etc/GMT+5', note: /offset -05:00/ },
  { offsets: ['Z'], zone: 'UTC', note: /offset \+00:00/ },
  { offsets: ['+05:30'], zone: 'UTC', note: /offset \+05:30/ },
  { offsets: ['+01:00', '+02:00', '+02:00'], zone: 'Etc/GMT-2', note: /2 different offsets/ },
];

for (const { offsets, zone, note } of ZONE_CASES) {
  test(`c3voc: without time_zone_name, offsets ${offsets.join(' ')} give ${zone}`, () => {
    const events = offsets.map((offset, index) => event({ guid: `g${index}`, date: `2024-06-01T1${index}:00:00${offset}` }));
    const result = importC3voc(schedule(events, { time_zone_name: undefined }));
    assert.equal(result.feed.event.timeZone, zone);
    assert.match(messages(result).join('\n'), note);
    assert.equal(parseFeed(result.feed).ok, true);
  });
}

test('c3voc: an unknown time_zone_name is ignored, an unknown timeZone option is an error', () => {
  const unknown = importC3voc(schedule([event()], { time_zone_name: 'Middle/Earth' }));
  assert.equal(unknown.feed.event.timeZone, 'Etc/GMT-2');
  assert.match(messages(unknown)[0], /"Middle\/Earth" is not a known IANA time zone; ignored/);
  assert.deepEqual(messages(importC3voc(schedule([event()]), { timeZone: 'Middle/Earth' })), [
    '(feed): "Middle/Earth" is not a known IANA time zone',
  ]);
});

test('c3voc: types map to kinds; a bare slot in a pretalx file (codes, no persons, no text) is a break', () => {
  const { feed } = importC3voc(
    schedule([
      event({ guid: 'a', code: 'ABC', type: 'Keynote' }),
      event({ guid: 'b', code: 'DEF', type: 'Workshop', abstract: 'Hands on' }),
      event({ guid: 'c', title: 'Coffee', type: 'Talk' }),
      event({ guid: 'd', type: 'other', abstract: 'Described' }),
    ]),
  );
  assert.deepEqual(
    feed.sessions.map((session) => [session.kind, session.tags]),
    [
      ['keynote', undefined],
      ['other', ['Workshop']],
      ['break', undefined],
      ['other', undefined],
    ],
  );
});

test('c3voc: text fields, urls, persons and track colours', () => {
  const result = importC3voc(
    schedule(
      [
        event({
          subtitle: 'Sub',
          abstract: 'Abstract',
          description: 'Abstract',
          url: 'events/1.html',
          track: 'Science',
          persons: [{ code: 'P1', public_name: 'Ada', biography: 'Bio', avatar: '/media/ada.png' }],
        }),
      ],
      { tracks: [{ name: 'Science', color: '#00a356' }] },
    ),
  );
  const [session] = result.feed.sessions;
  assert.equal(session.description, 'Sub\n\nAbstract');
  assert.equal(session.url, 'https://example.org/fahrplan/events/1.html');
  assert.deepEqual(result.feed.speakers, [{ id: 'P1', name: 'Ada', bio: 'Bio', photo: 'https://example.org/media/ada.png' }]);
  assert.deepEqual(messages(result), ['schedule.conference.tracks[0].color: #00a356 not imported: feed v1 has no track colours']);
});

const XML = (body) =>
  `<?xml version="1.0"?><schedule><conference><title>X &amp; Y</title><time_zone_name>Europe/Berlin</time_zone_name></conference>${body}</schedule>`;

test('frab-xml: maps days, rooms, events and persons; entities decoded', async () => {
  const { feed, problems } = await importFrabXml(
    XML(`
    <day date="2024-06-01" index="1"><room name="Saal 1">
      <event guid="e1" id="1"><date>2024-06-01T10:00:00+02:00</date><duration>00:30</duration><title>Gr&#252;&#223;e</title>
        <type>lecture</type><abstract>
          First line
          second line
        </abstract><persons><person id="9">Bob</person></persons></event>
    </room></day>`),
  );
  assert.deepEqual(problems, []);
  assert.equal(feed.event.title, 'X & Y');
  assert.deepEqual(feed.sessions, [
    {
      id: 'e1',
      start: '2024-06-01T10:00+02:00',
      end: '2024-06-01T10:30+02:00',
      kind: 'talk',
      title: 'Grüße',
      description: 'First line\nsecond line',
      room: 'Saal 1',
      track: undefined,
      language: undefined,
      tags: undefined,
      url: undefined,
      speakers: ['9'],
    },
  ]);
  assert.deepEqual(feed.speakers, [{ id: '9', name: 'Bob', bio: undefined, photo: undefined }]);
});

test('frab-xml: malformed XML and other XML are errors with a position', async () => {
  assert.match(messages(await importFrabXml('<schedule><day></schedule>'))[0], /^\(feed\): is not well-formed XML: .*line 1/);
  assert.deepEqual(messages(await importFrabXml('<rss/>')), ['schedule.conference: is missing: this is not a frab schedule.xml']);
  assert.match(messages(await importFrabXml(''))[0], /not well-formed XML/);
});

const sessionize = (sessions, extra = {}) => ({
  sessions,
  speakers: [
    {
      id: 's1',
      firstName: 'Ada',
      lastName: 'Lovelace',
      tagLine: 'Engineer at Analytical',
      links: [{ title: 'Site', url: 'https://ada.example' }, { title: 'Broken' }],
    },
  ],
  rooms: [{ id: 1, name: 'Main' }],
  categories: [
    { id: 10, title: 'Track', items: [{ id: 100, name: 'Web' }] },
    { id: 11, title: 'Level', items: [{ id: 110, name: 'Advanced' }] },
  ],
  ...extra,
});
const slot = (fields = {}) => ({
  id: '1',
  title: 'Talk',
  startsAt: '2025-02-22T09:00:00',
  endsAt: '2025-02-22T09:45:00',
  roomId: 1,
  speakers: ['s1'],
  categoryItems: [],
  ...fields,
});

test('sessionize: the time zone is required and must be known', () => {
  assert.deepEqual(messages(importSessionize(sessionize([slot()]))), [
    '(feed): Sessionize exports carry no time zone; pass one (the timeZone option, --time-zone in the CLI), e.g. "Europe/Copenhagen"',
  ]);
  assert.deepEqual(messages(importSessionize(sessionize([slot()]), { timeZone: 'Nowhere' })), [
    '(feed): "Nowhere" is not a known IANA time zone',
  ]);
});

test('sessionize: service, plenum, categories, unknown speakers and unscheduled sessions', () => {
  const result = importSessionize(
    sessionize([
      slot({ isServiceSession: true, title: 'Lunch', speakers: [] }),
      slot({ id: '2', isPlenumSession: true, categoryItems: [100, 110], speakers: ['s1', 'ghost'] }),
      slot({ id: '3', startsAt: null, endsAt: null }),
    ]),
    { timeZone: 'Australia/Melbourne', title: 'Day' },
  );
  assert.deepEqual(
    result.feed.sessions.map(({ id, kind, room, track, tags, speakers }) => ({ id, kind, room, track, tags, speakers })),
    [
      { id: '1', kind: 'break', room: 'Main', track: undefined, tags: undefined, speakers: undefined },
      { id: '2', kind: 'talk', room: undefined, track: 'Web', tags: ['Advanced'], speakers: ['s1'] },
    ],
  );
  assert.deepEqual(messages(result), [
    'speakers[0].links[1]: has no url; left out',
    'sessions[1].speakers[1]: no speaker has id "ghost"; left out',
    'sessions[2]: "Talk" is not scheduled (no startsAt/endsAt); left out',
  ]);
  assert.deepEqual(result.feed.speakers[0], {
    id: 's1',
    name: 'Ada Lovelace',
    jobTitle: 'Engineer',
    organization: 'Analytical',
    bio: undefined,
    photo: undefined,
    links: [{ label: 'Site', url: 'https://ada.example' }],
  });
  assert.equal(parseFeed(result.feed).ok, true);
});

const TAGLINES = [
  ['Engineering Manager at Culture Amp', 'Someone', { jobTitle: 'Engineering Manager', organization: 'Culture Amp' }],
  ['CTO @ Mentorloop', 'Someone', { jobTitle: 'CTO', organization: 'Mentorloop' }],
  ['Technical Writer, Amazon Web Services', 'Someone', { jobTitle: 'Technical Writer', organization: 'Amazon Web Services' }],
  ['Consultant, Builder, Creator', 'Someone', { jobTitle: 'Consultant, Builder, Creator' }],
  ['Head of X at A at B', 'Someone', { jobTitle: 'Head of X at A at B' }],
  // An unclear " at " split is not retried on the comma.
  ['Lead at A at B, Melbourne', 'Someone', { jobTitle: 'Lead at A at B, Melbourne' }],
  ['Bryden Oliver - SSW Cloud Solution Architect', 'Bryden Oliver', { jobTitle: 'SSW Cloud Solution Architect' }],
  ['Principal Software Engineer', 'Someone', { jobTitle: 'Principal Software Engineer' }],
  [undefined, 'Someone', {}],
];

for (const [tagLine, name, role] of TAGLINES) {
  test(`sessionize tagLine ${JSON.stringify(tagLine)} → ${JSON.stringify(role)}`, () => {
    assert.deepEqual(splitTagLine(tagLine, name), role);
  });
}

const DETECT = [
  [{ version: 1, event: {}, sessions: [] }, 'agenda'],
  [schedule([]), 'c3voc'],
  [sessionize([]), 'sessionize'],
  [XML(''), 'frab-xml'],
  ['  <?xml version="1.0"?><rss/>', undefined],
  ['{ not json', undefined],
  [{ sessions: [] }, undefined],
];

for (const [input, format] of DETECT) {
  test(`detectFormat → ${format}: ${JSON.stringify(input).slice(0, 50)}`, () => {
    assert.equal(detectFormat(input), format);
  });
}

test('importFeed: unknown format, bad JSON, XML given as an object, a feed passed through', async () => {
  assert.match(messages(await importFeed('{}', { format: 'ical' }))[0], /unknown format "ical"/);
  assert.match(messages(await importFeed('{ "a": ', { format: 'c3voc' }))[0], /^\(feed\): is not valid JSON/);
  assert.deepEqual(messages(await importFeed({}, { format: 'frab-xml' })), ['(feed): frab-xml needs the XML text']);
  const feed = { version: 1, event: { title: 'T', timeZone: 'UTC' }, sessions: [] };
  assert.deepEqual(await importFeed(JSON.stringify(feed)), { feed, problems: [] });
});
