// Where the time of one cold load goes: a CPU profile (JS self time, mapped through the CDN bundle's
// source maps to our modules and dependencies) and a Chromium trace (style, layout, paint, GC) of the
// agenda's page for one bench case, up to its first screen painted. Needs `npm run build` first.
// With --grid, the switch of the first day to the grid after the first screen instead (bench.switchGrid).
//   node scripts/bench-profile.mjs [--case "generated 1,000 (1 day)"] [--top 20] [--grid]
import { readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CASES, preparePages } from './bench.mjs';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serve } from './static-server.mjs';

const repo = resolve(import.meta.dirname, '..');
/** Trace events that are the browser's own work between scripts, summed by name. */
const RENDERING = [
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'v8.parseOnBackground',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'MajorGC',
  'MinorGC',
];

/** Maps a bundle position to `module:line` of the original source, via the bundle's .map file. */
function sourceMapper(origin) {
  const maps = new Map();
  return ({ url, lineNumber, columnNumber }) => {
    if (!url.startsWith(`${origin}/dist/cdn/`)) return undefined;
    const file = join(repo, url.slice(origin.length));
    if (!maps.has(file)) maps.set(file, new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))));
    const entry = maps.get(file).findEntry(lineNumber, columnNumber);
    if (!entry?.originalSource) return undefined;
    // Paths in the maps are relative to wherever rollup ran; the part from src/ or node_modules/ on is what matters.
    const source = entry.originalSource.replace(/^.*?(?=(src|node_modules)\/)/, '');
    return { module: source.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, '$1'), where: `${source}:${entry.originalLine + 1}` };
  };
}

/** Self time per function and per module, in ms, from a CDP profile. */
function selfTimes(profile, map) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ticks = new Map();
  profile.samples.forEach((id, index) => ticks.set(id, (ticks.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000));
  const functions = new Map();
  const modules = new Map();
  const add = (table, key, ms) => table.set(key, (table.get(key) ?? 0) + ms);
  for (const [id, ms] of ticks) {
    const frame = byId.get(id).callFrame;
    const original = map(frame);
    const name = frame.functionName || '(anonymous)';
    add(functions, original ? `${name} ${original.where}` : `${name} ${frame.url ? frame.url.replace(/^.*\//, '') : ''}`.trim(), ms);
    add(modules, original?.module ?? (frame.url ? 'other script' : name.startsWith('(') ? name : `built-in ${name}`), ms);
  }
  return { functions, modules };
}

const top = (table, count) =>
  [...table]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms: ms.toFixed(1) }));

/** The renderer main thread's time per event name (rendering phases), from a Chromium trace. */
function renderingTimes(trace) {
  const { traceEvents } = JSON.parse(trace);
  const mains = new Set(
    traceEvents
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid} ${event.tid}`),
  );
  const byThread = new Map();
  for (const event of traceEvents) {
    const thread = `${event.pid} ${event.tid}`;
    if (event.ph !== 'X' || !mains.has(thread) || !RENDERING.includes(event.name)) continue;
    if (!byThread.has(thread)) byThread.set(thread, new Map());
    const totals = byThread.get(thread);
    totals.set(event.name, (totals.get(event.name) ?? 0) + event.dur / 1000);
  }
  // Other renderers (about:blank, spare processes) did little; the page's main thread is the busiest.
  const sum = (totals) => [...totals.values()].reduce((a, b) => a + b, 0);
  return [...byThread.values()].sort((a, b) => sum(b) - sum(a))[0] ?? new Map();
}

/** A CPU profile and a trace of one cold load up to its first screen painted. */
async function profileFirstScreen(browser, url) {
  const profiled = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await profiled.context().newCDPSession(profiled);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  // Started and ended by the page itself, so the profile ends exactly at the first screen painted and
  // leaves out what the page does later (an idle localStorage write, say).
  await profiled.addInitScript(() => {
    console.profile('first screen');
    addEventListener('DOMContentLoaded', () => window.bench.result.then(() => console.profileEnd('first screen')));
  });
  const finished = new Promise((done) => cdp.once('Profiler.consoleProfileFinished', done));
  await profiled.goto(url, { waitUntil: 'commit' });
  const { paintedMs } = await profiled.evaluate(() => window.bench.result);
  const { profile } = await finished;
  await profiled.context().close();

  const traced = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await browser.startTracing(traced, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'] });
  await traced.goto(url, { waitUntil: 'commit' });
  await traced.evaluate(() => window.bench.result);
  const trace = (await browser.stopTracing()).toString('utf8');
  await traced.context().close();

  return { profile, paintedMs, trace };
}

/** A CPU profile and a trace of the switch to the grid, each in its own page after the first screen. */
async function profileGrid(browser, url) {
  const loaded = async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url, { waitUntil: 'commit' });
    await page.evaluate(() => window.bench.result);
    // As in the bench, after the search steps: by then the list has built more of its sessions when idle.
    await page.evaluate(() => window.bench.find?.());
    return page;
  };
  const profiled = await loaded();
  const cdp = await profiled.context().newCDPSession(profiled);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const paintedMs = await profiled.evaluate(() => window.bench.switchGrid());
  const { profile } = await cdp.send('Profiler.stop');
  await profiled.context().close();

  const traced = await loaded();
  await browser.startTracing(traced, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'] });
  await traced.evaluate(() => window.bench.switchGrid());
  const trace = (await browser.stopTracing()).toString('utf8');
  await traced.context().close();
  return { profile, paintedMs, trace };
}

async function main() {
  const { values } = parseArgs({
    options: {
      case: { type: 'string', default: 'generated 1,000 (1 day)' },
      top: { type: 'string', default: '20' },
      grid: { type: 'boolean', default: false },
    },
  });
  const chosen = CASES.filter((entry) => entry.id === values.case);
  if (!chosen.length) throw new Error(`No bench case "${values.case}"; cases: ${CASES.map((entry) => entry.id).join(', ')}`);
  const { folder, cases } = preparePages(chosen);
  const server = await serve({ mounts: { '/': repo, '/bench/': folder } });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const url = server.origin + cases[0].pages.ours;
  try {
    const { profile, paintedMs, trace } = await (values.grid ? profileGrid : profileFirstScreen)(browser, url);
    const { functions, modules } = selfTimes(profile, sourceMapper(server.origin));
    const what = values.grid ? 'grid painted' : 'first screen painted';
    console.log(`${values.case}: ${what} after ${paintedMs.toFixed(0)} ms (profiled, so slower than in the bench)`);
    console.log('JS self time by module:');
    console.table(top(modules, Number(values.top)));
    console.log('JS self time by function:');
    console.table(top(functions, Number(values.top)));
    // Listed apart because issue 12 named the stored copy of the feed as a cost before the first screen.
    const storage = [...functions].filter(([name]) => /src\/internal\/(storage|feed-cache)\.ts/.test(name));
    console.log(`localStorage before the first screen: ${storage.map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`).join('; ') || 'none'}`);
    console.log('Main-thread time by phase (trace):');
    console.table(top(renderingTimes(trace), RENDERING.length));
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
