import type { ReactiveElement } from 'lit';
import type { SeminarErrorEvent } from '../../src/events/seminar-error-event.js';
import type { SeminarLoadEvent } from '../../src/events/seminar-load-event.js';
import { describeProblem } from '../../src/feed/problem.js';

type Outcome = SeminarLoadEvent | SeminarErrorEvent;

/** The element and every Lit element in its shadow tree, nested shadow trees included. */
function reactiveTree(root: Element): ReactiveElement[] {
  const found: ReactiveElement[] = [];
  const walk = (el: Element) => {
    if ('updateComplete' in el) found.push(el as ReactiveElement);
    el.shadowRoot?.querySelectorAll('*').forEach(walk);
  };
  walk(root);
  return found;
}

/**
 * One turn of the event loop, so promise chains inside the elements (a focus after
 * `await this.updateComplete`, a stubbed clipboard) have run. A message, not a timer:
 * the runner may throttle timers, and it gives background pages no animation frames.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(undefined);
  });
}

/**
 * Resolves once the element and every Lit element inside it have rendered and none has
 * another update pending: elements that render after context arrives included.
 */
export async function settled(root: Element): Promise<void> {
  for (;;) {
    await Promise.all(reactiveTree(root).map((el) => el.updateComplete));
    await nextTask();
    if (!reactiveTree(root).some((el) => el.isUpdatePending)) return;
  }
}

/** The next seminar-load or seminar-error of an agenda, once what it reports is rendered. */
async function outcome(el: Element): Promise<Outcome> {
  const event = await new Promise<Outcome>((resolve) => {
    const done = (e: Event) => {
      el.removeEventListener('seminar-load', done);
      el.removeEventListener('seminar-error', done);
      resolve(e as Outcome);
    };
    el.addEventListener('seminar-load', done);
    el.addEventListener('seminar-error', done);
  });
  await settled(el);
  return event;
}

/** The agenda's next seminar-load, once the program is rendered; a seminar-error rejects with its problems. */
export async function loaded(el: Element): Promise<SeminarLoadEvent> {
  const event = await outcome(el);
  if (event.type === 'seminar-load') return event as SeminarLoadEvent;
  const { kind, problems } = (event as SeminarErrorEvent).detail;
  throw new Error(`seminar-error (${kind}) instead of seminar-load:\n${problems.map(describeProblem).join('\n')}`);
}

/** The agenda's next seminar-error, once the error state is rendered; a seminar-load rejects. */
export async function failed(el: Element): Promise<SeminarErrorEvent> {
  const event = await outcome(el);
  if (event.type === 'seminar-error') return event as SeminarErrorEvent;
  throw new Error('seminar-load instead of seminar-error');
}

/**
 * Polls until a probe returns something truthy. Only for states nothing in the page
 * announces: the test server's own counters, a module the element imports on demand, a copy stored when the browser is idle.
 */
export async function until<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeout = 4000,
): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error('until: condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
