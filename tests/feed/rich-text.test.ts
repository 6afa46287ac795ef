import { expect } from '@open-wc/testing';
import { parseRichText, plainText, type RichText } from '../../src/feed/rich-text.js';

const allow = (url: string) => (url.startsWith('https:') ? url : undefined);
const text = (t: string) => ({ type: 'text', text: t });

describe('parseRichText (the markdown subset)', () => {
  const cases: Array<[string, string, RichText]> = [
    ['plain paragraphs', 'One\n\nTwo', [{ type: 'paragraph', children: [text('One')] }, { type: 'paragraph', children: [text('Two')] }] as RichText],
    ['a line break', 'a\nb', [{ type: 'paragraph', children: [text('a'), { type: 'break' }, text('b')] }] as RichText],
    ['strong and emphasis', '**bold** and *it* _too_', [{ type: 'paragraph', children: [
      { type: 'strong', children: [text('bold')] }, text(' and '), { type: 'em', children: [text('it')] }, text(' '), { type: 'em', children: [text('too')] },
    ] }] as RichText],
    ['an allowed link', 'see [site](https://example.org/)', [{ type: 'paragraph', children: [
      text('see '), { type: 'link', url: 'https://example.org/', children: [text('site')] },
    ] }] as RichText],
    ['a refused link keeps only its text', '[click](javascript:alert(1))', [{ type: 'paragraph', children: [text('click'), text(')')] }] as RichText],
    ['a bullet list', '- a\n- b', [{ type: 'list', ordered: false, items: [[text('a')], [text('b')]] }] as RichText],
    ['a numbered list', '1. a\n2. b', [{ type: 'list', ordered: true, items: [[text('a')], [text('b')]] }] as RichText],
    ['HTML stays text', '<img src=x onerror=alert(1)>', [{ type: 'paragraph', children: [text('<img src=x onerror=alert(1)>')] }] as RichText],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => expect(parseRichText(input, allow)).to.deep.equal(expected));
  }

  it('gives the plain text back for places without formatting', () => {
    expect(plainText(parseRichText('**A** [b](https://x.example/)\n\n- c\n- d', allow))).to.equal('A b\n\nc\nd');
  });
});
