// What `npm publish` would ship: everything a user needs, nothing of the repository's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { declarations, manifest } from './helpers/manifest.mjs';

const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = packed[0].files.map((file) => file.path);

test('the package ships the builds, types, schema, manifest, CLI, changelog and editor data', () => {
  for (const path of [
    'dist/define/all.js',
    'dist/define/all.d.ts',
    'dist/define/all.js.map',
    'dist/define/seminar-agenda.js',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/feed/index.js',
    'dist/feed/index.d.ts',
    'dist/cdn/seminar-agenda.js',
    'dist/vscode.html-custom-data.json',
    'schema/feed.schema.json',
    'custom-elements.json',
    'README.md',
    'CHANGELOG.md',
    'package.json',
    'bin/seminar-agenda.js',
    'dist/cli/main.js',
  ]) {
    assert.ok(files.includes(path), `${path} is missing from the package`);
  }
});

test('the package ships no tests, stories, sources or repository tooling', () => {
  const unwanted = files.filter(
    (path) => /^(tests|tests-node|stories|src|scripts|demo|\.storybook|\.ci)\//.test(path) || path.endsWith('.test.js'),
  );
  assert.deepEqual(unwanted, []);
});

test('the DOM-free feed entry resolves through the exports map in Node', async () => {
  const feed = await import('seminar-agenda/feed');
  assert.equal(typeof feed.parseFeed, 'function');
  assert.equal(typeof feed.feedSchema, 'object');
});

test('sideEffects covers every module that registers an element', async () => {
  const { sideEffects } = JSON.parse(await readFile('package.json', 'utf8'));
  const matchers = sideEffects.map((glob) => new RegExp(`^${glob.replace(/^\.\//, '').replace('.', '\\.').replace('*', '[^/]+')}$`));
  const registering = files
    .filter((path) => path.endsWith('.js') && !path.startsWith('dist/cdn/'))
    .filter((path) => /\bdefineOnce\(['"]/.test(readFileSync(path, 'utf8')));
  assert.ok(registering.length >= 4, 'expected the four define modules');
  for (const path of registering)
    assert.ok(
      matchers.some((m) => m.test(path)),
      `${path} registers but is not in sideEffects`,
    );
});

test('the legacy main, module and types fields name what exports["."] names', async () => {
  const { main, module, types, exports } = JSON.parse(await readFile('package.json', 'utf8'));
  assert.deepEqual({ main, module, types }, { main: exports['.'].default, module: exports['.'].default, types: exports['.'].types });
});

test('the manifest lists the six elements and no nameless base class or CLI module', async () => {
  const elements = declarations.filter((decl) => decl.customElement).map((decl) => decl.tagName ?? `(no tag: ${decl.name})`);
  assert.deepEqual(elements.sort(), [
    'seminar-agenda',
    'seminar-day-tabs',
    'seminar-program-grid',
    'seminar-speaker-card',
    'seminar-speaker-directory',
    'seminar-sponsor-strip',
    'seminar-timeline',
  ]);
  assert.deepEqual(
    manifest.modules.map((mod) => mod.path).filter((path) => path.startsWith('dist/cli/')),
    [],
  );
});
