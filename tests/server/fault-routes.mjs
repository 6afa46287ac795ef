// Routes under /faults/ on the test runner's own server (127.0.0.1): the ways a feed URL fails.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

const seminar = readFileSync(new URL('../../demo/feeds/seminar.da.json', import.meta.url), 'utf8');
const minimal = (title) =>
  JSON.stringify({
    version: 1,
    event: { title, timeZone: 'Europe/Copenhagen', language: 'en' },
    sessions: [{ id: 'only', start: '2025-05-20T09:00', end: '2025-05-20T10:00', title: `Session of ${title}` }],
  });

/** Per-test feeds whose content, ETag and failure mode a test sets through /faults/control. */
const live = new Map();
const entryOf = (id) => {
  if (!live.has(id)) live.set(id, { title: 'First', etag: 0, requests: 0, notModified: 0, aborted: 0, mode: 'ok' });
  return live.get(id);
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const routes = {
  '/faults/404': (ctx) => {
    ctx.status = 404;
    ctx.body = 'Not Found';
  },
  '/faults/500': (ctx) => {
    ctx.status = 500;
    ctx.body = 'Internal Server Error';
  },
  '/faults/html': (ctx) => {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Error</title><h1>Oops</h1>';
  },
  '/faults/truncated': (ctx) => {
    ctx.type = 'application/json';
    ctx.body = seminar.slice(0, 500);
  },
  '/faults/seminar': (ctx) => {
    // With an id, counts the request: elements sharing one feed must ask for it once.
    if (ctx.query.id) entryOf(ctx.query.id).requests += 1;
    ctx.type = 'application/json';
    ctx.body = seminar;
  },
  '/faults/slow': async (ctx) => {
    // With an id, counts the request and whether the browser gave it up before the answer.
    const entry = ctx.query.id && entryOf(ctx.query.id);
    if (entry) {
      entry.requests += 1;
      ctx.res.on('close', () => {
        if (!ctx.res.writableEnded) entry.aborted += 1;
      });
    }
    await sleep(2000);
    ctx.type = 'application/json';
    ctx.body = seminar;
  },
  '/faults/stream': (ctx) => {
    // No Content-Length: the size limit must stop the stream itself.
    ctx.type = 'application/json';
    ctx.body = Readable.from(
      (function* body() {
        for (let i = 0; i < 50; i += 1) yield Buffer.from(' '.repeat(10_000));
      })(),
    );
  },
  '/faults/control': (ctx) => {
    const { id, title, mode } = ctx.query;
    const entry = entryOf(id);
    if (title) Object.assign(entry, { title, etag: entry.etag + 1 });
    if (mode) entry.mode = mode;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(entry);
  },
  '/faults/live': (ctx) => {
    const entry = live.get(ctx.query.id);
    entry.requests += 1;
    if (entry.mode !== 'ok') {
      ctx.status = Number(entry.mode);
      ctx.body = 'failing';
      return;
    }
    const etag = `"v${entry.etag}"`;
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', 'no-cache');
    if (ctx.get('If-None-Match') === etag) {
      entry.notModified += 1;
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = minimal(entry.title);
  },
};

export async function faultRoutes(ctx, next) {
  const route = routes[ctx.path];
  return route ? route(ctx) : next();
}
