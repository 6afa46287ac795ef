import { decodeFeedText, type DecodeOptions } from './decode.js';
import { startIntl } from './time.js';
import { failed, type ParseFailure, type ParseResult } from './validate.js';

export interface FetchOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds, body included. Default 10 000. */
  timeoutMs?: number;
  /** Refuse bodies larger than this many bytes. Default 5 MB. */
  maxBytes?: number;
  /** ETag of the copy already shown; an unchanged feed then answers 304 and is not parsed again. */
  etag?: string;
}

export interface LoadOptions extends FetchOptions, Pick<DecodeOptions, 'format' | 'timeZone'> {}

export type LoadOutcome = { unchanged: true } | { unchanged: false; result: ParseResult; etag?: string; text?: string };

/** A fetched body, or why there is none. */
export type FetchOutcome =
  { status: 'unchanged' } | { status: 'fetched'; text: string; url: string; etag?: string } | { status: 'failed'; failure: ParseFailure };

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5_000_000;

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

function fetchFailure(kind: ParseFailure['kind'], message: string): FetchOutcome {
  return { status: 'failed', failure: failed(kind, message) };
}

/**
 * Fetches a body within a time and size limit. Every failure (network, timeout, HTTP
 * status, size) comes back as an outcome; only the caller's abort rejects.
 */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, etag } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetch(url, {
      signal: combined,
      // Exports may be XML (frab); feeds are JSON.
      headers: { accept: 'application/json, application/xml;q=0.9, */*;q=0.8', ...(etag ? { 'if-none-match': etag } : {}) },
    });
    if (response.status === 304) return { status: 'unchanged' };
    if (!response.ok) return fetchFailure('http', `${url} answered HTTP ${response.status} ${response.statusText}`.trim());
    const text = await readLimited(response, maxBytes);
    return { status: 'fetched', text, url: response.url || url, etag: response.headers.get('etag') ?? undefined };
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof TooLarge) return fetchFailure('too-large', `${url} is larger than the limit of ${maxBytes} bytes`);
    if (timeout.aborted) return fetchFailure('timeout', `${url} did not answer within ${timeoutMs / 1000} s`);
    return fetchFailure('network', `could not be fetched from ${url} (${(error as Error).message})`);
  }
}

/**
 * Fetches a feed, or an export in one of the importers' formats, and parses it. Every
 * failure comes back as a result with problems; only the caller's abort rejects.
 */
export async function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadOutcome> {
  const fetching = fetchText(url, options);
  // The checks of the feed need Intl: its start-up runs while the feed is on the network.
  setTimeout(startIntl);
  const fetched = await fetching;
  if (fetched.status === 'unchanged') return { unchanged: true };
  if (fetched.status === 'failed') return { unchanged: false, result: fetched.failure };
  const result = await decodeFeedText(fetched.text, { baseUrl: fetched.url, format: options.format, timeZone: options.timeZone });
  return { unchanged: false, result, etag: fetched.etag, text: fetched.text };
}
