// seminar-agenda/ssr in Node: what renderAgenda writes, and the CLI's render command.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAgenda } from 'seminar-agenda/ssr';
import { generateFeed } from '../scripts/generate-feed.mjs';

const CLI = fileURLToPath(new URL('../bin/seminar-agenda.js', import.meta.url));
const SEMINAR_PATH = fileURLToPath(new URL('../demo/feeds/seminar.da.json', import.meta.url));
const SEMINAR = JSON.parse(await readFile(SEMINAR_PATH, 'utf8'));
const dir = await mkdtemp(join(tmpdir(), 'seminar-agenda-ssr-'));
after(() => rm(dir, { recursive: true, force: true }));

function cli(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });
}

function render(feed, options) {
  const result = renderAgenda(feed, options);
  assert.ok(result.ok, JSON.stringify(result.errors));
  return result.html;
}

/** The text a reader sees: tags, styles and the inline feed left out. */
function visibleText(html) {
  return html
    .replace(/<style>[^<]*<\/style>|<script[^>]*>[^<]*<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const tiny = (session = {}) => ({
  version: 1,
  event: { title: 'Tiny', timeZone: 'Europe/Copenhagen', language: 'en' },
  sessions: [{ id: 'a', start: '2025-05-20T09:00', end: '2025-05-20T10:00', title: 'Only session', ...session }],
});

test('the seminar renders with declarative shadow DOM: every title, speaker and sponsor as text', () => {
  const html = render(SEMINAR);
  assert.match(html, /^<seminar-agenda[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
  const text = visibleText(html);
  const titles = (sessions) => sessions.flatMap((s) => [s.title, ...titles(s.sessions ?? [])]);
  for (const title of titles(SEMINAR.sessions)) assert.ok(text.includes(title), `session ${title}`);
  const named = SEMINAR.speakers.filter((speaker) => speaker.name);
  assert.ok(named.length > 10);
  for (const { name } of named) assert.ok(text.includes(name), `speaker ${name}`);
  for (const { name } of SEMINAR.sponsors) assert.ok(html.includes(name), `sponsor ${name}`);
  assert.ok(text.includes('Oplægsholdere') && text.includes('Arrangører og sponsorer'), 'section headings in Danish');
});

test('the feed is inline, escaped, and read back to the same value', () => {
  const html = render(tiny({ title: 'Ends </script><!-- here' }));
  const scripts = html.match(/<script type="application\/json">([^<]*)<\/script>/g);
  assert.equal(scripts.length, 1, 'one inline feed, nothing breaks out of it');
  const json = scripts[0].replace(/^<script[^>]*>|<\/script>$/g, '');
  assert.equal(JSON.parse(json).sessions[0].title, 'Ends </script><!-- here');
  assert.ok(html.includes('Ends &lt;/script&gt;&lt;!-- here'), 'the title renders as text');
});

test('JSON text is accepted like an object', () => {
  assert.equal(render(JSON.stringify(SEMINAR)), render(SEMINAR));
});

test('the elements inside are hosts that never upgrade, without hydration markers', () => {
  const html = render(SEMINAR);
  assert.doesNotMatch(html, /<seminar-(timeline|speaker-card|sponsor-strip|day-tabs)[\s>]/);
  assert.match(html, /<seminar-timeline-ssr[^>]*part="timeline"/);
  assert.equal(html.match(/<seminar-speaker-card-ssr /g).length, SEMINAR.speakers.length);
  assert.doesNotMatch(html, /lit-part|lit-node|defer-hydration|<\?lit/);
  assert.doesNotMatch(html, /\/\*/, 'style comments are left out');
});

test('what needs JavaScript is not rendered: action buttons, the calendar button, the zone toggle, Now and Next', () => {
  const html = render(tiny(), { timeZone: 'America/New_York', lang: 'en' });
  assert.doesNotMatch(html, /<button/);
  assert.doesNotMatch(html, /part="badge/);
  assert.match(visibleText(html), /Time zone: Eastern/);
  assert.match(visibleText(html), /3:00 – 4:00 AM/, 'times in the chosen zone');
});

test('descriptions are rendered open, since no button could open them', () => {
  const html = render(tiny({ description: 'A long description. '.repeat(40) }));
  assert.match(html, /class="clamp open"/);
});

test('lang picks the UI language, time-zone local renders the event zone, view is kept for the browser', () => {
  const html = render(SEMINAR, { lang: 'en', timeZone: 'local', view: 'grid' });
  assert.match(html, /^<seminar-agenda[^>]* lang="en"/);
  assert.match(html, /^<seminar-agenda[^>]* time-zone="local"/);
  assert.match(html, /^<seminar-agenda[^>]* view="grid"/);
  const text = visibleText(html);
  assert.ok(text.includes('Speakers') && !text.includes('Oplægsholdere'));
  assert.ok(text.includes('8:30'), 'the first session at 8:30 in the event zone');
});

test('a program spanning days shows every day, without tabs', () => {
  const feed = generateFeed({ sessions: 24, days: 3 });
  const html = render(feed);
  assert.equal(html.match(/class="day-title"/g).length, 3);
  assert.doesNotMatch(html, /seminar-day-tabs|role="tab/);
});

test('relative URLs resolve against baseUrl, as in the browser', () => {
  const feed = { ...tiny(), speakers: [{ id: 's', name: 'Ada', photo: 'img/ada.jpg' }] };
  feed.sessions[0].speakers = ['s'];
  assert.match(render(feed, { baseUrl: 'https://example.org/program/' }), /src="https:\/\/example.org\/program\/img\/ada.jpg"/);
  const without = renderAgenda(feed);
  assert.ok(without.ok);
  assert.doesNotMatch(without.html, /<img/);
  assert.deepEqual(
    without.warnings.map((w) => w.path),
    ['speakers[0].photo'],
  );
});

test('a feed that cannot be shown gives its problems with paths, like parseFeed', () => {
  const result = renderAgenda({ version: 1, event: { title: 'x', timeZone: 'Europe/Copenhagen' }, sessions: [{ id: 'a' }] });
  assert.equal(result.ok, false);
  assert.equal(result.kind, 'invalid');
  assert.ok(result.errors.some((problem) => problem.path === 'sessions[0].title'));
  const syntax = renderAgenda('{ "version": 1,');
  assert.equal(syntax.ok, false);
  assert.equal(syntax.kind, 'syntax');
});

test('render writes the fragment to a file and says what it rendered', async () => {
  const out = join(dir, 'program.html');
  const { code, stdout, stderr } = await cli('render', SEMINAR_PATH, '-o', out, '--lang', 'en');
  assert.equal(code, 0, stderr);
  assert.equal(stdout, '');
  assert.match(stderr, /seminar\.da\.json → .*program\.html: 12 sessions, 20 speakers, \d+\.\d kB/);
  assert.equal(await readFile(out, 'utf8'), `${render(SEMINAR, { lang: 'en' })}\n`);
});

test('render without -o prints the fragment on stdout', async () => {
  const { code, stdout } = await cli('render', SEMINAR_PATH);
  assert.equal(code, 0);
  assert.match(stdout, /^<seminar-agenda/);
});

test('render refuses a feed that cannot be shown (exit 1) and wrong options (exit 2)', async () => {
  const bad = join(dir, 'bad.json');
  await writeFile(bad, JSON.stringify({ version: 1, event: { title: 'x', timeZone: 'Europe/Copenhagen' }, sessions: [{ id: 'a' }] }));
  const refused = await cli('render', bad);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /bad\.json: error: sessions\[0\]\.title: /);
  assert.equal(refused.stdout, '');
  for (const args of [
    ['--view', 'tiles'],
    ['--time-zone', 'Mars/Olympus'],
    ['--base-url', 'program/'],
  ]) {
    const wrong = await cli('render', SEMINAR_PATH, ...args);
    assert.equal(wrong.code, 2, args.join(' '));
    assert.match(wrong.stderr, /^seminar-agenda: /);
  }
  assert.equal((await cli('render')).code, 2);
});
