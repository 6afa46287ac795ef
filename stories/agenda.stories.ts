import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/all.ts';
import type { SeminarErrorEvent } from '../src/events/seminar-error-event.js';
import { snapshotOf } from '../src/feed/changes.js';
import { describeProblem, type FeedInput } from '../src/feed/index.js';
import type { SeminarDensity, SeminarTheme } from '../src/internal/seminar-element.js';
import { inColumn, modelOf, NEVER_URL, SEMINAR_URL, smallFeed, specimenFeed, UNREACHABLE_URL } from './support.js';
import { generateFeed } from '../scripts/generate-feed.mjs';

interface Args {
  src?: string;
  feed?: unknown;
  lang?: string;
  theme?: SeminarTheme;
  density?: SeminarDensity;
  timeout?: number;
  now?: string;
  timeZone?: string;
}

/** Lists the problems of a feed that cannot be shown under the agenda, as the console does for the webmaster. */
function showProblems(event: SeminarErrorEvent) {
  const list = (event.target as Element).nextElementSibling as HTMLElement;
  render(html`${event.detail.problems.map((problem) => html`<li><code>${describeProblem(problem)}</code></li>`)}`, list);
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-agenda',
  component: 'seminar-agenda',
  args: { src: SEMINAR_URL, lang: '', theme: 'auto', density: 'comfortable' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'da', 'en'] } },
  // Each story is a whole program: shown in a frame of fixed height on the docs page, which scrolls.
  parameters: { docs: { story: { inline: false, height: '36rem' } } },
  render: ({ src, feed, lang, theme, density, timeout, now, timeZone }) => html`<seminar-agenda src=${ifDefined(src)} .feed=${feed}
    lang=${ifDefined(lang || undefined)} theme=${ifDefined(theme)} density=${ifDefined(density)} timeout=${ifDefined(timeout)}
    now=${ifDefined(now)} time-zone=${ifDefined(timeZone)} no-store @seminar-error=${showProblems}></seminar-agenda><ul aria-label="Problems"></ul>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The Danish seminar as the demo page shows it: Danish content and labels. */
export const FullSeminar: Story = {};

/**
 * A synthetic congress of 1,007 sessions over four days in 40 rooms: the search box and the day,
 * room and track filters appear above the timeline. Try "gogenur"; the selection goes into the
 * address (seminar-q, seminar-room …).
 */
export const LargeCongressWithSearch: Story = {
  args: { src: undefined, lang: 'en', feed: generateFeed({ sessions: 1007, days: 4, rooms: 40 }) },
};

/** The same congress in Danish at 360 px: the filters wrap under the search box. */
export const LargeCongressNarrow: Story = {
  name: 'Large congress, Danish (360 px)',
  args: { src: undefined, lang: 'da', feed: generateFeed({ sessions: 1007, days: 4, rooms: 40 }) },
  decorators: [inColumn(360)],
};

/** The Danish program with English labels and dates. */
export const English: Story = { args: { lang: 'en' } };

/** The session running at the given time gets the Now badge, the next one Next. */
export const DuringTheEvent: Story = { args: { now: '2025-05-20T10:30' } };

/** The day before the event: nothing is marked Now or Next. */
export const BeforeTheEvent: Story = { args: { now: '2025-05-19T12:00' } };

/** A visitor in New York: times shift to their zone, which is named beside the toggle. */
export const VisitorInNewYork: Story = { args: { timeZone: 'America/New_York' } };

export const Compact: Story = { args: { density: 'compact' } };

export const Narrow320: Story = { name: 'Narrow (320 px)', decorators: [inColumn(320)] };

export const Wide1280: Story = { name: 'Wide (1280 px)', decorators: [inColumn(1280)] };

/**
 * A container 1800 px wide (the canvas scrolls if it is narrower): running text keeps to its reading
 * measure (`--seminar-measure`) instead of spreading across the page.
 */
export const VeryWide1800: Story = { name: 'Very wide (1800 px)', decorators: [inColumn(1800, { fixed: true })] };

/** The feed has not arrived yet. */
export const Loading: Story = { args: { src: NEVER_URL, timeout: 3600 } };

/** The feed's server cannot be reached: a polite message; the details go to the console and the event. */
export const NetworkError: Story = {
  args: { src: UNREACHABLE_URL },
  parameters: { consoleErrors: ['Failed to load resource', 'cannot be shown (network)'] },
};

/** A feed that breaks the format: the visitor sees one line, the list below is what the webmaster gets. */
export const InvalidFeed: Story = {
  args: {
    src: undefined,
    feed: smallFeed({
      sessions: [
        { id: 'open', start: '2025-05-20T09:50', end: '2025-05-20T09:10', title: 'Opening' },
        { id: 'open', start: '2025-05-20T10:00', end: '2025-05-20T10:30', title: '' },
      ],
    }),
  },
  parameters: { consoleErrors: ['cannot be shown (invalid)'] },
};

export const EmptyProgram: Story = { args: { src: undefined, feed: smallFeed({ sessions: [] }) } };

/** Speakers not yet confirmed, named and unnamed, in the program and as cards. */
export const TbcSpeakers: Story = {
  name: 'TBC speakers',
  args: {
    src: undefined,
    feed: smallFeed({
      sessions: [
        {
          id: 'panel',
          start: '2025-05-20T09:00',
          end: '2025-05-20T10:00',
          kind: 'panel',
          title: 'Panel',
          speakers: ['named', 'unnamed', 'org'],
        },
      ],
      speakers: [
        { id: 'named', name: 'Kirsten Holm', tbc: true },
        { id: 'unnamed', tbc: true },
        { id: 'org', organization: 'Cerebriu', tbc: true },
      ],
    }),
  },
};

/**
 * A feed with a key the format does not know (`speaker`, a typo for `speakers`): the program is shown
 * without that session's speakers, and the console has a warning with the key's JSON path and the
 * key it probably meant (`sessions[0].speaker: unknown key; did you mean "speakers"?`). It is a
 * warning, not an error: the story's check fails only on console errors.
 */
export const UnknownKey: Story = {
  args: {
    src: undefined,
    feed: {
      ...smallFeed(),
      sessions: [{ id: 'talk', start: '2025-05-20T09:00', end: '2025-05-20T09:30', title: 'Screening with CAI-X', speaker: ['holm'] }],
      speakers: [{ id: 'holm', name: 'Kirsten Holm' }],
    },
  },
};

/** The specimen program after the organizers' edits: the panel moved, the TBC talk cancelled, the coffee gone, a closing added. */
function changedFeed(): FeedInput {
  const feed = specimenFeed();
  feed.sessions = feed.sessions.filter((session) => session.id !== 'coffee');
  const [, panel, talk] = feed.sessions;
  Object.assign(panel!, { start: '2025-05-20T10:45', end: '2025-05-20T11:30', room: 'Hall B' });
  talk!.status = 'cancelled';
  feed.sessions.push({ id: 'closing', start: '2025-05-20T11:30', end: '2025-05-20T12:00', kind: 'summary', title: 'Closing remarks' });
  return feed;
}

/**
 * A returning visitor: the program they saw on their last visit (stored, as the agenda keeps it) is
 * compared with today's. New and moved sessions are marked, the cancelled one keeps its place with
 * its label, and one line sums it up with a link to each (open it); the removed coffee is listed there.
 */
export const ChangedProgram: Story = {
  args: { src: undefined, lang: 'en' },
  render: ({ lang, theme, density }) => {
    const seen = snapshotOf(modelOf(specimenFeed()), Date.parse('2025-05-19T14:30:00Z'));
    localStorage.setItem(`seminar-agenda:seen:${specimenFeed().event.title}`, JSON.stringify(seen));
    return html`<seminar-agenda lang=${ifDefined(lang || undefined)} theme=${ifDefined(theme)} density=${ifDefined(density)}
      .feed=${changedFeed()}></seminar-agenda>`;
  },
};
/**
 * A large congress, 39C3 (215 sessions on four days, hundreds of speakers): each day's list builds
 * its first screen first and the rest when the browser is idle; the speakers come as the sorted
 * directory, built when it nears the screen. A speaker's name in a session opens their entry.
 */
export const LargeCongress: Story = { args: { src: '/feeds/39c3.schedule.xml', lang: 'en' } };
