// The DOM-free feed entry runs in Node: the same parser the elements use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parseFeed, describeProblem } from '../dist/feed/index.js';

test('the seminar feed parses in Node with no warnings', async () => {
  const feed = JSON.parse(await readFile(new URL('../demo/feeds/seminar.da.json', import.meta.url), 'utf8'));
  const result = parseFeed(feed);
  assert.equal(result.ok, true, JSON.stringify(result.errors));
  assert.deepEqual(result.warnings.map(describeProblem), []);
});
