// Command dispatch: each command module exports one Command (help text, typed options, run).
import type { Command } from './command.js';
import { convert } from './convert.js';
import { render } from './render.js';
import { schema } from './schema.js';
import { UserError } from './user-error.js';
import { validate } from './validate.js';

const COMMANDS: Record<string, Command> = { validate, convert, render, schema };

const HELP = `Usage: seminar-agenda <command> [options]

Commands:
  validate <file|url>   check a feed; problems with JSON path and line:column
  convert <file|url>    turn a pretalx/frab/c3voc or Sessionize export into a feed
  render <file|url>     render a feed's program to HTML that reads without JavaScript
  schema                print the feed's JSON Schema

Run seminar-agenda <command> --help for the options of a command.`;

async function dispatch([name, ...args]: string[]): Promise<number> {
  if (name === undefined) {
    console.error(HELP);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new UserError(`unknown command "${name}"; use ${Object.keys(COMMANDS).join(', ')} (see --help)`, 2);
  return command.invoke(args);
}

/** Runs the CLI and returns the exit status; user errors are one line on stderr. */
export async function run(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    console.error(`seminar-agenda: ${error.message}`);
    return error.exitCode;
  }
}
