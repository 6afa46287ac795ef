import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Inline, RichText } from '../feed/rich-text.js';

/** Plain text as one string, anything else a template per node: most feed text is plain, and a string costs no parts. */
function renderInline(nodes: Inline[]): Array<TemplateResult | string> | string {
  if (nodes.every((node) => node.type === 'text')) return nodes.map((node) => node.text).join('');
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'break':
        return html`<br />`;
      case 'strong':
        return html`<strong>${renderInline(node.children)}</strong>`;
      case 'em':
        return html`<em>${renderInline(node.children)}</em>`;
      case 'link':
        return html`<a href=${node.url} rel="noopener noreferrer" target="_blank">${renderInline(node.children)}</a>`;
    }
  });
}

function renderBlock(block: Block, headingLevel: number) {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${renderInline(block.children)}</p>`;
    case 'heading':
      return html`<p role="heading" aria-level=${headingLevel} class="rich-heading">${renderInline(block.children)}</p>`;
    case 'list': {
      const items = block.items.map((item) => html`<li>${renderInline(item)}</li>`);
      return block.ordered ? html`<ol class="rich-list">${items}</ol>` : html`<ul class="rich-list">${items}</ul>`;
    }
  }
}

/**
 * Feed text as Lit templates: every string stays text, so nothing in a feed becomes markup.
 * Headings get `headingLevel`, one below the heading the text sits under.
 */
export function renderRichText(blocks: RichText, part: string, lang: string | typeof nothing = nothing, headingLevel = 3) {
  if (!blocks.length) return nothing;
  const rendered = blocks.length === 1 ? renderBlock(blocks[0]!, headingLevel) : blocks.map((block) => renderBlock(block, headingLevel));
  return html`<div part=${part} lang=${lang}>${rendered}</div>`;
}
