// The synthetic programs of scripts/generate-feed.mjs: valid feed v1 of the asked shape, the same every time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../dist/feed/index.js';
import { generateFeed } from '../scripts/generate-feed.mjs';

const shapes = [
  { sessions: 1000, days: 1 },
  { sessions: 1000, days: 4, rooms: 40 },
  { sessions: 5000, days: 1 },
];

for (const shape of shapes) {
  test(`${JSON.stringify(shape)} is a valid feed of that shape, with no warnings`, () => {
    const feed = generateFeed(shape);
    const result = parseFeed(feed);
    assert.equal(result.ok, true, JSON.stringify(result.errors?.slice(0, 3)));
    assert.deepEqual(result.warnings, []);
    assert.equal(result.model.sessions.length, shape.sessions);
    assert.equal(new Set(feed.sessions.map((s) => s.start.slice(0, 10))).size, shape.days);
    if (shape.rooms) assert.equal(new Set(feed.sessions.map((s) => s.room)).size, shape.rooms);
    // Every session ends on the day it starts, so a "one day" feed really is one day.
    assert.ok(feed.sessions.every((s) => s.end.slice(0, 10) === s.start.slice(0, 10) && s.end > s.start && s.end.slice(11) < '24:00'));
  });
}

test('the same options give the same feed, another seed another one', () => {
  assert.deepEqual(generateFeed({ sessions: 50 }), generateFeed({ sessions: 50 }));
  assert.notDeepEqual(generateFeed({ sessions: 50, seed: 2 }), generateFeed({ sessions: 50 }));
});
