import { writeFile } from 'node:fs/promises';
import { IMPORT_FORMATS, importFeed, type ImportedFeed } from '../feed/importers/index.js';
import { parseFeed } from '../feed/parse.js';
import { defineCommand } from './command.js';
import { readInput } from './input.js';
import { countProblems, formatProblem, plural } from './output.js';
import { UserError } from './user-error.js';

const HELP = `Usage: seminar-agenda convert <file|url> [--from FORMAT] [--time-zone ZONE] [--title TEXT] [-o feed.json]

Converts a schedule export into a feed (format v1). Whatever could not be mapped is
listed as a warning with its place in the export. Without -o the feed goes to stdout.

Options:
  --from FORMAT     auto (default), c3voc (schedule.json from pretalx or frab), frab-xml
                    (schedule.xml), sessionize (API "All data" JSON) or agenda (a feed)
  --time-zone ZONE  IANA time zone, e.g. Europe/Copenhagen; required for Sessionize,
                    overrides what a schedule declares
  --title TEXT      event title; Sessionize exports have none
  -o, --output FILE write the feed here
  -h, --help        show this help

Exit status: 0 converted, 1 the export cannot be converted, 2 wrong usage.

Examples:
  seminar-agenda convert schedule.json --from c3voc -o feed.json
  seminar-agenda convert schedule.xml --from frab-xml --time-zone Europe/Berlin -o feed.json
  seminar-agenda convert all.json --from sessionize --time-zone Australia/Melbourne --title "DDD Melbourne" -o feed.json`;

const OPTIONS = {
  from: { type: 'string', default: 'auto' },
  'time-zone': { type: 'string' },
  title: { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const;

const FORMATS = ['auto', ...IMPORT_FORMATS] as const;
type Format = (typeof FORMATS)[number];

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

function counts(feed: ImportedFeed): string {
  const distinct = (values: (string | undefined)[]) => new Set(values.filter(Boolean)).size;
  const days = distinct(feed.sessions.map((session) => session.start?.slice(0, 10)));
  const rooms = distinct(feed.sessions.map((session) => session.room));
  return `${plural(days, 'day')}, ${plural(rooms, 'room')}, ${plural(feed.sessions.length, 'session')}, ${plural(feed.speakers?.length ?? 0, 'speaker')}`;
}

/** The converted feed must pass the same check as any feed, or it is not written. */
function checkConverted(feed: ImportedFeed, source: string): void {
  const result = parseFeed(feed);
  if (result.ok) return;
  for (const problem of result.errors) console.error(formatProblem(`${source} (converted)`, problem));
  throw new UserError(`${source}: the converted feed is not valid (${plural(result.errors.length, 'error')})`);
}

export const convert = defineCommand(HELP, OPTIONS, async ([source], values) => {
  if (!source) throw new UserError('convert needs a file or URL (see seminar-agenda convert --help)', 2);
  if (!isFormat(values.from)) throw new UserError(`unknown format "${values.from}"; use one of ${FORMATS.join(', ')}`, 2);
  const { text } = await readInput(source);
  const { feed, problems } = await importFeed(text, { format: values.from, timeZone: values['time-zone'], title: values.title });
  for (const problem of problems) console.error(formatProblem(source, problem));
  if (!feed) throw new UserError(`${source}: cannot be converted (${countProblems(problems)})`);
  checkConverted(feed, source);
  const json = `${JSON.stringify(feed, null, 2)}\n`;
  if (values.output) await writeFile(values.output, json);
  else process.stdout.write(json);
  const notMapped = problems.length ? `; ${plural(problems.length, 'detail')} not mapped (listed above)` : '';
  console.error(`${source} → ${values.output ?? 'stdout'}: ${counts(feed)}${notMapped}`);
  return 0;
});
