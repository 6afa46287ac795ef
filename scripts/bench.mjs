// `npm run bench`: how long <seminar-agenda> takes to paint its first screen, as a ratio to a plain-DOM
// floor page measured in the same run, for the seminar, every real export in tests/fixtures/feeds and
// generated feeds of 1,000 and 5,000 sessions. Interleaved runs, a fresh browser context (cold HTTP
// cache, empty localStorage) per page load, median of 7 (ratios: median of the 7 per-run ratios).
// Then, ours only: search and filters at the first screen and again once the day is built whole,
// and the switch of the first day to the grid (programs in more than one room).
// Needs `npm run build` first.
// A script that prints numbers, never a test: it asserts nothing about speed.
//   node scripts/bench.mjs [--runs 7] [--only '1,000|seminar'] [--json results.json] [--baseline folder]
// --baseline names another CDN build (a folder with seminar-agenda.js, e.g. main's dist/cdn copied
// away) measured as a third page in the same interleaved runs: a before/after that noise cannot fake.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { floorPage, oursPage } from './bench-pages.mjs';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { generateFeed } from './generate-feed.mjs';
import { serve } from './static-server.mjs';

const FIXTURES = '/tests/fixtures/feeds';
/** Each case: the file both pages fetch, how the floor reads it, and the agenda's extra attributes. */
export const CASES = [
  { id: 'seminar', src: '/demo/feeds/seminar.da.json', floorFormat: 'v1' },
  { id: 'pretalx-democon', src: `${FIXTURES}/pretalx-democon.schedule.json`, floorFormat: 'frab' },
  { id: 'frab-camp2019', src: `${FIXTURES}/frab-camp2019.schedule.json`, floorFormat: 'frab' },
  { id: '39c3 (XML)', src: `${FIXTURES}/39c3.schedule.xml`, floorFormat: 'xml' },
  {
    id: 'ddd-melbourne (Sessionize)',
    src: `${FIXTURES}/ddd-melbourne-2025.sessionize-all.json`,
    floorFormat: 'sessionize',
    attributes: { 'event-time-zone': 'Australia/Melbourne' },
  },
  { id: 'generated 1,000 (1 day)', generate: { sessions: 1000, days: 1 }, floorFormat: 'v1' },
  { id: 'generated 1,000 (4 days, 40 rooms)', generate: { sessions: 1000, days: 4, rooms: 40 }, floorFormat: 'v1' },
  { id: 'generated 5,000 (1 day)', generate: { sessions: 5000, days: 1 }, floorFormat: 'v1' },
];

const median = (values) => {
  const present = values.filter((value) => value !== undefined).sort((a, b) => a - b);
  return present.length ? present[Math.floor(present.length / 2)] : undefined;
};

/** Writes the generated feeds and the pages of every case into a folder served at /bench/. */
export function preparePages(cases, { baseline = false } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'seminar-bench-'));
  return {
    folder,
    cases: cases.map((entry, index) => {
      let src = entry.src;
      if (entry.generate) {
        writeFileSync(join(folder, `feed-${index}.json`), JSON.stringify(generateFeed(entry.generate)));
        src = `/bench/feed-${index}.json`;
      }
      writeFileSync(join(folder, `ours-${index}.html`), oursPage({ ...entry, src }));
      writeFileSync(join(folder, `floor-${index}.html`), floorPage({ ...entry, src }));
      const pages = { ours: `/bench/ours-${index}.html`, floor: `/bench/floor-${index}.html` };
      if (baseline) {
        writeFileSync(join(folder, `baseline-${index}.html`), oursPage({ ...entry, src }, '/baseline/seminar-agenda.js'));
        pages.baseline = `/bench/baseline-${index}.html`;
      }
      return { ...entry, pages };
    }),
  };
}

/** One cold page load: paint times, heap after a forced GC, node counts and the day switch. */
export async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'commit' });
    const { loadMs, paintedMs } = await page.evaluate(() => window.bench.result);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, shadowRoots } = await page.evaluate(() => window.bench.countNodes());
    const daySwitchMs = await page.evaluate(() => window.bench.switchDay());
    const find = await page.evaluate(() => window.bench.find?.());
    // Again once the day is built whole, as a visitor who reads first and then searches finds it.
    await page.evaluate(() => window.bench.untilBuilt());
    const built = await page.evaluate(() => window.bench.find?.());
    const gridMs = await page.evaluate(() => window.bench.switchGrid());
    return {
      loadMs,
      paintedMs,
      heapMb: usedSize / 2 ** 20,
      nodes,
      shadowRoots,
      daySwitchMs,
      ...find,
      ...(built && { builtKeystrokeMs: built.keystrokeMs, builtFilterMs: built.filterMs, builtClearMs: built.clearMs }),
      gridMs,
    };
  } finally {
    await context.close();
  }
}

function summarise(entry, runs) {
  const pick = (side, key) => median(runs.map((run) => run[side][key]));
  // Each ratio is taken within one run, where both pages met the same load on the machine, then the median of those.
  const ratio = (side) => median(runs.map((run) => run[side].paintedMs / run.floor.paintedMs));
  return {
    case: entry.id,
    floorMs: pick('floor', 'paintedMs'),
    oursMs: pick('ours', 'paintedMs'),
    ratio: ratio('ours'),
    ...(runs[0].baseline && { baselineMs: pick('baseline', 'paintedMs'), baselineRatio: ratio('baseline') }),
    oursLoadMs: pick('ours', 'loadMs'),
    floorDaySwitchMs: pick('floor', 'daySwitchMs'),
    oursDaySwitchMs: pick('ours', 'daySwitchMs'),
    keystrokeMs: pick('ours', 'keystrokeMs'),
    filterMs: pick('ours', 'filterMs'),
    clearMs: pick('ours', 'clearMs'),
    builtKeystrokeMs: pick('ours', 'builtKeystrokeMs'),
    builtFilterMs: pick('ours', 'builtFilterMs'),
    builtClearMs: pick('ours', 'builtClearMs'),
    gridMs: pick('ours', 'gridMs'),
    ...(runs[0].baseline && { baselineGridMs: pick('baseline', 'gridMs') }),
    floorHeapMb: pick('floor', 'heapMb'),
    oursHeapMb: pick('ours', 'heapMb'),
    oursNodes: pick('ours', 'nodes'),
    oursShadowRoots: pick('ours', 'shadowRoots'),
    floorNodes: pick('floor', 'nodes'),
  };
}

const round = (value, digits = 0) => (value === undefined ? '–' : value.toFixed(digits));
const printable = (row) => ({
  case: row.case,
  'floor ms': round(row.floorMs),
  'ours ms': round(row.oursMs),
  ratio: `${round(row.ratio, 2)}×`,
  ...(row.baselineMs && { 'baseline ms': round(row.baselineMs), 'baseline ratio': `${round(row.baselineRatio, 2)}×` }),
  'to seminar-load ms': round(row.oursLoadMs),
  'day switch ms (floor/ours)': row.oursDaySwitchMs === undefined ? '–' : `${round(row.floorDaySwitchMs)} / ${round(row.oursDaySwitchMs)}`,
  'search key / filter / clear ms':
    row.keystrokeMs === undefined ? '–' : `${round(row.keystrokeMs)} / ${round(row.filterMs)} / ${round(row.clearMs)}`,
  'same, day built ms':
    row.builtKeystrokeMs === undefined ? '–' : `${round(row.builtKeystrokeMs)} / ${round(row.builtFilterMs)} / ${round(row.builtClearMs)}`,
  'heap MB (floor/ours)': `${round(row.floorHeapMb, 1)} / ${round(row.oursHeapMb, 1)}`,
  'nodes (floor/ours)': `${row.floorNodes} / ${row.oursNodes}`,
  'shadow roots': row.oursShadowRoots,
  ...(row.baselineMs
    ? { 'grid ms (baseline/ours)': `${round(row.baselineGridMs)} / ${round(row.gridMs)}` }
    : { 'grid ms': round(row.gridMs) }),
});

async function main() {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '7' }, only: { type: 'string' }, json: { type: 'string' }, baseline: { type: 'string' } },
  });
  const repo = resolve(import.meta.dirname, '..');
  if (!existsSync(join(repo, 'dist/cdn/seminar-agenda.js')))
    throw new Error('dist/cdn/seminar-agenda.js is missing: run `npm run build` first.');
  const only = values.only?.split('|');
  const chosen = CASES.filter((entry) => !only || only.some((part) => entry.id.includes(part)));
  const { folder, cases } = preparePages(chosen, { baseline: Boolean(values.baseline) });
  const mounts = { '/': repo, '/bench/': folder, ...(values.baseline && { '/baseline/': resolve(values.baseline) }) };
  const server = await serve({ mounts });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const runs = cases.map(() => []);
  try {
    for (let run = 0; run < Number(values.runs); run += 1) {
      for (const [index, entry] of cases.entries()) {
        // Rotating which page goes first keeps a slow moment of the machine from always hitting one side.
        const sides = Object.keys(entry.pages);
        const order = [...sides.slice(run % sides.length), ...sides.slice(0, run % sides.length)];
        const result = {};
        for (const side of order) result[side] = await measure(browser, server.origin + entry.pages[side]);
        runs[index].push(result);
      }
      process.stderr.write(`run ${run + 1}/${values.runs} done\n`);
    }
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  const rows = cases.map((entry, index) => summarise(entry, runs[index]));
  // The load average says how much else the machine was doing, which the ratios only partly cancel.
  const load = loadavg()[0].toFixed(1);
  const machine = {
    cpus: availableParallelism(),
    load,
    chromium: browser.version(),
    node: process.version,
    date: new Date().toISOString(),
    runs: Number(values.runs),
  };
  console.log(
    `${machine.date} · ${machine.cpus} CPUs, load ${load} · Chromium ${machine.chromium} · Node ${machine.node} · median of ${machine.runs} cold loads, 1280×800`,
  );
  console.table(rows.map(printable));
  if (values.json)
    writeFileSync(
      values.json,
      JSON.stringify({ machine, rows, runs: cases.map((entry, index) => ({ case: entry.id, runs: runs[index] })) }, null, 2),
    );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
