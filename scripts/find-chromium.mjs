// Finds a Chromium for the tests; tools that download their own browser cannot here.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

/** Path of a Chromium executable, or a thrown error that says how to get one. */
export function findChromium() {
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found for the tests. Looked at: ' +
      CANDIDATES.join(', ') +
      '.\n' +
      'On Debian/Ubuntu as root: apt-get update && apt-get install -y chromium\n' +
      'Elsewhere: install Chrome or Chromium and set CHROME_PATH to its executable.',
  );
}

/** Flags that let Chromium run headless as root on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium());
