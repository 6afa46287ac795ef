// The CLI as users run it: a child process, its exit status, stdout and stderr.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/static-server.mjs';

const CLI = fileURLToPath(new URL('../bin/seminar-agenda.js', import.meta.url));
const FEEDS = fileURLToPath(new URL('../tests/fixtures/feeds/', import.meta.url));
const DEMO = fileURLToPath(new URL('../demo/feeds/', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'seminar-agenda-cli-'));

function cli(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });
}

async function file(name, text) {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const NO_STACK = /^\s+at /m;

// Line 5 holds a session whose end is before its start and which names an unknown speaker.
const BACKWARDS = `{
  "version": 1,
  "event": { "title": "Broken", "timeZone": "Europe/Copenhagen" },
  "sessions": [
    { "id": "a", "start": "2025-05-20T09:50", "end": "2025-05-20T09:10", "title": "Backwards", "speakers": ["ghost"] }
  ]
}
`;
// 1-based columns of the "end" value and of the unknown speaker id on line 5.
const LINE_5 = BACKWARDS.split('\n')[4];
const END_COLUMN = LINE_5.indexOf('"2025-05-20T09:10"') + 1;
const GHOST_COLUMN = LINE_5.indexOf('"ghost"') + 1;

test('validate: a valid feed exits 0 with a summary', async () => {
  const { code, stdout } = await cli('validate', join(DEMO, 'seminar.da.json'));
  assert.equal(code, 0);
  assert.match(stdout, /seminar\.da\.json: valid \(12 sessions, 20 speakers\)\n$/);
});

test('validate: every problem with path, line and column; exit 1', async () => {
  const path = await file('backwards.json', BACKWARDS);
  const { code, stdout } = await cli('validate', path);
  assert.equal(code, 1);
  assert.deepEqual(stdout.split('\n'), [
    `${path}:5:${END_COLUMN}: error: sessions[0].end: must be after start (09:10 < 09:50)`,
    `${path}:5:${GHOST_COLUMN}: warning: sessions[0].speakers[0]: no speaker has id "ghost"; left out`,
    `${path}: 1 error, 1 warning; the feed cannot be shown`,
    '',
  ]);
});

test('validate: a missing required field points at its parent object', async () => {
  const path = await file('no-title.json', '{\n  "version": 1,\n  "event": { "timeZone": "UTC" },\n  "sessions": []\n}\n');
  const { code, stdout } = await cli('validate', path);
  assert.equal(code, 1);
  assert.match(stdout, new RegExp(`^${path}:3:12: error: event.title: is required$`, 'm'));
});

test('validate: an unknown key is a warning with its place and the key meant; exit 0', async () => {
  const feed =
    '{\n  "version": 1,\n  "event": { "title": "Day", "timeZone": "UTC" },\n  "sessions": [\n' +
    '    { "id": "a", "start": "2025-05-20T09:00", "end": "2025-05-20T10:00", "title": "Talk", "speaker": ["ada"] }\n  ]\n}\n';
  const path = await file('typo.json', feed);
  const { code, stdout } = await cli('validate', path);
  assert.equal(code, 0);
  const column = feed.split('\n')[4].indexOf('["ada"]') + 1;
  assert.match(
    stdout,
    new RegExp(`^${path}:5:${column}: warning: sessions\\[0\\]\\.speaker: unknown key; did you mean "speakers"\\?$`, 'm'),
  );
});

test('validate --json: one object a machine can read', async () => {
  const { code, stdout } = await cli('validate', await file('backwards-json.json', BACKWARDS), '--json');
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.equal(report.valid, false);
  assert.deepEqual(report.problems[0], {
    severity: 'error',
    path: 'sessions[0].end',
    message: 'must be after start (09:10 < 09:50)',
    line: 5,
    column: END_COLUMN,
  });
});

test('validate: unreadable JSON names line and column, no stack trace', async () => {
  const path = await file('bad.json', '{\n  "version": 1,\n  "event": { "title": "x" },\n}\n');
  const { code, stdout, stderr } = await cli('validate', path);
  assert.equal(code, 1);
  assert.equal(
    stdout.split('\n')[0],
    `${path}:4:1: error: (feed): is not valid JSON: expected a property name in double quotes, found "}"`,
  );
  assert.doesNotMatch(stdout + stderr, NO_STACK);
});

test('validate: a missing file is one line on stderr, exit 1', async () => {
  const { code, stdout, stderr } = await cli('validate', join(dir, 'nope.json'));
  assert.deepEqual({ code, stdout, stderr }, { code: 1, stdout: '', stderr: `seminar-agenda: ${join(dir, 'nope.json')}: no such file\n` });
});

test('validate: a URL is fetched; an HTTP error is reported', async (t) => {
  const server = await serve({ mounts: { '/': DEMO } });
  t.after(() => server.stop());
  assert.equal((await cli('validate', `${server.origin}/seminar.da.json`)).code, 0);
  const missing = await cli('validate', `${server.origin}/missing.json`);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /answered HTTP 404/);
});

test('validate: a fetched feed is placed by line and column like a file', async (t) => {
  await file('served-backwards.json', BACKWARDS);
  const server = await serve({ mounts: { '/': dir } });
  t.after(() => server.stop());
  const url = `${server.origin}/served-backwards.json`;
  const { code, stdout } = await cli('validate', url);
  assert.equal(code, 1);
  assert.equal(stdout.split('\n')[0], `${url}:5:${END_COLUMN}: error: sessions[0].end: must be after start (09:10 < 09:50)`);
});

const USAGE_ERRORS = [
  [['frob'], /unknown command "frob"/],
  [['validate'], /validate needs a file or URL/],
  [['validate', 'x.json', '--jsn'], /Unknown option '--jsn'/],
  [['convert', 'x.json', '--from', 'ical'], /unknown format "ical"; use one of auto, agenda, c3voc, frab-xml, sessionize/],
];

for (const [args, message] of USAGE_ERRORS) {
  test(`usage error: ${args.join(' ')} → exit 2`, async () => {
    const { code, stderr } = await cli(...args);
    assert.equal(code, 2);
    assert.match(stderr, message);
    assert.doesNotMatch(stderr, NO_STACK);
  });
}

for (const command of ['validate', 'convert', 'schema']) {
  test(`${command} --help`, async () => {
    const { code, stdout } = await cli(command, '--help');
    assert.equal(code, 0);
    assert.match(stdout, new RegExp(`^Usage: seminar-agenda ${command}`));
  });
}

test('no command prints the overview on stderr and exits 2; --help on stdout and exits 0', async () => {
  const bare = await cli();
  assert.equal(bare.code, 2);
  assert.match(bare.stderr, /Commands:\n {2}validate/);
  const help = await cli('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Commands:/);
});

test('convert → validate round trip on a real pretalx export', async () => {
  const out = join(dir, 'democon.feed.json');
  const converted = await cli('convert', join(FEEDS, 'pretalx-democon.schedule.json'), '--from', 'c3voc', '-o', out);
  assert.equal(converted.code, 0);
  assert.match(converted.stderr, /→ .*democon\.feed\.json: 3 days, 2 rooms, 36 sessions, 27 speakers; 1 detail not mapped/);
  assert.match(converted.stderr, /warning: schedule\.conference\.time_zone_name: "UTC" does not match/);
  const feed = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(feed.sessions.length, 36);
  const validated = await cli('validate', out);
  assert.equal(validated.code, 0, validated.stdout);
});

test('convert: Sessionize to stdout with --time-zone and --title', async () => {
  const { code, stdout } = await cli(
    'convert',
    join(FEEDS, 'ddd-melbourne-2025.sessionize-all.json'),
    '--time-zone',
    'Australia/Melbourne',
    '--title',
    'DDD Melbourne 2025',
  );
  assert.equal(code, 0);
  const feed = JSON.parse(stdout);
  assert.deepEqual(feed.event, { title: 'DDD Melbourne 2025', timeZone: 'Australia/Melbourne' });
});

test('convert: Sessionize without a time zone says what is missing, exit 1', async () => {
  const { code, stdout, stderr } = await cli('convert', join(FEEDS, 'ddd-melbourne-2025.sessionize-all.json'), '--from', 'sessionize');
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /error: \(feed\): Sessionize exports carry no time zone/);
  assert.match(stderr, /seminar-agenda: .*: cannot be converted \(1 error, 0 warnings\)/);
});

test('convert: malformed XML and an unrecognised file fail with a message, exit 1', async () => {
  const xml = await cli('convert', await file('bad.xml', '<schedule>\n<day>\n</schedule>'), '--from', 'frab-xml');
  assert.equal(xml.code, 1);
  assert.match(xml.stderr, /is not well-formed XML: .*line 3/);
  const other = await cli('convert', join(FEEDS, 'coscup-2023.sponsors.json'));
  assert.equal(other.code, 1);
  assert.match(other.stderr, /the format is not recognised/);
  assert.doesNotMatch(xml.stderr + other.stderr, NO_STACK);
});

test('schema prints the feed JSON Schema', async () => {
  const { code, stdout } = await cli('schema');
  assert.equal(code, 0);
  const schema = JSON.parse(stdout);
  assert.equal(schema.title, 'seminar-agenda feed v1');
  assert.deepEqual(schema.required, ['version', 'event', 'sessions']);
  assert.deepEqual(undocumentedProperties(schema), []);
  assert.match(schema.properties.event.properties.timeZone.description, /IANA time zone/);
});

/** Paths of object properties without a description, so editors never hover over a blank. */
function undocumentedProperties(node, path = '') {
  if (!node || typeof node !== 'object') return [];
  const own = Object.entries(node.properties ?? {}).flatMap(([key, child]) => (child.description ? [] : [`${path}.${key}`]));
  const nested = Object.entries(node).flatMap(([key, child]) =>
    undocumentedProperties(child, key === 'properties' ? path : `${path}/${key}`),
  );
  return [...own, ...nested];
}

after(() => import('node:fs/promises').then(({ rm }) => rm(dir, { recursive: true, force: true })));
