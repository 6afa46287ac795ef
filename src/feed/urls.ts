import type { ProblemList } from './problem.js';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Resolves a feed URL against the feed's own URL and keeps it only when it is
 * http(s), mailto or tel, so a feed cannot smuggle `javascript:` into an href.
 */
export function safeUrl(value: string | undefined, path: string, problems: ProblemList, base?: string): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    problems.warn(path, `is not a valid URL${base ? '' : ' (relative URLs need the feed to be loaded from a URL)'}; left out`);
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    problems.warn(path, `uses "${url.protocol}", only http(s), mailto and tel links are allowed; left out`);
    return undefined;
  }
  return url.href;
}
