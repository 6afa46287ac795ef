// Prints min and gzip sizes of the CDN bundle, of the chunks it loads on use, and of the ESM
// entries as an app would bundle them; exits 1 when the CDN bundle is over its budget (issue #4).
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// 28 kB until issues #12–#14 (docs/decisions.md #7): each feature measured and the rest in chunks.
const CDN_BUDGET_GZIP = 32 * 1024;

async function bundleAsApp(entry) {
  const bundle = await rollup({
    input: entry,
    plugins: [resolve(), terser()],
    preserveEntrySignatures: 'allow-extension',
    onwarn: () => {},
  });
  // The entry chunk: what an app loads up front; its dynamic imports (importers, calendar) become chunks of their own.
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return Buffer.from(output[0].code);
}

function row(name, code) {
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  return { name, min: kB(code.length), gzip: kB(gzipBytes), gzipBytes };
}

const chunks = (await readdir('dist/cdn/chunks')).filter((file) => file.endsWith('.js')).sort();
const cdn = row('CDN bundle dist/cdn/seminar-agenda.js', await readFile('dist/cdn/seminar-agenda.js'));
const rows = [
  cdn,
  ...(await Promise.all(chunks.map(async (file) => row(`  chunk on use: ${file}`, await readFile(`dist/cdn/chunks/${file}`))))),
  row('ESM root entry, bundled by an app', await bundleAsApp('dist/define/all.js')),
  row('ESM feed entry (DOM-free), bundled', await bundleAsApp('dist/feed/index.js')),
];
console.table(rows.map(({ name, min, gzip }) => ({ name, min, gzip })));
if (cdn.gzipBytes > CDN_BUDGET_GZIP) {
  console.error(`size: the CDN bundle is ${cdn.gzip} gzip, over its budget of ${CDN_BUDGET_GZIP / 1024} kB`);
  process.exit(1);
}
