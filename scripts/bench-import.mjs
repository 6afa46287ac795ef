// Prints how long <seminar-agenda> takes from being added to the page to showing each real export
// in tests/fixtures/feeds (fetch, import, validate, render), in headless Chromium with the CDN bundle.
// Needs `npm run build` first. A benchmark, not a test: it asserts nothing.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const RUNS = 5;
const repo = resolve(import.meta.dirname, '..');
const FILES = [
  ['the seminar (feed v1)', '/demo/feeds/seminar.da.json', {}],
  ['pretalx-democon.schedule.json', '/tests/fixtures/feeds/pretalx-democon.schedule.json', {}],
  ['frab-camp2019.schedule.json', '/tests/fixtures/feeds/frab-camp2019.schedule.json', {}],
  ['39c3.schedule.xml', '/tests/fixtures/feeds/39c3.schedule.xml', {}],
  ['ddd-melbourne-2025.sessionize-all.json', '/tests/fixtures/feeds/ddd-melbourne-2025.sessionize-all.json', { 'event-time-zone': 'Australia/Melbourne' }],
];

/** Runs in the page: adds an agenda and resolves with the ms until seminar-load, which fires once the program is shown. */
function time({ src, attributes }) {
  return new Promise((done, fail) => {
    const el = document.createElement('seminar-agenda');
    for (const [name, value] of Object.entries({ src, lang: 'en', 'no-store': '', ...attributes })) el.setAttribute(name, value);
    const started = performance.now();
    el.addEventListener('seminar-error', (event) => fail(new Error(JSON.stringify(event.detail.problems))));
    el.addEventListener('seminar-load', () => {
      done(performance.now() - started);
      el.remove();
    });
    document.body.append(el);
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const server = await serveStatic(repo);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
// The demo page loads the CDN bundle relative to itself; its own agenda is loaded before timing starts.
await page.goto(`${server.origin}/demo/index.html`);
await page.waitForFunction(() => customElements.get('seminar-agenda'));
const rows = [];
for (const [name, src, attributes] of FILES) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await page.evaluate(time, { src, attributes }));
  // The first run also fetches the importer chunk (for exports) and warms the caches.
  rows.push({ file: name, 'first ms': Math.round(runs[0]), [`median of ${RUNS} ms`]: Math.round(median(runs)) });
}
console.table(rows);
await browser.close();
await server.stop();
