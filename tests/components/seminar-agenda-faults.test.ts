import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { formatDateTime } from '../../src/i18n/index.js';
import { agendaWith, captureConsole, deepText, failed, loaded, storedFeedKey, timelineOf, until } from '../helpers/index.js';

let consoleCapture: ReturnType<typeof captureConsole>;
beforeEach(() => (consoleCapture = captureConsole()));
afterEach(() => consoleCapture.restore());

const alertText = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent;

async function control(id: string, params: Record<string, string> = {}) {
  const query = new URLSearchParams({ id, ...params });
  return (await fetch(`/faults/control?${query}`)).json();
}

describe('<seminar-agenda> when the feed URL fails', () => {
  const cases: Array<[string, Record<string, string>, string, RegExp, string]> = [
    ['HTTP 404', { src: '/faults/404' }, 'http', /HTTP 404/, 'The program is not available right now. Please try again later.'],
    ['HTTP 500', { src: '/faults/500' }, 'http', /HTTP 500/, 'The program is not available right now. Please try again later.'],
    ['an HTML error page instead of JSON', { src: '/faults/html' }, 'syntax', /not valid JSON/, 'The program cannot be shown right now.'],
    ['truncated JSON', { src: '/faults/truncated' }, 'syntax', /not valid JSON/, 'The program cannot be shown right now.'],
    [
      'a slow body past the timeout',
      { src: '/faults/slow', timeout: '0.3' },
      'timeout',
      /did not answer within 0.3 s/,
      'The program is taking too long to load. Please try again later.',
    ],
    [
      'a body over the size limit (Content-Length)',
      { src: '/faults/seminar', 'max-bytes': '1000' },
      'too-large',
      /larger than the limit of 1000 bytes/,
      'The program cannot be shown right now.',
    ],
    [
      'a streamed body over the size limit',
      { src: '/faults/stream', 'max-bytes': '100000' },
      'too-large',
      /larger than the limit/,
      'The program cannot be shown right now.',
    ],
    [
      'an unreachable host',
      { src: 'http://127.0.0.1:9/feed.json' },
      'network',
      /could not be fetched/,
      'The program could not be loaded. Please check your connection and try again.',
    ],
  ];

  for (const [name, attributes, kind, detail, visitorText] of cases) {
    it(`reports ${name} as ${kind}: politely to visitors, fully to the webmaster`, async () => {
      const el = agendaWith({ ...attributes, 'no-store': '' });
      const event = await failed(el);
      expect(event.detail.kind).to.equal(kind);
      expect(event.detail.url).to.equal(attributes.src);
      expect(event.detail.problems[0]!.message).to.match(detail);
      expect(alertText(el)).to.equal(visitorText);
      expect(consoleCapture.errors.join('\n')).to.match(detail);
    });
  }
});

describe('<seminar-agenda> keeps the last good program', () => {
  it('keeps the program through a failed refresh, notes it discreetly, and takes the next good update', async () => {
    await control('refresh', { title: 'First', mode: 'ok' });
    // A zone 13 hours from the event's: the note's time must be in the zone the program is shown in.
    const el = agendaWith({ src: '/faults/live?id=refresh', refresh: '0.2', 'no-store': '', 'time-zone': 'Pacific/Kiritimati' });
    await loaded(el);
    expect(deepText(el)).to.include('Session of First');
    const session = timelineOf(el).shadowRoot!.querySelector('li');

    await control('refresh', { mode: '500' });
    const error = await failed(el);
    expect(error.detail.kind).to.equal('http');
    expect(deepText(el)).to.include('Session of First');
    const stale = el.shadowRoot!.querySelector('[part~="stale"]')!.textContent!;
    expect(stale).to.match(/^Last updated .+\. The latest version could not be loaded\.$/);
    const shown = [0, 60_000].map((ago) => formatDateTime(Date.now() - ago, 'en', 'Pacific/Kiritimati'));
    expect(
      shown.some((time) => stale.includes(time)),
      `${stale} / ${shown}`,
    ).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.be.null;

    await control('refresh', { mode: 'ok', title: 'Second' });
    await loaded(el);
    expect(deepText(el)).to.include('Session of Second');
    expect(el.shadowRoot!.querySelector('[part~="stale"]')).to.be.null;
    // Updated in place: the same list item, so scroll position and focus survive.
    const sameItem = timelineOf(el).shadowRoot!.querySelector('li') === session;
    expect(sameItem, 'the session was rendered anew').to.be.true;
  });

  it('does not re-render or re-announce a feed that answers 304 Not Modified', async () => {
    await control('etag', { title: 'Stable', mode: 'ok' });
    const el = agendaWith({ src: '/faults/live?id=etag', refresh: '0.1', 'no-store': '' });
    await loaded(el);
    let loads = 0;
    el.addEventListener('seminar-load', () => (loads += 1));
    const header = el.shadowRoot!.querySelector('header');
    // The server's count: a 304 changes nothing in the page, so there is nothing there to await.
    await until(async () => (await control('etag')).notModified >= 3);
    expect(loads).to.equal(0);
    expect(el.shadowRoot!.querySelector('header') === header, 'the header was rendered anew').to.be.true;
  });

  it('shows the copy kept in localStorage when a later page load fails', async () => {
    await control('stored', { title: 'Kept', mode: 'ok' });
    const first = agendaWith({ src: '/faults/live?id=stored' });
    await loaded(first);
    // The copy may be written once the browser is idle, which the page does not announce.
    await until(() => localStorage.getItem(storedFeedKey('/faults/live?id=stored')));
    first.remove();

    await control('stored', { mode: '503' });
    const second = agendaWith({ src: '/faults/live?id=stored' });
    const error = await failed(second);
    expect(error.detail.kind).to.equal('http');
    expect(deepText(second)).to.include('Session of Kept');
    expect(second.shadowRoot!.querySelector('[part~="stale"]')).to.exist;
    await expect(second).to.be.accessible();
  });

  it('stores nothing with no-store', async () => {
    await control('nostore', { title: 'Private', mode: 'ok' });
    const el = agendaWith({ src: '/faults/live?id=nostore', 'no-store': '' });
    await loaded(el);
    expect(localStorage.getItem(storedFeedKey('/faults/live?id=nostore'))).to.be.null;
  });

  // The server's counts say when the slow request arrived and when the browser gave it up:
  // an aborted request leaves nothing in the page to await.
  const slowRequest = async (id: string, count: 'requests' | 'aborted') => until(async () => (await control(id))[count] === 1);

  it('aborts the old fetch when src changes, and shows only the new feed', async () => {
    await control('second-src', { title: 'Newer', mode: 'ok' });
    const el = agendaWith({ src: '/faults/slow?id=old-src', 'no-store': '' });
    let loads = 0;
    el.addEventListener('seminar-load', () => (loads += 1));
    await slowRequest('old-src', 'requests');
    el.src = '/faults/live?id=second-src';
    await loaded(el);
    await slowRequest('old-src', 'aborted');
    expect(loads).to.equal(1);
    expect(deepText(el)).to.include('Session of Newer').and.not.include('Ansvarlig');
  });

  it('aborts the fetch when disconnected and loads again when reconnected', async () => {
    const el = agendaWith({ src: '/faults/slow?id=reconnect', 'no-store': '' });
    const page = el.parentElement!;
    await slowRequest('reconnect', 'requests');
    el.remove();
    await slowRequest('reconnect', 'aborted');
    page.append(el);
    await loaded(el);
    expect(deepText(el)).to.include('Ansvarlig anvendelse af AI i klinikken');
  });
});
