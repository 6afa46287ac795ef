import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/all.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import { SESSION_KINDS, parseFeed, parseFeedText } from '../../src/feed/index.js';
import type { SessionModel } from '../../src/feed/model.js';
import { minimalFeed } from '../helpers/index.js';

const time = fc
  .integer({ min: 0, max: 23 * 60 })
  .map((m) => `2025-05-20T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
const text = fc.string({ minLength: 1, maxLength: 40 });

const session = fc.record({
  id: fc.uuid(),
  start: time,
  end: fc.constant('2025-05-20T23:59'),
  kind: fc.constantFrom(...SESSION_KINDS),
  title: text,
  description: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
  questions: fc.option(fc.array(text, { maxLength: 3 }), { nil: undefined }),
  speakers: fc.array(fc.constantFrom('ada', 'ghost'), { maxLength: 2 }),
});

const feed = fc.record({
  version: fc.constant(1),
  event: fc.record({
    title: text,
    timeZone: fc.constantFrom('Europe/Copenhagen', 'UTC', 'America/New_York', 'Asia/Kolkata'),
    language: fc.constantFrom('da', 'en', 'de'),
  }),
  sessions: fc.array(session, { maxLength: 8 }),
  speakers: fc.constant(minimalFeed().speakers),
});

function titles(sessions: SessionModel[]): string[] {
  return sessions.flatMap((s) => [s.title, ...titles(s.sessions)]);
}

describe('property-based: any feed', () => {
  it('parseFeed never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        parseFeed(value);
        parseFeed({ ...minimalFeed(), sessions: value });
        parseFeed({ ...minimalFeed(), event: value });
      }),
      { numRuns: 300 },
    );
  });

  it('parseFeedText never throws on arbitrary text or mutated feed JSON', () => {
    const json = JSON.stringify(minimalFeed());
    fc.assert(
      fc.property(fc.string(), fc.nat(json.length), (noise, at) => {
        parseFeedText(noise);
        parseFeedText(json.slice(0, at) + noise + json.slice(at));
      }),
      { numRuns: 300 },
    );
  });

  it('renders every accepted feed without throwing and shows every session title', async () => {
    await fc.assert(
      fc.asyncProperty(feed, async (input) => {
        const result = parseFeed(input);
        if (!result.ok) return;
        const el = await fixture<SeminarTimeline>(html`<seminar-timeline .model=${result.model}></seminar-timeline>`);
        const shown = [...el.shadowRoot!.querySelectorAll('[part="session-title"]')].map((t) => t.textContent);
        expect(shown).to.have.members(titles(result.model.sessions));
        el.remove();
      }),
      { numRuns: 40 },
    );
  });
});
