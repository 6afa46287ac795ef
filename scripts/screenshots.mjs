// Screenshots of the demo seminar (demo/index.html with the CDN bundle) for the README:
// light, dark and the hospital-blue brand theme, each 320 and 1280 px wide, full page, in docs/images/.
// Needs dist/cdn/seminar-agenda.js (`npx rollup -c`).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serveStatic } from './static-server.mjs';

if (!existsSync('dist/cdn/seminar-agenda.js')) throw new Error('dist/cdn/seminar-agenda.js is missing: run `npx rollup -c` first.');

const THEMES = {
  light: { colorScheme: 'light', theme: 'light' },
  dark: { colorScheme: 'dark', theme: 'dark' },
  'hospital-blue': { colorScheme: 'light', brand: 'hospital-blue' },
};
const WIDTHS = [320, 1280];

/** Applies a theme to the demo's agenda and waits until its program and sponsors are drawn. */
function applyTheme({ theme, brand }) {
  const agenda = document.querySelector('seminar-agenda');
  if (theme) agenda.setAttribute('theme', theme);
  if (brand) {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `./themes/${brand}.css` });
    document.head.append(link);
    agenda.classList.add(`seminar-theme-${brand}`);
    return new Promise((resolve) => link.addEventListener('load', resolve));
  }
}

const server = await serveStatic('.');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const [name, options] of Object.entries(THEMES)) {
  for (const width of WIDTHS) {
    // The event's own zone and language, so the page shows no time zone note and reads as on site.
    const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: options.colorScheme, timezoneId: 'Europe/Copenhagen', locale: 'da-DK' });
    await page.goto(`${server.origin}/demo/index.html`);
    await page.evaluate(applyTheme, options);
    await page.waitForFunction(() => document.querySelector('seminar-agenda')?.shadowRoot?.querySelector('seminar-sponsor-strip')
      ?.shadowRoot?.querySelector('[part="sponsor"]'));
    await page.waitForLoadState('networkidle');
    const path = `docs/images/seminar-${name}-${width}.png`;
    await page.screenshot({ path, fullPage: true });
    console.log(path);
    await page.close();
  }
}
await browser.close();
await server.stop();
