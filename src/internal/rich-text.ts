import { html, nothing, type TemplateResult } from 'lit';
import type { Inline, RichText } from '../feed/rich-text.js';

function renderInline(nodes: Inline[]): Array<TemplateResult | string> {
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

/** Feed text as Lit templates: every string stays text, so nothing in a feed becomes markup. */
export function renderRichText(blocks: RichText, part: string, lang: string | typeof nothing = nothing) {
  if (!blocks.length) return nothing;
  return html`<div part=${part} lang=${lang}>
    ${blocks.map((block) =>
      block.type === 'paragraph'
        ? html`<p>${renderInline(block.children)}</p>`
        : block.ordered
          ? html`<ol class="rich-list">${block.items.map((item) => html`<li>${renderInline(item)}</li>`)}</ol>`
          : html`<ul class="rich-list">${block.items.map((item) => html`<li>${renderInline(item)}</li>`)}</ul>`,
    )}
  </div>`;
}
