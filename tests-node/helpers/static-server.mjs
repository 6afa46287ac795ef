// A tiny static server on 127.0.0.1 for the page tests; routes may add headers or replace bodies.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };

/** mounts: URL prefix → folder; headers: pathname → extra response headers. */
export async function serve({ mounts, headers = {} }) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const prefix = Object.keys(mounts).filter((p) => pathname.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    const relative = normalize(pathname.slice(prefix?.length ?? 0));
    const file = prefix === undefined ? '' : join(mounts[prefix], relative.endsWith('/') ? `${relative}index.html` : relative);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers[pathname] });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
