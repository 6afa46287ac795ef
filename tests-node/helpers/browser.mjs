// Headless Debian Chromium through playwright-core: no browser download needed.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';

export function launch() {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/** Opens a page and records console errors and page errors for the test to assert on. */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(url);
  return { page, problems };
}
