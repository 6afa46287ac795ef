// A server-rendered agenda (seminar-agenda/ssr) in headless Chromium: read with JavaScript off,
// then taken over by the CDN bundle without a second copy, a blank frame or a fetch of the feed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAgenda } from 'seminar-agenda/ssr';
import { serve } from '../scripts/static-server.mjs';
import { launch } from './helpers/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SEMINAR = JSON.parse(await readFile(join(root, 'demo/feeds/seminar.da.json'), 'utf8'));
const FIRST = SEMINAR.sessions[1];

let server;
let browser;
let site;

function page(fragment, { script = true } = {}) {
  const bundle = script ? '<script type="module" src="/dist/cdn/seminar-agenda.js"></script>' : '';
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Static page</title>${bundle}</head><body>${fragment}</body></html>`;
}

before(async () => {
  site = await mkdtemp(join(tmpdir(), 'seminar-ssr-'));
  const rendered = renderAgenda(SEMINAR, { baseUrl: 'http://127.0.0.1/' });
  assert.ok(rendered.ok);
  await writeFile(join(site, 'index.html'), page(rendered.html));
  server = await serve({ mounts: { '/': root, '/site/': site } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.stop();
  await rm(site, { recursive: true, force: true });
});

/** The text a visitor sees, read through open shadow roots (innerText stops at them). */
function visibleText() {
  const parts = [];
  const walk = (node) => {
    for (const child of (node.shadowRoot ?? node).childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.parentElement?.checkVisibility()) parts.push(child.data);
      else if (child.nodeType === Node.ELEMENT_NODE && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(child.tagName)) walk(child);
    }
  };
  walk(document.body);
  return parts.join(' ').replace(/\s+/g, ' ');
}

test('with JavaScript off, the program, speakers and sponsors are there to read', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(`${server.origin}/site/`);
  const text = await tab.evaluate(visibleText);
  assert.ok(text.includes(SEMINAR.event.title));
  for (const session of SEMINAR.sessions) assert.ok(text.includes(session.title), session.title);
  for (const { name } of SEMINAR.speakers.filter((speaker) => speaker.name)) assert.ok(text.includes(name), name);
  for (const { name } of SEMINAR.sponsors) assert.ok(text.includes(name) || (await tab.locator(`img[alt="${name}"]`).count()), name);
  assert.equal(await tab.evaluate(() => customElements.get('seminar-agenda')), undefined, 'no script ran');
  await context.close();
});

test('with JavaScript on, the bundle takes over: one program in every frame, no request for the feed', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('console', (message) => problems.push(`${message.type()}: ${message.text()}`));
  tab.on('pageerror', (error) => problems.push(error.message));
  const requests = [];
  tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
  // Before any script of the page: sample every frame, from the first, until the program is taken over.
  await tab.addInitScript((sessionId) => {
    const deep = (node, selector) => [
      ...node.querySelectorAll(selector),
      ...[...node.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? deep(element.shadowRoot, selector) : [])),
    ];
    window.frames_ = [];
    const sample = () => {
      const agenda = document.querySelector('seminar-agenda');
      if (agenda?.shadowRoot)
        window.frames_.push({
          copies: deep(agenda.shadowRoot, `[id="${sessionId}"]`).filter((el) => el.checkVisibility()).length,
          defined: Boolean(customElements.get('seminar-agenda')),
        });
      if (!window.loaded_) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    addEventListener('seminar-load', () => requestAnimationFrame(() => requestAnimationFrame(() => (window.loaded_ = true))));
  }, FIRST.id);
  // The bundle arrives once the server-rendered program has been on screen, so frames before and after the takeover are sampled.
  await tab.route('**/dist/cdn/seminar-agenda.js', async (route) => {
    await tab.waitForFunction(() => window.frames_.length > 0);
    await route.continue();
  });
  await tab.goto(`${server.origin}/site/`);
  await tab.waitForFunction(() => window.loaded_);

  const frames = await tab.evaluate(() => window.frames_);
  assert.ok(frames.some((frame) => !frame.defined) && frames.some((frame) => frame.defined), 'frames before and after the bundle ran');
  assert.deepEqual(
    frames.filter((frame) => frame.copies !== 1),
    [],
    'every frame shows the session exactly once',
  );
  const tree = await tab.evaluate(() => {
    const root = document.querySelector('seminar-agenda').shadowRoot;
    const timeline = root.querySelector('seminar-timeline');
    return {
      timelines: root.querySelectorAll('seminar-timeline').length,
      leftovers: root.querySelectorAll('.agenda ~ :not(style), seminar-timeline-ssr, seminar-speaker-card-ssr, seminar-sponsor-strip-ssr')
        .length,
      programs: root.querySelectorAll('.agenda').length,
      upgraded: timeline?.shadowRoot?.querySelector('button[part="action"]') !== null,
    };
  });
  assert.deepEqual(tree, { timelines: 1, leftovers: 0, programs: 1, upgraded: true });
  assert.deepEqual(
    requests.filter((path) => !path.startsWith('/dist/cdn/')),
    ['/site/'],
    'nothing fetched but the page and the bundle',
  );
  assert.deepEqual(problems, []);
  await context.close();
});
