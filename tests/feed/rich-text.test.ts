import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { parseRichText, plainText, type RichText } from '../../src/feed/rich-text.js';
import { renderRichText } from '../../src/internal/rich-text.js';

const allow = (url: string) => (url.startsWith('https:') ? url : undefined);
const text = (t: string) => ({ type: 'text', text: t });

describe('parseRichText (the markdown subset)', () => {
  const cases: Array<[string, string, RichText]> = [
    [
      'plain paragraphs',
      'One\n\nTwo',
      [
        { type: 'paragraph', children: [text('One')] },
        { type: 'paragraph', children: [text('Two')] },
      ] as RichText,
    ],
    ['a line break', 'a\nb', [{ type: 'paragraph', children: [text('a'), { type: 'break' }, text('b')] }] as RichText],
    [
      'strong and emphasis',
      '**bold** and *it* _too_',
      [
        {
          type: 'paragraph',
          children: [
            { type: 'strong', children: [text('bold')] },
            text(' and '),
            { type: 'em', children: [text('it')] },
            text(' '),
            { type: 'em', children: [text('too')] },
          ],
        },
      ] as RichText,
    ],
    [
      'an allowed link',
      'see [site](https://example.org/)',
      [
        { type: 'paragraph', children: [text('see '), { type: 'link', url: 'https://example.org/', children: [text('site')] }] },
      ] as RichText,
    ],
    [
      'a refused link keeps only its text',
      '[click](javascript:alert(1))',
      [{ type: 'paragraph', children: [text('click'), text(')')] }] as RichText,
    ],
    ['a bullet list', '- a\n- b', [{ type: 'list', ordered: false, items: [[text('a')], [text('b')]] }] as RichText],
    ['a numbered list', '1. a\n2. b', [{ type: 'list', ordered: true, items: [[text('a')], [text('b')]] }] as RichText],
    [
      'a heading opens a block',
      '# Background\n\nText',
      [
        { type: 'heading', children: [text('Background')] },
        { type: 'paragraph', children: [text('Text')] },
      ] as RichText,
    ],
    [
      '## and ### are the same heading; lines under one are a block of their own',
      '### **A**\n- b',
      [
        { type: 'heading', children: [{ type: 'strong', children: [text('A')] }] },
        { type: 'list', ordered: false, items: [[text('b')]] },
      ] as RichText,
    ],
    [
      '#### and a hashtag are text',
      '#### x\n#tag',
      [{ type: 'paragraph', children: [text('#### x'), { type: 'break' }, text('#tag')] }] as RichText,
    ],
    [
      'HTML stays text',
      '<img src=x onerror=alert(1)>',
      [{ type: 'paragraph', children: [text('<img src=x onerror=alert(1)>')] }] as RichText,
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => expect(parseRichText(input, allow)).to.deep.equal(expected));
  }

  it('gives the plain text back for places without formatting', () => {
    expect(plainText(parseRichText('# H\n\n**A** [b](https://x.example/)\n\n- c\n- d', allow))).to.equal('H\n\nA b\n\nc\nd');
  });

  it('renders a heading as role=heading at the level the caller gives, 3 by default', async () => {
    const blocks = parseRichText('# Background\n\nText', allow);
    const at = async (...level: [] | [number]) => {
      const el = await fixture(html`<div>${renderRichText(blocks, 'description', nothing, ...level)}</div>`);
      const heading = el.querySelector('[role="heading"]')!;
      return [heading.getAttribute('aria-level'), heading.textContent, heading.className];
    };
    expect(await at()).to.deep.equal(['3', 'Background', 'rich-heading']);
    expect(await at(2)).to.deep.equal(['2', 'Background', 'rich-heading']);
  });
});
