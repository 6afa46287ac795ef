import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './user-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** What parseArgs gives for these options, typed from them (`--from` is a string, `--json` a boolean). */
type Values<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>['values'] & { help?: boolean };

/** A subcommand: runs on the arguments after its name (--help included). */
export interface Command {
  invoke(args: string[]): Promise<number>;
}

interface Parsed<O extends Options> {
  values: Values<O>;
  positionals: string[];
}

function parse<O extends Options>(args: string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args, allowPositionals: true, options: { ...options, ...HELP_OPTION } });
  } catch (error) {
    const { code, message } = error as { code?: unknown; message: string };
    if (String(code).startsWith('ERR_PARSE_ARGS')) throw new UserError(`${message} (see --help)`, 2);
    throw error;
  }
}

/** Builds a command whose `run` receives positionals and option values typed from `options`. */
export function defineCommand<const O extends Options>(
  help: string,
  options: O,
  run: (positionals: string[], values: Values<O>) => Promise<number>,
): Command {
  return {
    async invoke(args) {
      const { values, positionals } = parse(args, options);
      if (values.help) {
        console.log(help);
        return 0;
      }
      return run(positionals, values);
    },
  };
}
