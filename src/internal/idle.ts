/** The longest work waits for an idle moment on a busy page. */
const IDLE_TIMEOUT_MS = 2_000;

/** Runs `work` once the browser is idle, so it never stands before a render. Safari has no requestIdleCallback. */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(work, 0);
}
