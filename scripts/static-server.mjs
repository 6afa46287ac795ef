// Serves a folder on 127.0.0.1 for the scripts that drive headless Chromium through built pages.
import { startDevServer } from '@web/dev-server';

/** Starts serving `rootDir` on a free port; resolves to its origin and a stop function. */
export async function serveStatic(rootDir) {
  const server = await startDevServer({
    config: {
      rootDir,
      hostname: '127.0.0.1',
      watch: false,
      // Chromium asks for a favicon on its own; a 404 would read as a console error of the page.
      middleware: [(context, next) => (context.path === '/favicon.ico' ? void (context.status = 204) : next())],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { origin: `http://127.0.0.1:${server.config.port}`, stop: () => server.stop() };
}
