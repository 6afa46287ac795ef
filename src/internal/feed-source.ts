import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { AgendaModel } from '../feed/model.js';
import { loadFeed, type LoadOutcome } from '../feed/load.js';
import { parseFeed, parseFeedText, type FailureKind, type ParseResult } from '../feed/parse.js';
import type { FeedProblem } from '../feed/problem.js';
import { readCachedFeed, writeCachedFeed } from './feed-cache.js';

/** What the host element asks for; read on every update. */
export interface FeedRequest {
  feed: unknown;
  /** Absolute URL. */
  url?: string;
  inline?: string;
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

export type FeedReport =
  | { type: 'load'; model: AgendaModel; warnings: FeedProblem[]; url?: string }
  | { type: 'error'; failure: FeedFailure; warnings: FeedProblem[] };

/**
 * Loads the feed for `<seminar-agenda>` and keeps the last good program: a failed
 * load or refresh leaves the shown model in place (restoring it from storage after
 * a reload) and only records the failure. Re-fetches send If-None-Match, so an
 * unchanged feed costs no parse and no render.
 */
export class FeedSource implements ReactiveController {
  model?: AgendaModel;
  failure?: FeedFailure;
  /** When the shown model was fetched (epoch ms); set for URL feeds. */
  fetchedAt?: number;

  private etag?: string;
  private interrupted = false;
  private timer?: ReturnType<typeof setInterval>;
  private timerKey = '';
  private readonly task: Task<readonly [unknown, string | undefined, string | undefined, number, number], LoadOutcome | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly request: () => FeedRequest,
    private readonly report: (report: FeedReport) => void,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: (args, { signal }) => this.fetch(...args, signal),
      args: () => {
        const { feed, url, inline, timeoutMs, maxBytes } = this.request();
        return [feed, url, inline, timeoutMs, maxBytes] as const;
      },
      onComplete: (outcome) => this.settle(outcome),
    });
  }

  /** True while the first load is under way and nothing is shown yet. */
  get loading(): boolean {
    return this.model === undefined && this.failure === undefined && this.task.status <= TaskStatus.PENDING;
  }

  hostConnected(): void {
    // A load aborted by an earlier disconnect would otherwise never finish.
    if (this.interrupted) void this.task.run();
    this.interrupted = false;
    this.syncTimer();
  }

  hostUpdated(): void {
    this.syncTimer();
  }

  hostDisconnected(): void {
    this.interrupted = this.task.status === TaskStatus.PENDING;
    this.task.abort();
    this.stopTimer();
  }

  /** Runs one refresh timer for the current URL and interval, none without them. */
  private syncTimer(): void {
    const { url, refreshSeconds } = this.request();
    const key = url && refreshSeconds > 0 ? `${url} ${refreshSeconds}` : '';
    if (key === this.timerKey && (this.timer || !key)) return;
    this.stopTimer();
    this.timerKey = key;
    if (key) this.timer = setInterval(() => void this.task.run(), refreshSeconds * 1000);
  }

  private stopTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async fetch(feed: unknown, url: string | undefined, inline: string | undefined, timeoutMs: number, maxBytes: number, signal: AbortSignal): Promise<LoadOutcome | undefined> {
    if (feed !== undefined) return { unchanged: false, result: parseFeed(feed) };
    if (url) return loadFeed(url, { signal, timeoutMs, maxBytes, etag: this.model ? this.etag : undefined });
    if (inline !== undefined) return { unchanged: false, result: parseFeedText(inline, { baseUrl: document.baseURI }) };
    return undefined;
  }

  private settle(outcome: LoadOutcome | undefined): void {
    if (!outcome) return;
    const { url, feed, store } = this.request();
    const fromUrl = feed === undefined ? url : undefined;
    if (outcome.unchanged) {
      this.failure = undefined;
    } else if (outcome.result.ok) {
      this.accept(outcome.result, fromUrl, Date.now());
      if (fromUrl && store && outcome.text) writeCachedFeed(fromUrl, { text: outcome.text, etag: outcome.etag, fetchedAt: this.fetchedAt! });
      this.etag = outcome.etag;
      this.announce({ type: 'load', model: outcome.result.model, warnings: outcome.result.warnings, url: fromUrl });
    } else {
      this.reject(outcome.result, fromUrl, store);
    }
    this.host.requestUpdate();
  }

  /** Reports once the host shows the new state, so listeners see what the event describes. */
  private announce(report: FeedReport): void {
    void this.host.updateComplete.then(() => this.report(report));
  }

  private accept(result: ParseResult & { ok: true }, url: string | undefined, fetchedAt: number | undefined): void {
    this.model = result.model;
    this.failure = undefined;
    this.fetchedAt = url ? fetchedAt : undefined;
  }

  private reject(result: ParseResult & { ok: false }, url: string | undefined, store: boolean): void {
    this.failure = { kind: result.kind, url, problems: result.errors };
    if (!this.model && url && store) this.restore(url);
    this.announce({ type: 'error', failure: this.failure, warnings: result.warnings });
  }

  /** After a failed first load, shows the last good copy of this URL, if any. */
  private restore(url: string): void {
    const cached = readCachedFeed(url);
    const result = cached && parseFeedText(cached.text, { baseUrl: url });
    if (!result?.ok) return;
    const failure = this.failure;
    this.accept(result, url, cached!.fetchedAt);
    this.etag = cached!.etag;
    this.failure = failure;
  }
}
