import { oneEvent } from '@open-wc/testing';
import type { SeminarAgenda } from '../src/components/seminar-agenda/seminar-agenda.js';
import type { SeminarErrorEvent } from '../src/events/seminar-error-event.js';
import type { SeminarLoadEvent } from '../src/events/seminar-load-event.js';
import type { FeedInput } from '../src/feed/schema.js';

/** The seminar demo feed, as served by the test runner from the repository root. */
export async function seminarFeed(): Promise<FeedInput> {
  const response = await fetch('/demo/feeds/seminar.da.json');
  return (await response.json()) as FeedInput;
}

/** A small valid feed; tests change what they need. */
export function minimalFeed(): FeedInput {
  return {
    version: 1,
    event: { title: 'Test day', timeZone: 'Europe/Copenhagen', language: 'en' },
    sessions: [
      { id: 'open', start: '2025-05-20T09:00', end: '2025-05-20T09:30', kind: 'welcome', title: 'Opening', speakers: ['ada'] },
      { id: 'coffee', start: '2025-05-20T09:30', end: '2025-05-20T09:45', kind: 'break', title: 'Coffee' },
    ],
    speakers: [{ id: 'ada', name: 'Ada Lovelace', jobTitle: 'Analyst', organization: 'Engines Ltd' }],
    sponsors: [{ id: 'acme', name: 'Acme', tier: 'gold', url: 'https://acme.example/' }],
  };
}

/**
 * Replaces console.warn and console.error while a test runs, so expected
 * diagnostics are asserted on instead of printed.
 */
export function captureConsole() {
  const warn = console.warn;
  const error = console.error;
  const captured = { warnings: [] as string[], errors: [] as string[] };
  console.warn = (...args: unknown[]) => captured.warnings.push(args.join(' '));
  console.error = (...args: unknown[]) => captured.errors.push(args.join(' '));
  return {
    ...captured,
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}

/** Text of an element's shadow root and its nested shadow roots, flattened. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return parts.join('').replace(/\s+/g, ' ');
}

/** Waits until an element inside shadow roots matches, for elements that render after context arrives. */
export async function until<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeout = 4000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error('until: condition not met in time');
    // Not requestAnimationFrame: pages the runner keeps in the background get no frames.
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** An English `<seminar-agenda>` with these attributes, added to the page as a CMS page would. */
export function agendaWith(attributes: Record<string, string>): SeminarAgenda {
  const el = document.createElement('seminar-agenda');
  el.lang = 'en';
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return el;
}

export const loaded = (el: Element) => oneEvent(el, 'seminar-load') as Promise<SeminarLoadEvent>;
export const failed = (el: Element) => oneEvent(el, 'seminar-error') as Promise<SeminarErrorEvent>;
