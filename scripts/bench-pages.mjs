// The pages `npm run bench` loads: ours (the CDN bundle and one <seminar-agenda>) and the floor (a
// plain-DOM page that fetches the same file and lists the same day with textContent). Both carry the
// same probe, so "first screen painted" means the same thing on each: see docs/performance.md.

/**
 * Runs in both pages before anything else. `bench.result` resolves once the first sessions are on
 * screen; `bench.switchDay()` clicks the second day tab and resolves with the ms until it is painted;
 * `bench.untilBuilt()` waits until the list has built its later sessions (when idle), and
 * `bench.switchGrid()` (ours, programs in more than one room) shows the first day as the grid.
 */
function probe() {
  /** Resolves with the time after the next frame's paint: a task posted from requestAnimationFrame runs once that frame is done. */
  const afterPaint = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  const nextFrame = () => new Promise((done) => requestAnimationFrame(done));
  /** The document or shadow root that holds the first match of `selector`, looking into shadow roots in tree order. */
  const rootOf = (selector, root = document) => {
    if (root.querySelector(selector)) return root;
    for (const element of root.querySelectorAll('*')) {
      const found = element.shadowRoot && rootOf(selector, element.shadowRoot);
      if (found) return found;
    }
    return undefined;
  };
  /** Nodes of every kind (Lit's comment markers included) and shadow roots, in the page and all its shadow trees. */
  const countNodes = (root = document, counts = { nodes: 0, shadowRoots: 0 }) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      counts.nodes += 1;
      if (node.shadowRoot) {
        counts.shadowRoots += 1;
        countNodes(node.shadowRoot, counts);
      }
    }
    return counts;
  };
  const SESSION = '[part~="session"]';
  const TAB = '[role="tab"]';
  let settle;
  const result = new Promise((done, fail) => {
    settle = { done, fail };
  });
  /** Called when the page says its program is shown: waits for sessions in the DOM, then for their paint. */
  let topLevelSessions = 0;
  let rooms = 0;
  const shown = async (event) => {
    const loadMs = performance.now();
    topLevelSessions = event?.detail.model.sessions.length ?? 0;
    rooms = new Set(event?.detail.model.sessions.map((session) => session.room).filter(Boolean)).size;
    while (!rootOf(SESSION)) await nextFrame();
    settle.done({ loadMs, paintedMs: await afterPaint() });
  };
  const switchDay = async () => {
    const tab = rootOf(TAB)?.querySelectorAll(TAB)[1];
    if (!tab) return undefined;
    const started = performance.now();
    tab.click();
    const painted = await afterPaint();
    if (tab.getAttribute('aria-selected') !== 'true') throw new Error('the second day tab did not take the click');
    return painted - started;
  };
  const SEARCH = '[part="search"]';
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  /** Runs `act` and resolves with the ms until the next frame is painted. */
  const timed = async (act) => {
    const started = performance.now();
    act();
    return (await afterPaint()) - started;
  };
  /**
   * Ours only, where the program has the search bar: types "gogenur" a key at a time and toggles
   * the first value of the first two filters, each to its painted frame; medians, then clears.
   */
  const find = async () => {
    // The agenda's threshold for the bar (FIND_FROM in src/controllers/program-find-on-use.ts).
    if (topLevelSessions < 21) return undefined;
    for (let frames = 0; !rootOf(SEARCH) && frames < 300; frames += 1) await nextFrame();
    const root = rootOf(SEARCH);
    if (!root) return undefined;
    const box = root.querySelector(SEARCH);
    const keystrokes = [];
    for (const length of [1, 2, 3, 4, 5, 6, 7]) {
      keystrokes.push(
        await timed(() => {
          box.value = 'gogenur'.slice(0, length);
          box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }),
      );
    }
    const filters = [];
    for (const filter of [...root.querySelectorAll('[part="filter"]')].slice(1, 3))
      filters.push(await timed(() => filter.querySelector('input[type="checkbox"]').click()));
    const clear = await timed(() => root.querySelector('[part="clear"]')?.click());
    return { keystrokeMs: median(keystrokes), filterMs: filters.length ? median(filters) : undefined, clearMs: clear };
  };
  /** Resolves once the list has built all it builds when idle: its row count holds over two idle periods in a row. */
  const untilBuilt = async () => {
    const rows = () => rootOf(SESSION)?.querySelectorAll(SESSION).length ?? 0;
    const idle = () => new Promise((done) => requestIdleCallback(done, { timeout: 1000 }));
    for (let before = -1, tries = 0; rows() !== before && tries < 100; tries += 1) {
      before = rows();
      await idle();
      await idle();
    }
  };
  const VIEW_OPTION = '[part="view-option"]';
  const GRID_CELL = '[part~="grid-session"]';
  /**
   * Ours only, where there is more than one room: back on the first day, presses the grid button and
   * resolves with the ms until the first frame with grid cells is painted (the grid's chunk included).
   */
  const switchGrid = async () => {
    if (rooms < 2) return undefined;
    // The switch comes with a chunk of its own once the program is shown.
    for (let frames = 0; !rootOf(VIEW_OPTION) && frames < 300; frames += 1) await nextFrame();
    const button = rootOf(VIEW_OPTION)?.querySelectorAll(VIEW_OPTION)[1];
    if (!button) return undefined;
    const tab = rootOf(TAB)?.querySelectorAll(TAB)[0];
    if (tab && tab.getAttribute('aria-selected') !== 'true') {
      tab.click();
      await afterPaint();
    }
    const started = performance.now();
    button.click();
    while (!rootOf(GRID_CELL)) await nextFrame();
    return (await afterPaint()) - started;
  };
  document.addEventListener('seminar-load', shown);
  document.addEventListener('seminar-error', (event) => settle.fail(new Error(JSON.stringify(event.detail.problems).slice(0, 500))));
  window.bench = { result, shown, fail: (error) => settle.fail(error), switchDay, find, untilBuilt, switchGrid, countNodes };
}

/** The floor: fetch, parse (JSON or DOMParser), pick the first day, write time, title, speakers and room as plain elements. */
function floor({ src, format }) {
  const time = (iso) => (iso ?? '').slice(11, 16);
  /** Each format as a list of days, each a sorted list of { start, end, title, speakers, room }. */
  const readers = {
    v1(feed) {
      const names = new Map(feed.speakers.map((speaker) => [speaker.id, speaker.name]));
      return byDate(
        feed.sessions.map((s) => ({
          start: s.start,
          end: s.end,
          title: s.title,
          speakers: (s.speakers ?? []).map((id) => names.get(id)),
          room: s.room,
        })),
      );
    },
    frab(feed) {
      return feed.schedule.conference.days.map((day) =>
        sorted(
          Object.values(day.rooms)
            .flat()
            .map((e) => ({
              start: e.date,
              end: '',
              title: e.title,
              speakers: e.persons.map((p) => p.public_name ?? p.name),
              room: e.room,
            })),
        ),
      );
    },
    xml(text) {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const field = (event, name) => event.querySelector(name)?.textContent ?? '';
      return [...doc.querySelectorAll('day')].map((day) =>
        sorted(
          [...day.querySelectorAll('event')].map((e) => ({
            start: field(e, 'date'),
            end: '',
            title: field(e, 'title'),
            speakers: [...e.querySelectorAll('person')].map((p) => p.textContent),
            room: field(e, 'room'),
          })),
        ),
      );
    },
    sessionize(feed) {
      const names = new Map(feed.speakers.map((speaker) => [speaker.id, speaker.fullName]));
      const rooms = new Map(feed.rooms.map((room) => [room.id, room.name]));
      return byDate(
        feed.sessions.map((s) => ({
          start: s.startsAt,
          end: s.endsAt,
          title: s.title,
          speakers: s.speakers.map((id) => names.get(id)),
          room: rooms.get(s.roomId),
        })),
      );
    },
  };
  const sorted = (sessions) => sessions.sort((a, b) => a.start.localeCompare(b.start));
  const byDate = (sessions) => {
    const days = new Map();
    for (const session of sorted(sessions.filter((s) => s.start))) {
      const date = session.start.slice(0, 10);
      if (!days.has(date)) days.set(date, []);
      days.get(date).push(session);
    }
    return [...days.values()];
  };
  const element = (tag, text, part) => {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    if (part) node.setAttribute('part', part);
    return node;
  };
  const list = element('ol');
  const showDay = (sessions) => {
    list.replaceChildren(
      ...sessions.map((s) => {
        const item = element('li', '', 'session');
        item.append(
          element('div', `${time(s.start)}${s.end ? `–${time(s.end)}` : ''}`),
          element('div', s.title),
          element('div', s.speakers.filter(Boolean).join(', ')),
          element('div', s.room ?? ''),
        );
        return item;
      }),
    );
  };
  const showTabs = (days) => {
    const tabs = element('div');
    tabs.setAttribute('role', 'tablist');
    days.forEach((sessions, index) => {
      const tab = element('button', sessions[0].start.slice(0, 10));
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(index === 0));
      tab.addEventListener('click', () => {
        for (const other of tabs.children) other.setAttribute('aria-selected', String(other === tab));
        showDay(sessions);
      });
      tabs.append(tab);
    });
    return tabs;
  };
  fetch(src)
    .then((response) => (format === 'xml' ? response.text() : response.json()))
    .then((body) => {
      const days = readers[format](body).filter((day) => day.length > 0);
      if (days.length > 1) document.body.append(showTabs(days));
      showDay(days[0]);
      document.body.append(list);
      window.bench.shown();
    })
    .catch((error) => window.bench.fail(error));
}

const escape = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const page = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<script>(${probe})()</script>${head}</head><body>${body}</body></html>`;

/** Our page: what a partner site pastes, the CDN bundle (at `bundle`) and one element with the case's attributes. */
export function oursPage({ src, attributes = {} }, bundle = '/dist/cdn/seminar-agenda.js') {
  const attrs = Object.entries({ src, ...attributes })
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  return page(`<script type="module" src="${bundle}"></script>`, `<seminar-agenda${attrs}></seminar-agenda>`);
}

/** The floor page for the same file. */
export function floorPage({ src, floorFormat }) {
  return page(`<script>(${floor})(${JSON.stringify({ src, format: floorFormat })})</script>`, '');
}
