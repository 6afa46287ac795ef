import { parseFeed } from '../../dist/feed/index.js';
import { readInput, UserError } from './input.js';
import { JsonSyntaxError, lineColumn, locateValues, offsetOf } from './json-locate.js';
import { countProblems, formatProblem, plural } from './output.js';

export const help = `Usage: seminar-agenda validate <file|url> [--json]

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

export const options = { json: { type: 'boolean' } };

// Relative URLs are valid in a feed (they resolve against where it is served); a local
// file has no such address, so check them as if it were served from the web.
const LOCAL_BASE = 'https://localhost/feed.json';

function syntaxReport(text, error) {
  const problem = { severity: 'error', path: '', message: `is not valid JSON: ${error.message}` };
  return { valid: false, problems: [{ ...problem, ...lineColumn(text, error.offset) }] };
}

/** `{ valid, problems, model? }` with each problem placed at a line and column of the text. */
function checkFeed(text, baseUrl = LOCAL_BASE) {
  let offsets;
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

function summary(source, report) {
  if (!report.valid) return `${source}: ${countProblems(report.problems)}; the feed cannot be shown`;
  const { sessions, speakers } = report.model;
  const warnings = report.problems.length ? `, ${plural(report.problems.length, 'warning')}` : '';
  return `${source}: valid (${plural(sessions.length, 'session')}, ${plural(speakers.length, 'speaker')}${warnings})`;
}

export async function run([source], values) {
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
}
