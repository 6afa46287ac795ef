import { writeFile } from 'node:fs/promises';
import { isTimeZone } from '../feed/time.js';
import { defineCommand } from './command.js';
import { readInput } from './input.js';
import { countProblems, formatProblem, plural } from './output.js';
import { UserError } from './user-error.js';

const HELP = `Usage: seminar-agenda render <file|url> [-o FILE] [--lang LANG] [--time-zone ZONE] [--view VIEW] [--base-url URL]

Renders the program of a feed (format v1) to an HTML fragment: <seminar-agenda> with
declarative shadow DOM and the feed inline. Paste it into any static page or template:
the whole program reads without JavaScript, and the CDN bundle or the npm package takes
it over without fetching the feed again. Without -o the fragment goes to stdout.

Options:
  --lang LANG       UI language (da or en); default: the feed's language
  --time-zone ZONE  event (default), local or an IANA zone such as Europe/Copenhagen;
                    local is rendered in the event's zone until the browser knows the visitor's
  --view VIEW       list or grid
  --base-url URL    address of the page the fragment goes on; relative URLs in the feed
                    (portraits, logos) resolve against it, as they will in the browser
  -o, --output FILE write the fragment here
  -h, --help        show this help

Exit status: 0 rendered, 1 the feed cannot be shown (or read), 2 wrong usage.

Examples:
  seminar-agenda render feed.json -o program.html
  seminar-agenda render feed.json --lang en --base-url https://example.org/program/ > program.html`;

const OPTIONS = {
  lang: { type: 'string' },
  'time-zone': { type: 'string' },
  view: { type: 'string' },
  'base-url': { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const;

const VIEWS = ['list', 'grid'];

function checkOptions(timeZone?: string, view?: string, baseUrl?: string): void {
  if (timeZone !== undefined && timeZone !== 'event' && timeZone !== 'local' && !isTimeZone(timeZone))
    throw new UserError(`unknown time zone "${timeZone}"; use event, local or an IANA name such as Europe/Copenhagen`, 2);
  if (view !== undefined && !VIEWS.includes(view)) throw new UserError(`unknown view "${view}"; use ${VIEWS.join(' or ')}`, 2);
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) throw new UserError(`--base-url "${baseUrl}" is not an absolute URL`, 2);
}

export const render = defineCommand(HELP, OPTIONS, async ([source], values) => {
  if (!source) throw new UserError('render needs a file or URL (see seminar-agenda render --help)', 2);
  const { lang, view, output } = values;
  const timeZone = values['time-zone'];
  const baseUrl = values['base-url'];
  checkOptions(timeZone, view, baseUrl);
  const { text } = await readInput(source);
  // Lit's server renderer and its DOM shim load only for this command.
  const { renderAgenda } = await import('../ssr/index.js');
  const result = renderAgenda(text, { lang, timeZone, view, baseUrl });
  const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  for (const problem of problems) console.error(formatProblem(source, problem));
  if (!result.ok) throw new UserError(`${source}: ${countProblems(problems)}; the feed cannot be shown`);
  const fragment = `${result.html}\n`;
  if (output) await writeFile(output, fragment);
  else process.stdout.write(fragment);
  const { sessions, speakers } = result.model;
  const size = `${(Buffer.byteLength(fragment) / 1024).toFixed(1)} kB`;
  console.error(`${source} → ${output ?? 'stdout'}: ${plural(sessions.length, 'session')}, ${plural(speakers.length, 'speaker')}, ${size}`);
  return 0;
});
