// The packed package inside an app that is already on a newer Lit 3 patch: npm must keep ONE
// copy of Lit, as the README promises. Exact runtime pins (lit 3.3.3) would nest a second one.
// Needs `npm run build` and the npm registry (the other dependencies); about 20 s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const npm = (cwd, ...args) => run('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], { cwd, encoding: 'utf8' });

/** Our lit, republished locally as the next patch: the registry may not have one newer yet. */
async function nextLitPatch(dir) {
  const copy = join(dir, 'lit-next');
  await cp('node_modules/lit', copy, { recursive: true });
  const manifest = JSON.parse(await readFile(join(copy, 'package.json'), 'utf8'));
  const [major, minor, patch] = manifest.version.split('.').map(Number);
  manifest.version = `${major}.${minor}.${patch + 1}`;
  await writeFile(join(copy, 'package.json'), JSON.stringify(manifest));
  const { stdout } = await npm(dir, 'pack', copy, '--ignore-scripts', '--json');
  return { version: manifest.version, tarball: join(dir, JSON.parse(stdout)[0].filename) };
}

test('an app on a newer Lit 3 patch gets one copy of Lit', { timeout: 120_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'seminar-dedupe-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const lit = await nextLitPatch(dir);
  const { stdout } = await npm(dir, 'pack', process.cwd(), '--ignore-scripts', '--json');
  const ours = join(dir, JSON.parse(stdout)[0].filename);
  const app = join(dir, 'app');
  await mkdir(app);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, dependencies: { lit: `file:${lit.tarball}` } }));
  await npm(app, 'install', '--ignore-scripts');
  await npm(app, 'install', '--ignore-scripts', ours);

  // One path per installed copy, deduped references are not repeated.
  const { stdout: paths } = await npm(app, 'ls', 'lit', '--all', '--parseable');
  const copies = paths.split('\n').filter((path) => /[\\/]node_modules[\\/]lit$/.test(path));
  assert.deepEqual(copies, [join(app, 'node_modules', 'lit')]);
  const installed = JSON.parse(await readFile(join(app, 'node_modules/lit/package.json'), 'utf8'));
  assert.equal(installed.version, lit.version);
});
