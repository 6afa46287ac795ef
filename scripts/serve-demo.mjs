// Serves the repository so demo/index.html can load the CDN bundle and the seminar feed.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = `http://127.0.0.1:${server.config.port}/demo/`;
console.log(`\nThe seminar demo is served at ${address}\nPress Ctrl+C to stop.`);
