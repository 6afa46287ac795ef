import { VERSION } from './version.js';

/**
 * Registers a tag unless some copy of the library already did: with a CDN bundle
 * and an npm build on one page the first definition wins, and one warning says
 * which version was skipped instead of a thrown NotSupportedError.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  const winner = (existing as { version?: string }).version ?? 'unknown';
  console.warn(`[seminar-agenda] <${tag}> is already defined by version ${winner}; version ${VERSION} was skipped.`);
}
