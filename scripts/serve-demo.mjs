// Serves the repository so demo/index.html can load the CDN bundle and the seminar feed.
import { serve } from './static-server.mjs';

const server = await serve({ mounts: { '/': '.' }, port: Number(process.env.PORT ?? 8000) });
console.log(`\nThe seminar demo is served at ${server.origin}/demo/\nPress Ctrl+C to stop.`);
