import type { CSSResult } from 'lit';

/** Adds styles that came with a chunk to a host's shadow root, after the element's own. */
export function addStyles(host: HTMLElement, styles: CSSResult): void {
  const root = host.shadowRoot!;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
}
