// Command dispatch: each command module exports help, options (node:util parseArgs) and run.
import { parseArgs } from 'node:util';
import * as convert from './convert.js';
import { UserError } from './input.js';
import * as schema from './schema.js';
import * as validate from './validate.js';

const COMMANDS = { validate, convert, schema };

const HELP = `Usage: seminar-agenda <command> [options]

Commands:
  validate <file|url>   check a feed; problems with JSON path and line:column
  convert <file|url>    turn a pretalx/frab/c3voc or Sessionize export into a feed
  schema                print the feed's JSON Schema

Run seminar-agenda <command> --help for the options of a command.`;

function parse(command, args) {
  try {
    return parseArgs({ args, allowPositionals: true, options: { ...command.options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    if (String(error.code).startsWith('ERR_PARSE_ARGS')) throw new UserError(`${error.message} (see --help)`, 2);
    throw error;
  }
}

async function dispatch([name, ...args]) {
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) {
      console.error(HELP);
      return 2;
    }
    console.log(HELP);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) throw new UserError(`unknown command "${name}"; use ${Object.keys(COMMANDS).join(', ')} (see --help)`, 2);
  const { values, positionals } = parse(command, args);
  if (values.help) {
    console.log(command.help);
    return 0;
  }
  return command.run(positionals, values);
}

/** Runs the CLI and returns the exit status; user errors are one line on stderr. */
export async function run(argv) {
  try {
    return await dispatch(argv);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    console.error(`seminar-agenda: ${error.message}`);
    return error.exitCode;
  }
}
