/**
 * The markdown subset descriptions and bios may use: paragraphs, line breaks,
 * **strong**, *emphasis*, [links](https://…), "-" or "1." lists and "#" headings (one level:
 * "#", "##" and "###" all become the same heading). It parses to a
 * small tree that elements render as Lit templates, so no feed text ever becomes
 * HTML. A full markdown library would produce HTML strings needing a sanitizer,
 * and would weigh more than the rest of the feed code.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'link'; url: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

export type RichText = Block[];

/** Decides whether a link target may be kept; returns the URL to use or undefined. */
export type UrlPolicy = (url: string) => string | undefined;

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|_(.+?)_|\[([^\]]+)\]\(([^)\s]+)\)|\n/s;
const BULLET = /^\s*[-*]\s+/;
const NUMBER = /^\s*\d+[.)]\s+/;
const HEADING = /^#{1,3}[ \t]+(.*)(\r?\n|$)/;

function parseInline(text: string, policy: UrlPolicy): Inline[] {
  const match = INLINE.exec(text);
  if (!match) return text ? [{ type: 'text', text }] : [];
  const before: Inline[] = match.index ? [{ type: 'text', text: text.slice(0, match.index) }] : [];
  const rest = parseInline(text.slice(match.index + match[0].length), policy);
  const [whole, strong, em, underscore, label, url] = match;
  let node: Inline[];
  if (whole === '\n') node = [{ type: 'break' }];
  else if (strong !== undefined) node = [{ type: 'strong', children: parseInline(strong, policy) }];
  else if (label === undefined) node = [{ type: 'em', children: parseInline(em ?? underscore!, policy) }];
  else {
    const safe = policy(url!);
    const children = parseInline(label, policy);
    node = safe ? [{ type: 'link', url: safe, children }] : children;
  }
  return [...before, ...node, ...rest];
}

/** A heading line may open a block; the lines under it form a block of their own. */
function parseBlock(block: string, policy: UrlPolicy): Block[] {
  const heading = HEADING.exec(block);
  if (heading) {
    const rest = block.slice(heading[0].length).trim();
    return [{ type: 'heading', children: parseInline(heading[1]!.trim(), policy) }, ...(rest ? parseBlock(rest, policy) : [])];
  }
  const lines = block.split(/\r?\n/);
  for (const [marker, ordered] of [
    [BULLET, false],
    [NUMBER, true],
  ] as const) {
    if (lines.every((line) => marker.test(line))) {
      return [{ type: 'list', ordered, items: lines.map((line) => parseInline(line.replace(marker, ''), policy)) }];
    }
  }
  return [{ type: 'paragraph', children: parseInline(lines.map((line) => line.trim()).join('\n'), policy) }];
}

/** Parses a description or bio; a blank line starts a new block. */
export function parseRichText(text: string | undefined, policy: UrlPolicy): RichText {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .flatMap((block) => parseBlock(block, policy));
}

/** The plain text of rich text, for places that show no formatting. */
export function plainText(blocks: RichText): string {
  const inline = (nodes: Inline[]): string =>
    nodes.map((node) => ('text' in node ? node.text : node.type === 'break' ? '\n' : inline(node.children))).join('');
  return blocks.map((block) => (block.type === 'list' ? block.items.map(inline).join('\n') : inline(block.children))).join('\n\n');
}
