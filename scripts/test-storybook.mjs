// Opens every story of the static Storybook (storybook-static/, `npm run build-storybook`) in headless
// Chromium and fails on console errors, page errors and axe-core violations.
// A story that shows an error on purpose lists the console errors it expects in
// `parameters.consoleErrors` (substrings); each must appear, and nothing else may.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = 'storybook-static';
const PAGES = 2;

/** Waits until every Lit element, in shadow roots too, has finished rendering (feed, then context). */
function settled() {
  const pending = (root) => [...root.querySelectorAll('*')].flatMap((el) =>
    el.shadowRoot ? [el.updateComplete, ...pending(el.shadowRoot)] : []);
  return (async () => {
    for (let round = 0; round < 3; round += 1) await Promise.all(pending(document));
  })();
}

async function check(context, base, id) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  try {
    // a11y.manual: the a11y addon would run its own axe at the same time; this script runs it once itself.
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story&globals=a11y.manual:!true`);
    await page.waitForFunction(() => /sb-show-(main|errordisplay)/.test(document.body.className));
    await page.waitForLoadState('networkidle');
    await page.evaluate(settled);
    const expected = await page.evaluate(async (storyId) => {
      const story = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId });
      return story.parameters.consoleErrors ?? [];
    }, id);
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    // `region` asks for page landmarks; a story is a fragment of a page.
    const { violations } = await page.evaluate(() => window.axe.run('#storybook-root', { rules: { region: { enabled: false } } }));
    return [
      ...errors.filter((text) => !expected.some((part) => text.includes(part))).map((text) => `console: ${text}`),
      ...expected.filter((part) => !errors.some((text) => text.includes(part))).map((part) => `expected console error missing: ${part}`),
      ...violations.map((v) => `axe ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ];
  } catch (error) {
    return [...errors, String(error)];
  } finally {
    await page.close();
  }
}

const server = await serveStatic(ROOT);
const base = server.origin;
const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
const ids = Object.values(index.entries).filter((entry) => entry.type === 'story').map((entry) => entry.id);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext();
const failures = [];
const queue = [...ids];
await Promise.all(Array.from({ length: PAGES }, async () => {
  for (let id = queue.shift(); id; id = queue.shift()) {
    const problems = await check(context, base, id);
    if (problems.length) failures.push({ id, problems });
  }
}));
await browser.close();
await server.stop();

for (const { id, problems } of failures) console.error(`✗ ${id}\n  ${problems.join('\n  ')}`);
console.log(`storybook: ${ids.length - failures.length} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
