import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { a11yFeed, agendaInNewYork } from './support.js';

// Chromium's own accessibility tree, as puppeteer reports it ("interesting" nodes only: it leaves
// out unnamed containers, lists included, so list semantics are checked on the DOM in
// tests/components/seminar-agenda.test.ts, "uses semantic markup: headings and ordered lists").

interface AxNode {
  role: string;
  name?: string;
  level?: number;
  children?: AxNode[];
}

/** The page's accessibility tree in reading order, one "role level: name" line per node. */
async function readingOrder(): Promise<string[]> {
  const lines: string[] = [];
  const walk = (node: AxNode) => {
    lines.push(`${node.role}${node.level ? ` ${node.level}` : ''}${node.name ? `: ${node.name}` : ''}`);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return lines;
}

/** The lines from the one that starts with `first` up to and including the one that starts with `last`. */
function between(lines: string[], first: string, last: string): string[] {
  const start = lines.findIndex((line) => line.startsWith(first));
  const end = lines.findIndex((line, index) => index > start && line.startsWith(last));
  expect([start, end], `${first} … ${last} in the tree`).to.satisfy(([s, e]: number[]) => s >= 0 && e > s);
  return lines.slice(start, end + 1);
}

const day = (date: string) => agendaInNewYork(a11yFeed(), date);
describe('the accessibility tree', () => {
  it('reads a session as time, heading, meta, speakers (buttons to their cards), then its disclosure, favourite star and actions button', async () => {
    await day('2025-05-20');
    const talk = between(await readingOrder(), 'StaticText: 03:00', 'button: Actions for Reading');
    expect(talk.filter((line) => !line.startsWith('StaticText: An abstract'))).to.deep.equal([
      'StaticText: 03:00',
      'StaticText: –',
      'StaticText: 03:30',
      'heading 5: Reading the program aloud',
      'button: Show more',
      'button: Ada Lovelace',
      'StaticText: , ',
      'StaticText: Analyst, Engines Ltd',
      'button: Add Reading the program aloud to my program',
      'button: Actions for Reading the program aloud',
    ]);
  });

  it('reads a panel: heading, kind, labelled questions, speakers with the TBC one, then the labelled moderator', async () => {
    await day('2025-05-21');
    expect(between(await readingOrder(), 'tabpanel', 'button: Actions for Panel')).to.deep.equal([
      'tabpanel: Wed 21 May',
      'heading 4: Wednesday, 21 May 2025',
      'StaticText: 04:00',
      'StaticText: –',
      'StaticText: 04:45',
      'heading 5: Panel on plain language',
      'StaticText: Panel debate',
      'StaticText: Questions for the debate',
      'StaticText: Who reads the fine print?',
      'StaticText: What does a screen reader say?',
      'button: Grace Hopper',
      'StaticText: , ',
      'StaticText: Rear admiral, US Navy',
      'button: To be confirmed',
      'StaticText: , ',
      'StaticText: Region North',
      // text-transform reaches the accessible name in Chromium: see docs/accessibility.md, limits.
      'StaticText: MODERATOR',
      'button: Ada Lovelace',
      'StaticText: , ',
      'StaticText: Analyst, Engines Ltd',
      'button: Add Panel on plain language to my program',
      'button: Actions for Panel on plain language',
    ]);
  });

  it('names a TBC speaker card "To be confirmed" with its organization and session, never an empty heading', async () => {
    await day('2025-05-21');
    expect(between(await readingOrder(), 'heading 4: To be confirmed', 'StaticText: Panel on plain language')).to.deep.equal([
      'heading 4: To be confirmed',
      'StaticText: Region North',
      'StaticText: Takes part in',
      'StaticText: Panel on plain language',
    ]);
  });

  it('gives the page one heading outline without skipped levels, each section a named region', async () => {
    await day('2025-05-21');
    const lines = await readingOrder();
    const headings = lines.filter((line) => line.startsWith('heading'));
    expect(headings).to.deep.equal([
      'heading 2: Access day',
      'heading 3: Program',
      'heading 4: Wednesday, 21 May 2025',
      'heading 5: Panel on plain language',
      'heading 3: Speakers',
      'heading 4: Ada Lovelace',
      'heading 4: Grace Hopper',
      'heading 4: To be confirmed',
      'heading 3: Organizers and sponsors',
      'heading 4: GOLD',
    ]);
    expect(lines.filter((line) => line.startsWith('region') || line === 'banner')).to.deep.equal([
      'banner',
      'region: Program',
      'region: Speakers',
      'region: Organizers and sponsors',
    ]);
    expect(
      lines.filter((line) => /^(button|tab|link)\b/.test(line) && !line.includes(': ')),
      'every control has a name',
    ).to.deep.equal([]);
  });
});
