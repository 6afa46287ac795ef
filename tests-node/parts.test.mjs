// Each element's ::part names are listed once, in src/internal/exported-parts.ts (the exportparts
// values the agenda and timeline forward them with). The @csspart docs in custom-elements.json and the table in
// docs/theming.md must name exactly the same parts; Storybook checks what stories render.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { elementsByTag as elements } from './helpers/manifest.mjs';
import {
  DAY_TABS_EXPORTS,
  GRID_EXPORTS,
  GRID_PARTS,
  SPEAKER_CARD_EXPORTS,
  SPEAKER_DIRECTORY_EXPORTS,
  SPONSOR_STRIP_EXPORTS,
  TIMELINE_EXPORTS,
} from '../dist/internal/exported-parts.js';

const names = (exportparts) => exportparts.split(', ');
const DAY_TABS_PARTS = names(DAY_TABS_EXPORTS);
// The grid's cells also carry the timeline's session parts (same templates); these are only its own.
const PROGRAM_GRID_PARTS = names(GRID_PARTS);
// The timeline's value ends with the day tabs' and the grid's parts it forwards.
const TIMELINE_PARTS = names(TIMELINE_EXPORTS).filter((part) => !DAY_TABS_PARTS.includes(part) && !PROGRAM_GRID_PARTS.includes(part));
const SPEAKER_CARD_PARTS = names(SPEAKER_CARD_EXPORTS);
const SPEAKER_DIRECTORY_PARTS = names(SPEAKER_DIRECTORY_EXPORTS);
const SPONSOR_STRIP_PARTS = names(SPONSOR_STRIP_EXPORTS);

const LISTS = {
  'seminar-day-tabs': DAY_TABS_PARTS,
  'seminar-program-grid': names(GRID_EXPORTS),
  'seminar-timeline': TIMELINE_PARTS,
  'seminar-speaker-card': SPEAKER_CARD_PARTS,
  'seminar-speaker-directory': SPEAKER_DIRECTORY_PARTS,
  'seminar-sponsor-strip': SPONSOR_STRIP_PARTS,
};
const sorted = (names) => [...names].sort();
const own = (tag) =>
  elements
    .get(tag)
    .cssParts.filter((part) => !part.description.startsWith('Forwarded'))
    .map((part) => part.name);

/** The parts table of docs/theming.md: element → part names (the first backticked word of each item). */
async function documentedParts() {
  const text = await readFile('docs/theming.md', 'utf8');
  const section = text.slice(text.indexOf('## Parts'), text.indexOf('\n## ', text.indexOf('## Parts') + 1));
  const rows = section.split('\n').filter((line) => /^\| `seminar-/.test(line));
  return new Map(
    rows.map((row) => {
      const [, element, parts] = row.split('|');
      return [element.match(/`([^`]+)`/)[1], parts.split(/,(?![^(]*\))/).map((item) => item.match(/`([^`]+)`/)[1])];
    }),
  );
}

for (const [tag, list] of Object.entries(LISTS)) {
  test(`${tag}: the @csspart docs name exactly the parts of exported-parts.ts`, () => {
    assert.deepEqual(sorted(own(tag)), sorted(list));
  });
}

test('the agenda and the timeline forward every part of the elements they render, each under one name', () => {
  const all = (tag) => elements.get(tag).cssParts.map((part) => part.name);
  assert.deepEqual(sorted(all('seminar-timeline')), sorted(names(TIMELINE_EXPORTS)));
  const agenda = all('seminar-agenda');
  assert.deepEqual(
    sorted(agenda),
    sorted([
      ...own('seminar-agenda'),
      ...TIMELINE_PARTS,
      ...DAY_TABS_PARTS,
      ...PROGRAM_GRID_PARTS,
      ...SPEAKER_CARD_PARTS,
      ...SPEAKER_DIRECTORY_PARTS,
      ...SPONSOR_STRIP_PARTS,
    ]),
  );
  assert.equal(new Set(agenda).size, agenda.length, 'a part name is used by two elements');
});

test("docs/theming.md's parts table names exactly each element's own parts", async () => {
  const documented = await documentedParts();
  assert.deepEqual(sorted(documented.keys()), sorted(elements.keys()));
  for (const tag of elements.keys()) assert.deepEqual(sorted(documented.get(tag)), sorted(own(tag)), tag);
});
