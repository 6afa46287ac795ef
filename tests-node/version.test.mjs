// `changeset version` bumps package.json only; the version the elements and calendar files
// report is a constant in src/internal/version.ts that must follow it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { VERSION } from '../dist/internal/version.js';

test('the built VERSION constant is the package version', async () => {
  const { version } = JSON.parse(await readFile('package.json', 'utf8'));
  assert.equal(VERSION, version);
});
