// Synthetic feed v1 programs of any size for the bench (and for tests that need a large event).
// Deterministic: the same options always give the same feed, so runs compare like with like.
//   node scripts/generate-feed.mjs --sessions 1000 --days 4 --rooms 40 [--out file.json]
// No static Node imports: stories and browser tests import generateFeed too.

const WORDS = (
  'open data privacy hardware radio network security policy science health climate energy archive ' +
  'community music art memory machine learning compiler kernel satellite city transport water ' +
  'school library museum map sensor garden cooperative protocol browser accessibility ethics'
).split(' ');
const NAMES = 'Ada Bo Chen Dana Emil Fatima Gögenur Hana Ines Jonas Kofi Lærke Mateo Nour Oskar Priya Quinn Rosa Søren Yuki'.split(' ');
const TRACKS = ['Security', 'Hardware', 'Science', 'Art & Beauty', 'Ethics, Society & Politics', 'CCC & Community'];
const SLOT_MINUTES = [30, 45, 60];

/** A small seeded generator (mulberry32), so feeds are the same on every machine. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
const localTime = (date, minutes) => `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/**
 * A feed v1 object with `sessions` talks spread evenly over `days` days from 1 June 2026 and
 * `rooms` parallel rooms, each room running talks from 08:00 with 15-minute gaps (by default 12 a
 * room, which ends every day before midnight); about 0.57 speakers per
 * session (as at 38C3), one or two per talk, and texts of realistic length.
 */
export function generateFeed({ sessions = 1000, days = 1, rooms = Math.ceil(sessions / days / 12), seed = 1 } = {}) {
  const pick = random(seed);
  const choose = (list) => list[Math.floor(pick() * list.length)];
  const words = (count) => Array.from({ length: count }, () => choose(WORDS)).join(' ');
  const speakerCount = Math.max(1, Math.round(sessions * 0.57));
  const speakers = Array.from({ length: speakerCount }, (_, index) => ({
    id: `speaker-${index + 1}`,
    name: `${choose(NAMES)} ${choose(NAMES)}sen ${index + 1}`,
    jobTitle: `Researcher in ${words(2)}`,
    organization: `${words(1)} lab`,
    bio: `${words(40)}.`,
  }));
  const clock = new Map(); // "day room" -> next free minute of the day
  const program = Array.from({ length: sessions }, (_, index) => {
    const day = index % days;
    const room = Math.floor(index / days) % rooms;
    const slot = `${day} ${room}`;
    const start = clock.get(slot) ?? 480;
    const length = choose(SLOT_MINUTES);
    clock.set(slot, start + length + 15);
    const date = `2026-06-${pad(day + 1)}`;
    const talkSpeakers = Array.from({ length: 1 + Math.floor(pick() * 2) }, () => `speaker-${1 + Math.floor(pick() * speakerCount)}`);
    return {
      id: `session-${index + 1}`,
      start: localTime(date, start),
      end: localTime(date, start + length),
      kind: 'talk',
      title: `${words(5)} ${index + 1}`,
      description: `${words(60)}.`,
      speakers: [...new Set(talkSpeakers)],
      room: `Room ${room + 1}`,
      track: choose(TRACKS),
    };
  });
  return {
    version: 1,
    event: { title: `Synthetic congress of ${sessions} sessions`, language: 'en', timeZone: 'Europe/Berlin' },
    sessions: program.sort((a, b) => a.start.localeCompare(b.start)),
    speakers,
    sponsors: [],
  };
}

if (globalThis.process && import.meta.url === `file://${process.argv[1]}`) {
  const { writeFileSync } = await import('node:fs');
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: {
      sessions: { type: 'string' },
      days: { type: 'string' },
      rooms: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const options = Object.fromEntries(
    Object.entries(values)
      .filter(([name]) => name !== 'out')
      .map(([name, value]) => [name, Number(value)]),
  );
  const json = JSON.stringify(generateFeed(options), null, 1);
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(json);
}
