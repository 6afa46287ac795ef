interface Shared {
  result: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting for the result; the last one to leave aborts it. */
  waiting: number;
}

/** Per copy of the library: two copies on one page never hand each other their models. */
const inFlight = new Map<string, Shared>();

/**
 * Runs `run` once for every caller that asks with the same key while it is under way, so elements
 * given the same feed share one request and one parse. A caller whose signal aborts gets a
 * rejection at once; the run itself is aborted when the last caller has left. Once settled it is
 * forgotten: a later caller fetches anew (the HTTP cache applies) and never gets an older program
 * than the server has.
 */
export function shareInFlight<T>(key: string, run: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> {
  const shared = inFlight.get(key) ?? start(key, run);
  shared.waiting += 1;
  return new Promise<T>((resolve, reject) => {
    (shared.result as Promise<T>).then(resolve, reject);
    signal.addEventListener('abort', () => (reject(signal.reason), leave(key, shared)), { once: true });
  });
}

function start(key: string, run: (signal: AbortSignal) => Promise<unknown>): Shared {
  const controller = new AbortController();
  const shared: Shared = { controller, waiting: 0, result: run(controller.signal) };
  const forget = () => inFlight.get(key) === shared && inFlight.delete(key);
  shared.result.then(forget, forget);
  inFlight.set(key, shared);
  return shared;
}

function leave(key: string, shared: Shared): void {
  shared.waiting -= 1;
  if (shared.waiting > 0 || inFlight.get(key) !== shared) return;
  inFlight.delete(key);
  shared.controller.abort();
}
