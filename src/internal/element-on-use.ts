import { warnNotLoaded } from './dev-log.js';
import { whenIdle } from './idle.js';

/**
 * Elements a bundle registers only when one is first rendered: the CDN bundle leaves
 * `<seminar-day-tabs>` to a chunk that programs on a single day never load. The npm build
 * registers every element up front and sets no loader, so `useElement` does nothing there.
 */
const loaders = new Map<string, () => Promise<unknown>>();

/** Lets `load` register `tag` the first time an element renders one. */
export function defineOnUse(tag: string, load: () => Promise<unknown>): void {
  loaders.set(tag, load);
}

/**
 * Starts registering `tag` if a bundle deferred it, at once or, for an element below a first
 * screen, once the browser is idle (`when`). Until then the browser shows the element's light DOM,
 * so slotted content is never held back; if the chunk cannot load, it stays that way. Later calls
 * do nothing, so a render may call it every time.
 */
export function useElement(tag: string, when: 'now' | 'idle' = 'now'): void {
  const load = loaders.get(tag);
  if (!load) return;
  loaders.delete(tag);
  const register = () => load().catch((error: Error) => warnNotLoaded(`<${tag}>`, error.message, 'its content is shown without it'));
  if (when === 'idle') whenIdle(register);
  else void register();
}
