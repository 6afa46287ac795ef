import type { AgendaModel } from '../feed/model.js';
import { parseFeed } from '../feed/parse.js';
import { defineCommand } from './command.js';
import { readInput } from './input.js';
import { JsonSyntaxError, lineColumn, locateValues, offsetOf } from './json-locate.js';
import { countProblems, formatProblem, plural, type PlacedProblem } from './output.js';
import { UserError } from './user-error.js';

const HELP = `Usage: seminar-agenda validate <file|url> [--json]

Checks a feed (format v1) and prints every problem with its JSON path and its
line:column in the file. Warnings (a detail is left out) do not fail the check.

Options:
  --json      print one JSON object instead:
              { "source", "valid", "problems": [{ "severity", "path", "message", "line", "column" }] }
  -h, --help  show this help

Exit status: 0 the feed can be shown, 1 it cannot (or the input cannot be read), 2 wrong usage.

Examples:
  seminar-agenda validate feed.json
  seminar-agenda validate https://example.org/feed.json --json`;

// Relative URLs are valid in a feed (they resolve against where it is served); a local
// file has no such address, so check them as if it were served from the web.
const LOCAL_BASE = 'https://localhost/feed.json';

interface Report {
  valid: boolean;
  problems: PlacedProblem[];
  model?: AgendaModel;
}

function syntaxReport(text: string, error: JsonSyntaxError): Report {
  const problem: PlacedProblem = { severity: 'error', path: '', message: `is not valid JSON: ${error.message}` };
  return { valid: false, problems: [{ ...problem, ...lineColumn(text, error.offset) }] };
}

/** Each problem placed at a line and column of the text; the text is parsed once, here. */
function checkFeed(text: string, baseUrl = LOCAL_BASE): Report {
  let offsets: Map<string, number>;
  try {
    offsets = locateValues(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return syntaxReport(text, error);
    throw error;
  }
  const result = parseFeed(JSON.parse(text), { baseUrl });
  const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
  const placed = problems.map((problem) => ({ ...problem, ...lineColumn(text, offsetOf(offsets, problem.path)) }));
  return { valid: result.ok, problems: placed, model: result.ok ? result.model : undefined };
}

function summary(source: string, { valid, problems, model }: Report): string {
  if (!valid || !model) return `${source}: ${countProblems(problems)}; the feed cannot be shown`;
  const warnings = problems.length ? `, ${plural(problems.length, 'warning')}` : '';
  return `${source}: valid (${plural(model.sessions.length, 'session')}, ${plural(model.speakers.length, 'speaker')}${warnings})`;
}

export const validate = defineCommand(HELP, { json: { type: 'boolean' } }, async ([source], values) => {
  if (!source) throw new UserError('validate needs a file or URL (see seminar-agenda validate --help)', 2);
  const { text, baseUrl } = await readInput(source);
  const report = checkFeed(text, baseUrl);
  if (values.json) {
    console.log(JSON.stringify({ source, valid: report.valid, problems: report.problems }, null, 2));
  } else {
    for (const problem of report.problems) console.log(formatProblem(source, problem));
    console.log(summary(source, report));
  }
  return report.valid ? 0 : 1;
});
