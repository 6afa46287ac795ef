/** The first match of a selector in an element's shadow root. */
export function inside<T extends Element = HTMLElement>(host: Element, selector: string): T | null {
  return host.shadowRoot!.querySelector<T>(selector);
}

/** Text of an element's shadow root and its nested shadow roots, flattened. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return parts.join('').replace(/\s+/g, ' ');
}

/** The text of every `[part="time"]` in a shadow root, without white space. */
export function timesIn(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[part="time"]')].map((t) => t.textContent!.replace(/\s/g, ''));
}
