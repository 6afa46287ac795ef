// Screenshots of the demo seminar (demo/index.html with the CDN bundle) for the README: light and
// dark, each 1280, 768 and 360 px wide, full page. Written to docs/images/, or to the folder given
// as the first argument (docs/images/before/ keeps the set from before a redesign).
// Needs dist/cdn/seminar-agenda.js (`npx rollup -c`). With pngquant on the PATH the PNGs are reduced
// to a palette (about a third of the bytes; they ship in the repository and the npm package).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';

if (!existsSync('dist/cdn/seminar-agenda.js')) throw new Error('dist/cdn/seminar-agenda.js is missing: run `npx rollup -c` first.');

const THEMES = ['light', 'dark'];
const WIDTHS = [1280, 768, 360];
const folder = (process.argv[2] ?? 'docs/images').replace(/\/$/, '');
mkdirSync(folder, { recursive: true });

/** Quantizes a PNG in place with pngquant when it is installed; says what happened. */
function shrink(path) {
  const { error, status } = spawnSync('pngquant', ['--quality', '70-90', '--force', '--ext', '.png', path]);
  if (error) return ' (pngquant not found: kept at full colour)';
  return status === 0 ? ' (pngquant)' : ` (pngquant exit ${status}: kept at full colour)`;
}

const server = await serveStatic('.');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const theme of THEMES) {
  for (const width of WIDTHS) {
    // The event's own zone and language, so the page shows no time zone note and reads as on site.
    const page = await browser.newPage({
      viewport: { width, height: 800 },
      colorScheme: theme,
      timezoneId: 'Europe/Copenhagen',
      locale: 'da-DK',
    });
    await page.goto(`${server.origin}/demo/index.html`);
    await page.evaluate((value) => document.querySelector('seminar-agenda').setAttribute('theme', value), theme);
    await page.waitForFunction(() =>
      document
        .querySelector('seminar-agenda')
        ?.shadowRoot?.querySelector('seminar-sponsor-strip')
        ?.shadowRoot?.querySelector('[part="sponsor"]'),
    );
    await page.waitForLoadState('networkidle');
    const path = `${folder}/seminar-${theme}-${width}.png`;
    await page.screenshot({ path, fullPage: true });
    console.log(path + shrink(path));
    await page.close();
  }
}
await browser.close();
await server.stop();
