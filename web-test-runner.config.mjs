import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { faultRoutes } from './tests/server/fault-routes.mjs';

/** Prints the plain "N passed, N failed" line CI reads, after wtr's own report. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const count = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) count.skipped += 1;
          else if (test.passed) count.passed += 1;
          else count.failed += 1;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) if (session.testResults) walk(session.testResults);
      const failedFiles = sessions.filter((s) => !s.passed && !s.testResults?.tests.length && !s.testResults?.suites.length).length;
      console.log(`\nbrowser: ${count.passed} passed, ${count.failed + failedFiles} failed, ${count.skipped} skipped`);
    },
  };
}

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  middleware: [faultRoutes],
  // One page at a time: a page in a background tab gets no requestAnimationFrame, so fixture()
  // and Lit updates there can stall until the test times out (modernweb-dev/web#2588).
  concurrency: 1,
  // a11ySnapshot() is not among wtr's default commands; tests/a11y reads Chromium's accessibility tree with it.
  plugins: [a11ySnapshotPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS } })],
  reporters: [defaultReporter(), countReporter()],
  // Generous: axe over the whole seminar takes seconds on a busy 2-core machine.
  testFramework: { config: { timeout: 15000 } },
  // Lit's dev build warns once per page that it is in dev mode; its other dev warnings stay visible.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
