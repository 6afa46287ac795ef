#!/usr/bin/env node
// The package's CLI; the commands live in ./lib.
import { run } from './lib/cli.js';

process.exitCode = await run(process.argv.slice(2));
