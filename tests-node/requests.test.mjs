// Every request a page with the CDN bundle makes, recorded by the browser: the library asks only for
// the feed (once, however many elements show it), the chunks beside the bundle and the feed's images.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/static-server.mjs';
import { launch } from './helpers/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = '/tests-node/fixtures/embedding';

let server;
let browser;

before(async () => {
  server = await serve({ mounts: { '/': root } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

/**
 * Opens a page in a zone far from the events' (so the zone toggle shows) and records every request
 * it makes, the seminar-* events that reach its document and its console problems.
 */
async function recordedPage(path) {
  const context = await browser.newContext({
    timezoneId: 'America/New_York',
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    window.heard = [];
    for (const type of ['seminar-load', 'seminar-time-zone-change', 'seminar-calendar-download', 'seminar-link-copy'])
      document.addEventListener(type, (event) =>
        window.heard.push([type, event.detail?.sessionIds ?? event.detail?.sessionId ?? event.detail?.timeZone ?? null]),
      );
  });
  await page.goto(`${server.origin}${path}`);
  return { context, page, requests, problems };
}

/** The requests as paths on this server, anything else whole; chunk names without their hash. */
const paths = (requests) =>
  requests.map((url) => (url.startsWith(server.origin) ? url.slice(server.origin.length).replace(/-[\w-]{8}\.js$/, '.js') : url));

/** The requests other than chunks beside the bundle, which come on use or when idle (embedding.test.mjs lists them), and whether every chunk came from there. */
const beyondChunks = (requests) => {
  const all = paths(requests);
  const chunks = all.filter((path) => path.startsWith('/dist/cdn/chunks/'));
  return {
    others: all.filter((path) => !chunks.includes(path)),
    chunksBesideBundle: chunks.every((path) => /^\/dist\/cdn\/chunks\/[\w-]+\.js$/.test(path)),
  };
};

/** Text of an element's shadow tree once it shows `text`. */
async function shows(page, selector, text) {
  await page.waitForFunction(
    ([sel, wanted]) => {
      const walk = (node) =>
        node.shadowRoot ? [node.shadowRoot.textContent, ...[...node.shadowRoot.querySelectorAll('*')].map(walk)].join(' ') : '';
      return walk(document.querySelector(sel)).includes(wanted);
    },
    [selector, text],
    { timeout: 10_000 },
  );
}

test('a sidebar of a timeline, a speaker card and a sponsor strip for= the agenda: one feed request, only the feed, chunks and images', async () => {
  const { context, page, requests, problems } = await recordedPage(`${FIXTURES}/sidebar.html`);
  await shows(page, 'seminar-agenda', 'AI at the bedside');
  await shows(page, 'aside seminar-timeline', 'AI at the bedside');
  await shows(page, 'aside seminar-speaker-card', 'Engines Ltd');
  await shows(page, 'aside seminar-sponsor-strip', 'Gold');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('aside *')].every((el) => el.shadowRoot?.querySelector('img')?.complete ?? true),
  );
  await page.waitForLoadState('networkidle');
  assert.ok(beyondChunks(requests).chunksBesideBundle && paths(requests).includes('/dist/cdn/chunks/agenda-link.js'));
  assert.deepEqual(beyondChunks(requests).others.sort(), [
    '/dist/cdn/seminar-agenda.js',
    '/stories/assets/logo-north.svg',
    '/stories/assets/portrait.svg',
    `${FIXTURES}/sidebar.feed.json`,
    `${FIXTURES}/sidebar.html`,
  ]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the seminar page, with every action a visitor can take, asks only for the feed and the chunks beside the bundle', async () => {
  const { context, page, requests, problems } = await recordedPage(`${FIXTURES}/seminar.html`);
  await shows(page, 'seminar-agenda', 'Velkomst og introduktion');
  const agenda = page.locator('seminar-agenda');
  await agenda.locator('[part="time-zone-toggle"]').click();
  await agenda.locator('[part="time-zone-toggle"]').click();
  await Promise.all([page.waitForEvent('download'), agenda.locator('[part="calendar"]').click()]);
  const actions = agenda.locator('seminar-timeline [part="action"]');
  await actions.first().click();
  await Promise.all([page.waitForEvent('download'), agenda.locator('[part="menu-item"]').first().click()]);
  await actions.first().click();
  await agenda.locator('[part="menu-item"]').last().click();
  await page.waitForLoadState('networkidle');
  const { others, chunksBesideBundle } = beyondChunks(requests);
  assert.ok(chunksBesideBundle);
  assert.ok(paths(requests).includes('/dist/cdn/chunks/calendar-file.js') && paths(requests).includes('/dist/cdn/chunks/session-menu.js'));
  assert.deepEqual([...new Set(others)].sort(), ['/demo/feeds/seminar.da.json', '/dist/cdn/seminar-agenda.js', `${FIXTURES}/seminar.html`]);
  // The same host events as from npm, with the ids of what was done.
  const heard = await page.evaluate(() => window.heard);
  const firstSession = await actions.first().evaluate((button) => button.id.replace(/--actions$/, ''));
  assert.deepEqual(heard.slice(0, 3), [
    ['seminar-load', null],
    ['seminar-time-zone-change', 'America/New_York'],
    ['seminar-time-zone-change', 'Europe/Copenhagen'],
  ]);
  assert.equal(heard[3][0], 'seminar-calendar-download');
  assert.ok(heard[3][1].length > 5);
  assert.deepEqual(heard.slice(4), [
    ['seminar-calendar-download', [firstSession]],
    ['seminar-link-copy', firstSession],
  ]);
  assert.deepEqual(problems, []);
  await context.close();
});
