// Opens every story and every docs-only page of the static Storybook (storybook-static/,
// `npm run build-storybook`) in headless Chromium and fails on console errors, page errors and axe-core
// violations. A story that shows an error on purpose lists the console errors it expects in
// `parameters.consoleErrors` (substrings); each must appear, and nothing else may.
// It also checks the controls the manifest gives each element's stories (no internal member, every
// attribute as an attribute, no editor on parts, slots, events and custom properties) and that a
// shared link's `&args=theme:dark` renders the dark theme.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { elementsByTag as elements } from '../tests-node/helpers/manifest.mjs';

const ROOT = 'storybook-static';
const PAGES = 2;
const NO_EDITOR = ['events', 'slots', 'css shadow parts', 'css custom properties'];

/** What the controls panel of an element's story must not list, or must list as editable attributes. */
function argTypeProblems({ title, component, argTypes }) {
  const element = elements.get(component);
  if (!element || !title.startsWith('Elements/')) return [];
  const internal = (element.members ?? []).filter(
    (m) => m.static || m.privacy === 'private' || m.privacy === 'protected' || /^[_#]/.test(m.name),
  );
  return [
    ...internal.filter((m) => argTypes.some((argType) => argType.key === m.name)).map((m) => `argTypes list the internal member ${m.name}`),
    ...(element.attributes ?? [])
      .filter((a) => !argTypes.some((argType) => argType.name === a.name && argType.category === 'attributes'))
      .map((a) => `attribute ${a.name} is not listed as an attribute`),
    ...argTypes
      .filter((argType) => argType.category === 'attributes' && typeof argType.control?.type !== 'string')
      .map((argType) => `attribute ${argType.name} has no editor`),
    ...argTypes
      .filter((argType) => NO_EDITOR.includes(argType.category) && argType.control !== false)
      .map((argType) => `${argType.category} ${argType.name} has an editor`),
  ];
}

/** Waits until every Lit element, in shadow roots too, has finished rendering (feed, then context). */
function settled() {
  const pending = (root) =>
    [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.updateComplete, ...pending(el.shadowRoot)] : []));
  return (async () => {
    for (let round = 0; round < 3; round += 1) await Promise.all(pending(document));
  })();
}

/** Every ::part a seminar-* element renders in its shadow root, by tag, read in the page. */
function renderedParts() {
  const found = {};
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      const tag = el.localName;
      if (tag.startsWith('seminar-')) {
        const parts = (found[tag] ??= new Set());
        for (const node of el.shadowRoot.querySelectorAll('[part]')) node.part.forEach((name) => parts.add(name));
      }
      walk(el.shadowRoot);
    }
  };
  walk(document);
  return Object.fromEntries(Object.entries(found).map(([tag, parts]) => [tag, [...parts]]));
}

/** Parts a story renders that custom-elements.json does not document for that element. */
function undocumentedParts(rendered) {
  return Object.entries(rendered).flatMap(([tag, parts]) => {
    const documented = new Set((elements.get(tag)?.cssParts ?? []).map((part) => part.name));
    return parts.filter((part) => !documented.has(part)).map((part) => `${tag} renders the undocumented part ${part}`);
  });
}

async function check(context, base, { id, type }) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  try {
    // a11y.manual: the a11y addon would run its own axe at the same time; this script runs it once itself.
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=${type}&globals=a11y.manual:!true`);
    await page.waitForFunction(() => /sb-show-(main|errordisplay)/.test(document.body.className));
    await page.waitForLoadState('networkidle');
    await page.evaluate(settled);
    const story =
      type === 'story'
        ? await page.evaluate(async (storyId) => {
            const { title, component, parameters, argTypes } = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId });
            return {
              title,
              component,
              consoleErrors: parameters.consoleErrors ?? [],
              axeRules: parameters.a11y?.config?.rules ?? [],
              argTypes: Object.entries(argTypes).map(([key, { name, control, table }]) => ({
                key,
                name,
                control,
                category: table?.category,
              })),
            };
          }, id)
        : { consoleErrors: [], axeRules: [], argTypes: [] };
    const expected = story.consoleErrors;
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    // `region` asks for page landmarks; a story is a fragment of a page. A story may turn off more rules
    // as the a11y addon reads them (`parameters.a11y.config.rules`), saying why.
    const rules = Object.fromEntries([{ id: 'region', enabled: false }, ...story.axeRules].map(({ id, enabled }) => [id, { enabled }]));
    const root = type === 'story' ? '#storybook-root' : '#storybook-docs';
    const { violations } = await page.evaluate(([selector, options]) => window.axe.run(selector, options), [root, { rules }]);
    return [
      ...argTypeProblems(story),
      ...undocumentedParts(await page.evaluate(renderedParts)),
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

/** The agenda's background and theme attribute when a link sets `&args=theme:<theme>`. */
async function agendaWith(context, base, theme) {
  const page = await context.newPage();
  try {
    await page.goto(`${base}/iframe.html?id=elements-seminar-agenda--full-seminar&viewMode=story&args=theme:${theme}`);
    const agenda = page.locator('seminar-agenda');
    await agenda.waitFor();
    return await agenda.evaluate((el) => ({ theme: el.getAttribute('theme'), background: getComputedStyle(el).backgroundColor }));
  } finally {
    await page.close();
  }
}

/** A link shared with `&args=theme:dark` shows the dark theme: the arg passes Storybook's type check. */
async function checkSharedLink(context, base) {
  const light = await agendaWith(context, base, 'light');
  const dark = await agendaWith(context, base, 'dark');
  const brightness = (color) =>
    color
      .match(/\d+/g)
      .slice(0, 3)
      .reduce((sum, c) => sum + Number(c), 0);
  return [
    ...(dark.theme === 'dark' ? [] : [`&args=theme:dark gave theme="${dark.theme}"`]),
    ...(brightness(dark.background) < brightness(light.background)
      ? []
      : [`dark background ${dark.background} is not darker than light ${light.background}`]),
  ];
}

const server = await serveStatic(ROOT);
const base = server.origin;
const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
// Docs pages generated from stories show those stories again; only the MDX pages are checked as pages.
// `node scripts/test-storybook.mjs agenda` checks only the entries whose id contains "agenda".
const only = process.argv[2] ?? '';
const entries = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' || entry.tags.some((tag) => tag.endsWith('-mdx')))
  .filter((entry) => entry.id.includes(only));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext();
const failures = [];
const queue = [...entries];
await Promise.all(
  Array.from({ length: PAGES }, async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const problems = await check(context, base, entry);
      if (problems.length) failures.push({ id: entry.id, problems });
    }
  }),
);
const linkProblems = await checkSharedLink(context, base);
if (linkProblems.length) failures.push({ id: 'shared link', problems: linkProblems });
await browser.close();
await server.stop();

for (const { id, problems } of failures) console.error(`✗ ${id}\n  ${problems.join('\n  ')}`);
console.log(`storybook: ${entries.length + 1 - failures.length} passed, ${failures.length} failed`);
process.exitCode = failures.length ? 1 : 0;
