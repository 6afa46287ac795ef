// The one static server on 127.0.0.1: the demo (`npm start`), the scripts that drive headless
// Chromium (screenshots, bench, Storybook check) and the node tests. Routes may add headers.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.ics': 'text/calendar',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a request names (the longest matching mount wins), a folder's index.html, or a redirect to the folder. */
async function resolve(pathname, mounts) {
  const prefix = Object.keys(mounts)
    .filter((p) => pathname.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return {};
  const file = join(mounts[prefix], normalize(pathname.slice(prefix.length)));
  if (!(await stat(file)).isDirectory()) return { file };
  // Relative links in /demo/index.html only work when the address ends in a slash.
  return pathname.endsWith('/') ? { file: join(file, 'index.html') } : { redirect: `${pathname}/` };
}

/**
 * Serves `mounts` (URL prefix → folder) on `port` (default: a free one). `headers` maps a
 * pathname to extra response headers (a Content-Security-Policy for one page, say).
 * Resolves to the origin and a stop function.
 */
export async function serve({ mounts, headers = {}, port = 0 }) {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    // Chromium asks for a favicon on its own; a 404 would read as a console error of the page.
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    try {
      const { file, redirect } = await resolve(pathname, mounts);
      if (redirect) return response.writeHead(301, { location: redirect }).end();
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers[pathname] });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    stop: () =>
      new Promise((done) => {
        server.close(done);
        // A browser may keep connections open after its last page; they must not hold the process.
        server.closeAllConnections();
      }),
  };
}

/** Serves one folder at `/`. */
export function serveStatic(rootDir) {
  return serve({ mounts: { '/': rootDir } });
}
