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

test('decodeFeedText reads a real export in Node as the element does in the browser', async () => {
  const { decodeFeedText } = await import('../dist/feed/index.js');
  const xml = await readFile(new URL('../tests/fixtures/feeds/39c3.schedule.xml', import.meta.url), 'utf8');
  const result = await decodeFeedText(xml);
  assert.equal(result.ok, true, JSON.stringify(result.errors));
  const count = (sessions) => sessions.reduce((n, session) => n + 1 + count(session.sessions), 0);
  assert.equal(count(result.model.sessions), 215);
  assert.equal(result.model.event.timeZone, 'Europe/Berlin');
  assert.ok(
    result.warnings.some((warning) => /colou?r/i.test(warning.message)),
    'track colours are reported as not mapped',
  );
});
