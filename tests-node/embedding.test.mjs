// The places partners use the agenda, each in headless Chromium: a plain page with the CDN tag,
// React and Vue apps built from the npm entry, a strict CSP with Trusted Types, several agendas.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serve } from '../scripts/static-server.mjs';
import { launch, openPage } from './helpers/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'tests-node/fixtures/embedding');
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html seminar-agenda";

let server;
let browser;
let builds;

async function buildApp(name) {
  await build({
    root: join(fixtures, name),
    logLevel: 'silent',
    base: './',
    resolve: { alias: { 'seminar-agenda': join(root, 'dist/define/all.js') } },
    build: { outDir: join(builds, name), emptyOutDir: true },
  });
}

/** The agenda's rendered text, read through its shadow roots. */
function agendaText(page, selector = 'seminar-agenda') {
  return page
    .waitForFunction(
      (sel) => {
        const agenda = document.querySelector(sel);
        const timeline = agenda?.shadowRoot?.querySelector('seminar-timeline');
        const text = timeline?.shadowRoot?.textContent;
        return text ? `${agenda.shadowRoot.textContent} ${text}` : false;
      },
      selector,
      { timeout: 10_000 },
    )
    .then((handle) => handle.jsonValue());
}

before(async () => {
  builds = await mkdtemp(join(tmpdir(), 'seminar-embedding-'));
  await Promise.all([buildApp('react'), buildApp('vue')]);
  server = await serve({
    mounts: { '/': root, '/apps/': builds, '/feeds/': join(root, 'tests/fixtures/feeds') },
    headers: { '/tests-node/fixtures/embedding/csp.html': { 'content-security-policy': STRICT_CSP } },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.stop();
  await rm(builds, { recursive: true, force: true });
});

/** Paths of the chunks beside the CDN bundle that the page loaded. */
function chunkRequests(page) {
  const chunks = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    // Rollup's content hash: eight characters after the chunk's name, which may hold hyphens itself.
    if (pathname.startsWith('/dist/cdn/chunks/')) chunks.push(pathname.replace(/-[\w-]{8}\.js$/, '.js'));
  });
  return chunks;
}

test('a plain HTML page with only the CDN tag and an inline feed', async () => {
  const { page, problems } = await openPage(browser, `${server.origin}/tests-node/fixtures/embedding/plain.html`);
  assert.match(await agendaText(page), /Inline session/);
  // A feed needs nothing beyond the one file to be shown: no importers, no calendar writer. The
  // List/Grid switch follows the first program; once the browser is idle, the unknown-key walk for
  // the webmaster's console, the change tracker that keeps what the visitor saw (for marks on the
  // next visit), and the JSON-LD and printed handout (with the print controller it shares with the
  // timeline). Read from the page's own resource list, since it may come before a request listener
  // could be attached.
  const chunks = await page.waitForFunction(() => {
    const paths = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    const chunks = paths.filter((path) => path.startsWith('/dist/cdn/chunks/'));
    return ['/unknown-keys-', '/changes-', '/agenda-extras-', '/print-media-'].every((name) => chunks.some((path) => path.includes(name)))
      ? chunks.map((path) => path.replace(/-[\w-]{8}\.js$/, '.js')).sort()
      : false;
  });
  assert.deepEqual(await chunks.jsonValue(), [
    '/dist/cdn/chunks/agenda-extras.js',
    '/dist/cdn/chunks/changes.js',
    '/dist/cdn/chunks/print-media.js',
    '/dist/cdn/chunks/program-view.js',
    '/dist/cdn/chunks/unknown-keys.js',
  ]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the CDN tag reads the real 39C3 schedule.xml and a sponsor list, loading the importers beside it', async () => {
  const page = await browser.newPage();
  const chunks = chunkRequests(page);
  await page.goto(`${server.origin}/tests-node/fixtures/embedding/import.html`);
  const text = await agendaText(page);
  assert.match(text, /39th Chaos Communications Congress/);
  // A later session of the first day: built once the browser is idle after the first screen.
  await page
    .locator('seminar-agenda')
    .getByText(/All my Deutschlandtickets gone/)
    .first()
    .waitFor();
  // The day tabs render once their chunk is in.
  await page.locator('seminar-agenda').locator('[role="tab"]').first().waitFor();
  const tabs = await page.locator('seminar-agenda').locator('[role="tab"]').allTextContents();
  assert.equal(tabs.length, 4);
  const sponsors = await page.waitForFunction(
    () => document.querySelector('seminar-agenda').shadowRoot.querySelector('seminar-sponsor-strip')?.shadowRoot?.textContent,
  );
  assert.match(await sponsors.jsonValue(), /The Helpers/);
  // The change tracker comes once the browser is idle.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/chunks/changes-')));
  // Its hundreds of speakers get the directory.
  await page.waitForFunction(() => customElements.get('seminar-speaker-directory'));
  // Once idle, the JSON-LD and the handout: their print button shows.
  await page.locator('seminar-agenda').locator('[part="print"]').waitFor();
  // The day tabs and the controller that prints every day come with the first program spanning days;
  // the search and filter bar with a program of more than 20 sessions.
  assert.deepEqual(chunks.sort(), [
    '/dist/cdn/chunks/agenda-extras.js',
    '/dist/cdn/chunks/changes.js',
    '/dist/cdn/chunks/importers.js',
    '/dist/cdn/chunks/issue-messages.js',
    '/dist/cdn/chunks/print-media.js',
    '/dist/cdn/chunks/program-find.js',
    '/dist/cdn/chunks/program-view.js',
    '/dist/cdn/chunks/seminar-day-tabs.js',
    '/dist/cdn/chunks/seminar-speaker-directory.js',
    '/dist/cdn/chunks/seminar-sponsor-strip.js',
    '/dist/cdn/chunks/sponsor-list.js',
    '/dist/cdn/chunks/sponsors.js',
  ]);
  await page.close();
});

for (const [app, framework] of [
  ['react', 'React 19'],
  ['vue', 'Vue 3'],
]) {
  test(`a ${framework} app sets the feed property and hears seminar-load`, async () => {
    const { page, problems } = await openPage(browser, `${server.origin}/apps/${app}/`);
    const name = framework.split(' ')[0];
    assert.match(await agendaText(page), new RegExp(`Rendered by ${name}`));
    await page.waitForFunction((title) => document.getElementById('loaded')?.textContent === title, `${name} day`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('a strict Content-Security-Policy with Trusted Types: it renders and nothing is reported', async () => {
  const { page, problems } = await openPage(browser, `${server.origin}/tests-node/fixtures/embedding/csp.html`);
  assert.match(await agendaText(page), /Ansvarlig anvendelse af AI i klinikken/);
  // The calendar writer is a chunk beside the bundle, imported on the first click.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('seminar-agenda').locator('[part="calendar"]').click(),
  ]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  // The JSON-LD goes through the library's own Trusted Types policy, which the page allows by name.
  await page.waitForFunction(() => document.querySelector('seminar-agenda > script[type="application/ld+json"]')?.textContent);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('several agendas on one page, each with its own feed', async () => {
  const { page, problems } = await openPage(browser, `${server.origin}/tests-node/fixtures/embedding/many.html`);
  const first = await agendaText(page, '#seminar');
  const second = await agendaText(page, '#inline');
  assert.match(first, /Ansvarlig anvendelse/);
  assert.doesNotMatch(first, /Only in the second/);
  assert.match(second, /Only in the second/);
  assert.doesNotMatch(second, /Ansvarlig anvendelse/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('two copies of the library on one page: the first wins, one warning names the skipped version', async () => {
  const { page, problems } = await openPage(browser, `${server.origin}/tests-node/fixtures/embedding/twice.html`);
  assert.match(await agendaText(page), /Ansvarlig anvendelse/);
  await page.close();

  // The CDN entry registers the timeline after the modules it imports. Both copies load the day tabs,
  // the speaker card and the sponsor strip from the one chunk URL each, so the first copy defines
  // them once and no copy skips them.
  assert.deepEqual(problems, [
    'warning: [seminar-agenda] <seminar-agenda>, <seminar-timeline> already defined by version 0.1.0; version 0.1.0 was skipped.',
  ]);
});

/** The problems a second agenda given `feed` reports, read from its seminar-error event. */
function reportOn(page, feed) {
  return page.evaluate(
    (value) =>
      new Promise((resolve) => {
        const agenda = document.createElement('seminar-agenda');
        agenda.addEventListener('seminar-error', (event) => resolve(event.detail.problems.map((p) => `${p.path}: ${p.message}`)));
        agenda.feed = value;
        document.body.append(agenda);
      }),
    feed,
  );
}

test('an invalid feed loads the report on its problems beside the bundle, and fails in fewer words without it', async () => {
  const invalid = { version: 1, event: { title: 'Broken', timeZone: 'UTC' }, sessions: 'none' };
  const page = await browser.newPage();
  const chunks = chunkRequests(page);
  await page.goto(`${server.origin}/tests-node/fixtures/embedding/plain.html`);
  await agendaText(page);
  await page.locator('seminar-agenda').locator('[part="print"]').waitFor();
  assert.deepEqual(await reportOn(page, invalid), ['sessions: must be a list, not "none"']);
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/chunks/changes-')));
  assert.deepEqual(chunks.sort(), [
    '/dist/cdn/chunks/agenda-extras.js',
    '/dist/cdn/chunks/changes.js',
    '/dist/cdn/chunks/issue-messages.js',
    '/dist/cdn/chunks/print-media.js',
    '/dist/cdn/chunks/program-view.js',
    '/dist/cdn/chunks/refusal.js',
    '/dist/cdn/chunks/unknown-keys.js',
  ]);
  await page.close();

  const offline = await browser.newPage();
  await offline.route(/\/chunks\/refusal-/, (route) => route.abort());
  await offline.goto(`${server.origin}/tests-node/fixtures/embedding/plain.html`);
  await agendaText(offline);
  const [problem] = await reportOn(offline, invalid);
  assert.match(problem, /^: is not a valid feed; the report on its problems could not be loaded/);
  await offline.close();
});

test('a program spanning days shows its first day while the day tabs load, and keeps it when their chunk cannot load', async () => {
  const twoDays = {
    version: 1,
    event: { title: 'Two days', timeZone: 'UTC' },
    sessions: [
      { id: 'a', start: '2025-05-20T09:00', end: '2025-05-20T10:00', title: 'First day talk' },
      { id: 'b', start: '2025-05-21T09:00', end: '2025-05-21T10:00', title: 'Second day talk' },
    ],
  };
  const { page, problems } = await openPage(browser, `${server.origin}/tests-node/fixtures/embedding/plain.html`);
  await agendaText(page);
  await page.route(/\/chunks\/seminar-day-tabs-/, (route) => route.abort());
  await page.evaluate((feed) => {
    const agenda = document.createElement('seminar-agenda');
    agenda.id = 'two-days';
    agenda.feed = feed;
    document.body.append(agenda);
  }, twoDays);
  const text = await agendaText(page, '#two-days');
  assert.match(text, /First day talk/);
  assert.doesNotMatch(text, /Second day talk/);
  await page.waitForFunction(() => document.querySelector('#two-days')?.shadowRoot?.textContent);
  const tabs = page.locator('#two-days').locator('seminar-day-tabs');
  assert.equal(await tabs.evaluate((element) => element.matches(':defined')), false);
  assert.equal(await tabs.getByText('First day talk').isVisible(), true);
  assert.match(problems.join('\n'), /<seminar-day-tabs> could not be loaded/);
  await page.close();
});

test('a speaker card a script adds after the bundle looked for cards is defined when the page holds one empty card (docs/embedding.md)', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
  // No agenda; the one line of the workaround in the page's markup.
  const body = '<seminar-speaker-card hidden></seminar-speaker-card>';
  await page.route(`${server.origin}/late-card.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><script type="module" src="/dist/cdn/seminar-agenda.js"></script><body>${body}</body></html>`,
    }),
  );
  await page.goto(`${server.origin}/late-card.html`);
  await page.waitForFunction(() => customElements.get('seminar-agenda'));
  // The bundle looks for cards once the browser is idle: this idle callback comes after its own.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await page.evaluate(() => {
    const card = document.createElement('seminar-speaker-card');
    card.setAttribute('name', 'Ada Lovelace');
    card.setAttribute('organization', 'Analytical Engines');
    document.body.append(card);
  });
  const text = await page.waitForFunction(() => document.querySelector('seminar-speaker-card[name]')?.shadowRoot?.textContent, null, {
    timeout: 10_000,
  });
  assert.match(await text.jsonValue(), /Ada Lovelace\s*Analytical Engines/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a sponsor strip in the page markup is defined once the browser is idle, with no agenda rendering one; a page without one never loads it', async () => {
  const visit = async (body) => {
    const page = await browser.newPage();
    const chunks = chunkRequests(page);
    await page.route(`${server.origin}/strip.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><script type="module" src="/dist/cdn/seminar-agenda.js"></script><body>${body}</body></html>`,
      }),
    );
    await page.goto(`${server.origin}/strip.html`);
    await page.waitForFunction(() => customElements.get('seminar-agenda'));
    // The bundle looks for strips once the browser is idle: these idle callbacks come after its own.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    await page.waitForFunction(
      () => !document.querySelector('seminar-sponsor-strip') || customElements.get('seminar-sponsor-strip'),
      null,
      {
        timeout: 10_000,
      },
    );
    const defined = await page.evaluate(() => Boolean(customElements.get('seminar-sponsor-strip')));
    await page.close();
    return { defined, strip: chunks.includes('/dist/cdn/chunks/seminar-sponsor-strip.js') };
  };
  assert.deepEqual(await visit('<seminar-sponsor-strip hidden></seminar-sponsor-strip>'), { defined: true, strip: true });
  assert.deepEqual(await visit('<p>No strip here.</p>'), { defined: false, strip: false });
});
