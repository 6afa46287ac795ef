import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { agendaWith, loaded, storedFeedKey, until } from '../helpers/index.js';

/** A served feed with its own id, and the localStorage key its copy is kept under. */
async function liveFeed(id: string, title: string) {
  await fetch(`/faults/control?${new URLSearchParams({ id, title, mode: 'ok' })}`);
  const src = `/faults/live?id=${id}`;
  const key = storedFeedKey(src);
  localStorage.removeItem(key);
  return { src, key };
}

const idle = () => new Promise((resolve) => requestIdleCallback(resolve));

describe('the stored copy of a feed', () => {
  afterEach(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('seminar-agenda:feed:'))
      .forEach((key) => localStorage.removeItem(key)),
  );

  it('is written after seminar-load, once the program is shown, not before the first render', async () => {
    const { src, key } = await liveFeed('idle-write', 'Kept later');
    const el = agendaWith({ src });
    let storedAtLoad: string | null = 'not read';
    el.addEventListener('seminar-load', () => (storedAtLoad = localStorage.getItem(key)), { once: true });
    await loaded(el);
    expect(storedAtLoad).to.be.null;
    const stored = await until(() => localStorage.getItem(key));
    expect(JSON.parse(stored).text).to.include('Session of Kept later');
  });

  it('is still written when the element is removed right after loading', async () => {
    const { src, key } = await liveFeed('idle-removed', 'Removed');
    const el = agendaWith({ src });
    el.addEventListener('seminar-load', () => el.remove(), { once: true });
    await loaded(el);
    expect(JSON.parse(await until(() => localStorage.getItem(key))).text).to.include('Session of Removed');
  });

  it('is never written with no-store, not even later', async () => {
    const { src, key } = await liveFeed('idle-no-store', 'Private');
    await loaded(agendaWith({ src, 'no-store': '' }));
    await idle();
    await idle();
    expect(localStorage.getItem(key)).to.be.null;
  });
});
