/** The `seminar-agenda` command: bin/seminar-agenda.js only imports this module. */
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2));
