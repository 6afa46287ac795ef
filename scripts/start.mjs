// `npm start`: builds the library step by step, saying what it does and how long each step took,
// then serves the seminar demo. The build takes about a minute on a 2-core machine.
import { spawnSync } from 'node:child_process';

const STEPS = [
  ['the npm modules and the CDN bundle (rollup, minified)', 'build:bundles'],
  ['the feed JSON Schema', 'build:schema'],
  ['the custom-elements manifest', 'build:manifest'],
];

console.log('Building seminar-agenda before serving the demo (about a minute on 2 cores).');
for (const [index, [what, script]] of STEPS.entries()) {
  const started = Date.now();
  console.log(`[${index + 1}/${STEPS.length}] ${what}…`);
  const run = spawnSync('npm', ['run', '--silent', script], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) {
    console.error(`npm start: building ${what} failed (npm run ${script}, exit ${run.status}).`);
    process.exit(run.status ?? 1);
  }
  console.log(`      done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
await import('./serve-demo.mjs');
