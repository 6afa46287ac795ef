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

test('the generated JSON Schema accepts the seminar feed and catches what the parser catches', async () => {
  const { default: Ajv } = await import('ajv');
  const schema = JSON.parse(await readFile(new URL('../schema/feed.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const feed = JSON.parse(await readFile(new URL('../demo/feeds/seminar.da.json', import.meta.url), 'utf8'));
  assert.equal(validate(feed), true, JSON.stringify(validate.errors));
  const block = feed.sessions.findIndex((session) => session.sessions);
  feed.sessions[block].sessions[0].kind = 'party';
  delete feed.event.timeZone;
  assert.equal(validate(feed), false);
  assert.deepEqual(validate.errors.map((error) => error.instancePath).sort(), ['/event', `/sessions/${block}/sessions/0/kind`]);
  assert.equal(parseFeed(feed).ok, false);
});
