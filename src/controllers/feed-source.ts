import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { AgendaModel } from '../feed/model.js';
import { decodeFeedText, parseFeedOnUse, type SourceFormat } from '../feed/decode.js';
import { loadFeed, type FetchOptions, type LoadOutcome } from '../feed/load.js';
import type { FailureKind, ParseResult } from '../feed/validate.js';
import type { FeedProblem } from '../feed/problem.js';
import { loadOnUse } from '../feed/on-use.js';
import { shareInFlight } from '../feed/in-flight.js';
import { readCachedFeed, writeCachedFeedWhenIdle, type CachedFeed } from '../internal/feed-cache.js';
import { serverModels } from '../internal/server-models.js';

/** What the host element asks for; read on every update. */
export interface FeedRequest {
  feed: unknown;
  /** Absolute URL. */
  url?: string;
  inline?: string;
  /** How `url` and `inline` are read: a feed, an export format, or recognised. */
  format: SourceFormat;
  /** Event zone for exports that carry none. */
  timeZone?: string;
  /** Absolute URL of a separate sponsor list. */
  sponsorsUrl?: string;
  timeoutMs: number;
  maxBytes: number;
  /** Seconds between re-fetches of `url`; 0 turns refreshing off. */
  refreshSeconds: number;
  /** Keep the last valid feed in localStorage. */
  store: boolean;
}

export interface FeedFailure {
  kind: FailureKind;
  url?: string;
  problems: FeedProblem[];
}

/** The separate sponsor list laid over a parsed program. */
type AddSponsors = (result: ParseResult) => ParseResult;

export type FeedReport =
  | { type: 'load'; model: AgendaModel; warnings: FeedProblem[]; url?: string; unchecked?: unknown }
  | { type: 'error'; failure: FeedFailure; warnings: FeedProblem[] };

/**
 * Loads the feed for `<seminar-agenda>` and keeps the last good program: a failed
 * load or refresh leaves the shown model in place (restoring it from storage after
 * a reload) and only records the failure. Re-fetches send If-None-Match, so an
 * unchanged feed costs no parse and no render. A load starts when the request's
 * inputs change and aborts the one before; @lit/task did the same for 0.5 kB gzip
 * more in the CDN bundle.
 */
export class FeedSource implements ReactiveController {
  model?: AgendaModel;
  failure?: FeedFailure;
  /** When the shown model was fetched (epoch ms); set for URL feeds. */
  fetchedAt?: number;

  #etag?: string;
  /** The accepted feed not yet kept in localStorage; kept once the host shows it. */
  #unsaved?: { url: string; feed: CachedFeed };
  /** The inputs of the last load started; a change starts another. */
  #inputs: unknown[] = [];
  #running?: AbortController;
  #interrupted = false;
  #timer?: ReturnType<typeof setInterval>;
  #timerKey = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly request: () => FeedRequest,
    private readonly report: (report: FeedReport) => void,
  ) {
    host.addController(this);
  }

  /** True while the first load is under way and nothing is shown yet. */
  get loading(): boolean {
    return this.model === undefined && this.failure === undefined && this.#running !== undefined;
  }

  hostConnected(): void {
    // A server render parsed the feed beforehand; nothing is fetched, stored or timed there.
    if (isServer) return void (this.model = serverModels.get(this.host));
    // A load aborted by an earlier disconnect would otherwise never finish.
    if (this.#interrupted) void this.#run();
    this.#interrupted = false;
    this.#syncTimer();
  }

  hostUpdate(): void {
    const { feed, url, inline, format, timeZone, sponsorsUrl, timeoutMs, maxBytes } = this.request();
    const inputs = [feed, url, inline, format, timeZone, sponsorsUrl, timeoutMs, maxBytes];
    if (inputs.every((value, index) => value === this.#inputs[index])) return;
    this.#inputs = inputs;
    void this.#run();
  }

  hostUpdated(): void {
    this.#syncTimer();
  }

  hostDisconnected(): void {
    this.#interrupted = this.#running !== undefined;
    this.#running?.abort();
    this.#running = undefined;
    this.#stopTimer();
  }

  /** Loads the current request, superseding any load still under way. */
  async #run(): Promise<void> {
    this.#running?.abort();
    const running = (this.#running = new AbortController());
    let outcome: LoadOutcome | undefined;
    try {
      outcome = await this.#fetch(running.signal);
    } catch (error) {
      // Only an abort rejects, and an aborted load was superseded or its host removed.
      if (running.signal.aborted) return;
      throw error;
    } finally {
      if (this.#running === running) this.#running = undefined;
    }
    if (running.signal.aborted) return;
    const report = await this.#settle(outcome);
    this.host.requestUpdate();
    // Reported once the host shows the new state, so listeners see what the event describes;
    // the copy for storage waits until then too, so it never delays the first screen.
    void this.host.updateComplete.then(() => {
      if (report) this.report(report);
      this.#saveWhenIdle();
    });
  }

  #saveWhenIdle(): void {
    if (this.#unsaved) writeCachedFeedWhenIdle(this.#unsaved.url, this.#unsaved.feed);
    this.#unsaved = undefined;
  }

  /** Runs one refresh timer for the current URL and interval, none without them. */
  #syncTimer(): void {
    const { url, refreshSeconds } = this.request();
    const key = url && refreshSeconds > 0 ? `${url} ${refreshSeconds}` : '';
    if (key === this.#timerKey && (this.#timer || !key)) return;
    this.#stopTimer();
    this.#timerKey = key;
    if (key) this.#timer = setInterval(() => void this.#run(), refreshSeconds * 1000);
  }

  #stopTimer(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /**
   * Loads the request; a URL load is shared with every agenda on the page that asks for the same
   * feed (and shows the same copy of it, for a refresh) while it is under way.
   */
  #fetch(signal: AbortSignal): Promise<LoadOutcome | undefined> {
    const { feed, url, format, timeZone, sponsorsUrl, maxBytes } = this.request();
    if (feed !== undefined || !url) return this.#load(signal);
    const key = JSON.stringify([url, format, timeZone, sponsorsUrl, maxBytes, this.#shownEtag()]);
    return shareInFlight(key, (shared) => this.#load(shared), signal);
  }

  /** The program and, beside it, the separate sponsor list, fetched at the same time. */
  async #load(signal: AbortSignal): Promise<LoadOutcome | undefined> {
    const { sponsorsUrl, timeoutMs, maxBytes } = this.request();
    const [outcome, sponsors] = await Promise.all([
      this.#fetchProgram(signal),
      sponsorsUrl ? fetchSponsors(sponsorsUrl, { signal, timeoutMs, maxBytes }) : undefined,
    ]);
    if (!sponsors || !outcome || outcome.unchanged) return outcome;
    return { ...outcome, result: sponsors(outcome.result) };
  }

  async #fetchProgram(signal: AbortSignal): Promise<LoadOutcome | undefined> {
    const { feed, url, inline, format, timeZone, timeoutMs, maxBytes } = this.request();
    if (feed !== undefined) {
      return { unchanged: false, result: await parseFeedOnUse(feed) };
    }
    if (url) return loadFeed(url, { signal, timeoutMs, maxBytes, format, timeZone, etag: this.#shownEtag() });
    if (inline !== undefined)
      return { unchanged: false, result: await decodeFeedText(inline, { baseUrl: document.baseURI, format, timeZone }) };
    return undefined;
  }

  /** The ETag of the copy shown, so an unchanged feed answers 304. */
  #shownEtag(): string | undefined {
    return this.model ? this.#etag : undefined;
  }

  /** Takes in a finished load; returns what to report, nothing for an unchanged feed. */
  async #settle(outcome: LoadOutcome | undefined): Promise<FeedReport | undefined> {
    if (!outcome) return undefined;
    const { url, feed, store } = this.request();
    const fromUrl = feed === undefined ? url : undefined;
    if (outcome.unchanged) {
      this.failure = undefined;
      return undefined;
    }
    if (!outcome.result.ok) return this.#reject(outcome.result, fromUrl, store);
    this.#accept(outcome.result, fromUrl, Date.now());
    if (fromUrl && store && outcome.text)
      this.#unsaved = { url: fromUrl, feed: { text: outcome.text, etag: outcome.etag, fetchedAt: this.fetchedAt! } };
    this.#etag = outcome.etag;
    const { model, warnings, unchecked } = outcome.result;
    return { type: 'load', model, warnings, url: fromUrl, unchecked };
  }

  #accept(result: ParseResult & { ok: true }, url: string | undefined, fetchedAt: number | undefined): void {
    this.model = result.model;
    this.failure = undefined;
    this.fetchedAt = url ? fetchedAt : undefined;
  }

  async #reject(result: ParseResult & { ok: false }, url: string | undefined, store: boolean): Promise<FeedReport> {
    this.failure = { kind: result.kind, url, problems: result.errors };
    if (!this.model && url && store) await this.#restore(url);
    return { type: 'error', failure: this.failure, warnings: result.warnings };
  }

  /** After a failed first load, shows the last good copy of this URL, if any. */
  async #restore(url: string): Promise<void> {
    const { format, timeZone } = this.request();
    const cached = readCachedFeed(url);
    const result = cached && (await decodeFeedText(cached.text, { baseUrl: url, format, timeZone }));
    if (!result?.ok) return;
    const failure = this.failure;
    this.#accept(result, url, cached!.fetchedAt);
    this.#etag = cached!.etag;
    this.failure = failure;
  }
}

/**
 * Reads a separate sponsor list with a module only pages with `sponsors-src` load, fetched
 * beside the program. A module that cannot be loaded costs the sponsors, never the program.
 */
function fetchSponsors(url: string, options: FetchOptions): Promise<AddSponsors> {
  return loadOnUse(
    () => import('../feed/sponsor-list.js'),
    async (lists) => {
      const list = await lists.loadSponsorList(url, options);
      return (result) => lists.addSponsorList(result, list);
    },
    (reason) => {
      const problem = {
        path: 'sponsors-src',
        message: `the sponsor importer could not be loaded (${reason})`,
        severity: 'warning',
      } as const;
      return (result) => (result.ok ? { ...result, warnings: [...result.warnings, problem] } : result);
    },
  );
}
