/**
 * What a source looks like before it is read, told the same way by the element's decoder and by
 * the importers' format detection.
 */

/** frab's XML: markup with a `<schedule>` element; other markup (an HTML error page) is not. */
export function isFrabXml(text: string): boolean {
  return /^\s*<[\s\S]*<schedule[\s>]/.test(text);
}

/** Feeds name their version at the top; exports do not (c3voc nests its own under `schedule`). */
export function isFeed(value: unknown): boolean {
  return value !== null && typeof value === 'object' && 'version' in value;
}
