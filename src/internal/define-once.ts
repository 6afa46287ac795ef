import { VERSION } from './version.js';

const skipped: string[] = [];

function warnSkipped(winner: string): void {
  const tags = skipped
    .splice(0)
    .map((tag) => `<${tag}>`)
    .join(', ');
  console.warn(`[seminar-agenda] ${tags} already defined by version ${winner}; version ${VERSION} was skipped.`);
}

/**
 * Registers a tag unless some copy of the library already did: with a CDN bundle
 * and an npm build on one page the first definition wins, and one warning per
 * skipped copy names its version instead of a thrown NotSupportedError.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  // The define modules run back to back; one microtask later every skipped tag is known.
  if (skipped.push(tag) === 1) {
    const winner = (existing as { version?: string }).version ?? 'unknown';
    queueMicrotask(() => warnSkipped(winner));
  }
}
