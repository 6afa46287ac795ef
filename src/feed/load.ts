import { parseFeedText, type FailureKind, type ParseResult } from './parse.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds, body included. Default 10 000. */
  timeoutMs?: number;
  /** Refuse bodies larger than this many bytes. Default 5 MB. */
  maxBytes?: number;
  /** ETag of the copy already shown; an unchanged feed then answers 304 and is not parsed again. */
  etag?: string;
}

export type LoadOutcome =
  | { unchanged: true }
  | { unchanged: false; result: ParseResult; etag?: string; text?: string };

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5_000_000;

function failure(kind: FailureKind, message: string): LoadOutcome {
  return { unchanged: false, result: { ok: false, kind, errors: [{ path: '', message, severity: 'error' }], warnings: [] } };
}

class TooLarge extends Error {}

/** Reads the body as text, stopping as soon as it passes the limit instead of buffering it all. */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new TooLarge();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches and parses a feed. Every failure (network, timeout, HTTP status, size,
 * syntax, validation) comes back as a result with problems; only the caller's abort rejects.
 */
export async function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadOutcome> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, etag } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetch(url, {
      signal: combined,
      headers: { accept: 'application/json', ...(etag ? { 'if-none-match': etag } : {}) },
    });
    if (response.status === 304) return { unchanged: true };
    if (!response.ok) return failure('http', `${url} answered HTTP ${response.status} ${response.statusText}`.trim());
    const text = await readLimited(response, maxBytes);
    const result = parseFeedText(text, { baseUrl: response.url || url });
    return { unchanged: false, result, etag: response.headers.get('etag') ?? undefined, text };
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof TooLarge) return failure('too-large', `${url} is larger than the limit of ${maxBytes} bytes`);
    if (timeout.aborted) return failure('timeout', `${url} did not answer within ${timeoutMs / 1000} s`);
    return failure('network', `could not be fetched from ${url} (${(error as Error).message})`);
  }
}
