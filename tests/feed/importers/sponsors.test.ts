import { expect } from '@open-wc/testing';
import { describeProblem } from '../../../src/feed/index.js';
import { importSponsors, type SponsorEntry, type SponsorListOptions } from '../../../src/feed/importers/index.js';

const BASE = 'https://coscup.org/2023/json/sponsor.json';

/** An imported entry: fields the input lacks are present as undefined, like the other importers' output. */
const sponsor = (fields: Pick<SponsorEntry, 'id' | 'name'> & Partial<SponsorEntry>): SponsorEntry => ({
  tier: undefined,
  url: undefined,
  logo: undefined,
  description: undefined,
  ...fields,
});

const coscup = (fields: Record<string, unknown> = {}) => ({
  id: 'NewRelic',
  level: 'diamond',
  image: '/2023-static/images/sponsor/NewRelic.png',
  link: 'https://i.coscup.org/newrelic-2023',
  name: { en: 'New Relic', 'zh-TW': '紐瑞' },
  intro: { en: 'Observability.', 'zh-TW': '可觀測性。' },
  prepare: false,
  ...fields,
});

interface Case {
  name: string;
  input: unknown;
  options?: SponsorListOptions;
  sponsors: SponsorEntry[];
  problems: string[];
}

const CASES: Case[] = [
  {
    name: 'feed v1 entries in an array pass through, relative URLs resolved',
    input: [
      {
        id: 'acme',
        name: ' Acme ',
        tier: 'gold',
        url: 'https://acme.example/',
        logo: 'logos/acme.svg',
        description: 'Makes things.\n\nAnd more.',
      },
    ],
    options: { baseUrl: 'https://example.org/feeds/sponsors.json' },
    sponsors: [
      sponsor({
        id: 'acme',
        name: 'Acme',
        tier: 'gold',
        url: 'https://acme.example/',
        logo: 'https://example.org/feeds/logos/acme.svg',
        description: 'Makes things.\n\nAnd more.',
      }),
    ],
    problems: [],
  },
  {
    name: 'a whole feed v1: its sponsors, with paths under "sponsors"',
    input: { version: 1, event: { title: 'T', timeZone: 'UTC' }, sessions: [], sponsors: [{ id: 7, name: 'Seven' }, { id: 'x' }] },
    sponsors: [sponsor({ id: '7', name: 'Seven' })],
    problems: ['sponsors[1].name: missing; sponsor left out'],
  },
  {
    name: 'a COSCUP entry: level → tier, image → logo, link → url, intro → description; prepare ignored',
    input: [coscup()],
    options: { baseUrl: BASE },
    sponsors: [
      sponsor({
        id: 'NewRelic',
        name: 'New Relic',
        tier: 'diamond',
        url: 'https://i.coscup.org/newrelic-2023',
        logo: 'https://coscup.org/2023-static/images/sponsor/NewRelic.png',
        description: 'Observability.',
      }),
    ],
    problems: [],
  },
  {
    name: 'the exact language tag, in any case',
    input: [coscup()],
    options: { language: 'ZH-tw', baseUrl: BASE },
    sponsors: [
      sponsor({
        id: 'NewRelic',
        name: '紐瑞',
        tier: 'diamond',
        url: 'https://i.coscup.org/newrelic-2023',
        logo: 'https://coscup.org/2023-static/images/sponsor/NewRelic.png',
        description: '可觀測性。',
      }),
    ],
    problems: [],
  },
  {
    name: 'the same primary language, then English, then the first text; empty translations skipped',
    input: [
      { id: 'a', name: { en: 'A', 'zh-TW': '甲' } },
      { id: 'b', name: { 'zh-TW': '乙', en: 'B' } },
      { id: 'c', name: { ja: 'シー', 'zh-TW': '丙' } },
      { id: 'd', name: { zh: '', 'en-GB': 'D' } },
      { id: 'e', name: 'Plain' },
    ],
    options: { language: 'zh-Hant' },
    sponsors: [
      sponsor({ id: 'a', name: '甲' }),
      sponsor({ id: 'b', name: '乙' }),
      sponsor({ id: 'c', name: '丙' }),
      sponsor({ id: 'd', name: 'D' }),
      sponsor({ id: 'e', name: 'Plain' }),
    ],
    problems: [],
  },
  {
    name: 'without a language: English, else the first text',
    input: [
      { id: 'a', name: { 'zh-TW': '甲', en: 'A' } },
      { id: 'b', name: { ja: 'ビー', 'zh-TW': '乙' } },
    ],
    sponsors: [sponsor({ id: 'a', name: 'A' }), sponsor({ id: 'b', name: 'ビー' })],
    problems: [],
  },
  {
    name: 'a relative URL without a base URL is left out',
    input: [coscup()],
    sponsors: [
      sponsor({
        id: 'NewRelic',
        name: 'New Relic',
        tier: 'diamond',
        url: 'https://i.coscup.org/newrelic-2023',
        description: 'Observability.',
      }),
    ],
    problems: ['[0].image: "/2023-static/images/sponsor/NewRelic.png" is not a URL and the export has no base URL; left out'],
  },
  {
    name: 'a URL that cannot be parsed is left out',
    input: [{ id: 'a', name: 'A', link: 'http://[bad', image: 'a.png' }],
    options: { baseUrl: BASE },
    sponsors: [sponsor({ id: 'a', name: 'A', logo: 'https://coscup.org/2023/json/a.png' })],
    problems: ['[0].link: "http://[bad" is not a URL; left out'],
  },
  {
    name: 'no id: one from the name, in any script; no name: left out',
    input: [{ name: 'Open Culture Foundation!' }, { id: ' ', name: { 'zh-TW': '蘇度 科技' } }, { id: 'x', name: { en: '' } }, 'OCF', null],
    sponsors: [
      sponsor({ id: 'open-culture-foundation', name: 'Open Culture Foundation!' }),
      sponsor({ id: '蘇度-科技', name: '蘇度 科技' }),
    ],
    problems: [
      '[0].id: missing; using "open-culture-foundation" from the name',
      '[1].id: missing; using "蘇度-科技" from the name',
      '[2].name: missing; sponsor left out',
      '[3]: is not an object; sponsor left out',
      '[4]: is not an object; sponsor left out',
    ],
  },
  {
    name: 'repeated ids get -2, -3, also against ids made from names',
    input: [{ id: 'acme', name: 'Acme' }, { id: 'acme', name: 'Acme Labs' }, { name: 'Acme' }],
    sponsors: [
      sponsor({ id: 'acme', name: 'Acme' }),
      sponsor({ id: 'acme-2', name: 'Acme Labs' }),
      sponsor({ id: 'acme-3', name: 'Acme' }),
    ],
    problems: [
      '[1].id: repeats the id "acme"; imported as "acme-2"',
      '[2].id: missing; using "acme" from the name',
      '[2].id: repeats the id "acme"; imported as "acme-3"',
    ],
  },
  {
    name: 'an intro keeps its first paragraph; one whose first paragraph is too long is left out, not cut',
    input: [
      { id: 'a', name: 'A', intro: '\r\n  First line.  \r\n\r\nSecond paragraph.' },
      { id: 'b', name: 'B', intro: { en: `${'x'.repeat(1001)}\nShort.`, 'zh-TW': '短。' } },
      { id: 'c', name: 'C', intro: 'y'.repeat(1000) },
      { id: 'd', name: 'D', intro: { en: '', 'zh-TW': '' } },
    ],
    options: { language: 'en' },
    sponsors: [
      sponsor({ id: 'a', name: 'A', description: 'First line.' }),
      sponsor({ id: 'b', name: 'B' }),
      sponsor({ id: 'c', name: 'C', description: 'y'.repeat(1000) }),
      sponsor({ id: 'd', name: 'D' }),
    ],
    problems: ['[1].intro.en: first paragraph is 1001 characters, more than 1000; description left out'],
  },
  {
    name: 'extra keys: text a strip could show is reported, flags and numbers are not',
    input: {
      sponsors: [coscup({ slogan: { en: 'Observe everything' }, booth: 'B12', prepare: true, order: 3, extra: { visible: true } })],
    },
    options: { baseUrl: BASE },
    sponsors: [
      sponsor({
        id: 'NewRelic',
        name: 'New Relic',
        tier: 'diamond',
        url: 'https://i.coscup.org/newrelic-2023',
        logo: 'https://coscup.org/2023-static/images/sponsor/NewRelic.png',
        description: 'Observability.',
      }),
    ],
    problems: [
      'sponsors[0].slogan: not imported: feed v1 sponsors have no such field',
      'sponsors[0].booth: not imported: feed v1 sponsors have no such field',
    ],
  },
  {
    name: 'an empty list is no problem',
    input: [],
    sponsors: [],
    problems: [],
  },
];

const NOT_LISTS: unknown[] = [null, undefined, 42, 'sponsors', {}, { sponsors: { acme: {} } }, { version: 1, event: {}, sessions: [] }];

describe('importSponsors', () => {
  for (const { name, input, options, sponsors, problems } of CASES) {
    it(name, () => {
      const result = importSponsors(input, options);
      expect(result.sponsors).to.deep.equal(sponsors);
      expect(result.problems.map(describeProblem)).to.deep.equal(problems);
      expect(result.problems.every((problem) => problem.severity === 'warning')).to.equal(true);
    });
  }

  NOT_LISTS.forEach((input) => {
    it(`an error, not an exception, for ${JSON.stringify(input)}`, () => {
      expect(importSponsors(input)).to.deep.equal({
        problems: [
          {
            path: '',
            severity: 'error',
            message: 'is not a sponsor list: expected an array of sponsors, or an object with a "sponsors" array',
          },
        ],
      });
    });
  });
});
