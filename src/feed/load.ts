import { parseFeedText, type FailureKind, type ParseResult } from './parse.js';

function failure(kind: FailureKind, message: string): ParseResult {
  return { ok: false, kind, errors: [{ path: '', message, severity: 'error' }], warnings: [] };
}

/**
 * Fetches and parses a feed. Every failure (network, HTTP status, syntax,
 * validation) comes back as a result with problems; only an abort rejects.
 */
export async function loadFeed(url: string, signal?: AbortSignal): Promise<ParseResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    return failure('network', `could not be fetched from ${url} (${(error as Error).message})`);
  }
  if (!response.ok) return failure('http', `${url} answered HTTP ${response.status} ${response.statusText}`.trim());
  return parseFeedText(await response.text(), { baseUrl: response.url || url });
}
