import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { waitFor } from 'storybook/test';
import '../src/define/all.ts';
import type { FeedInput } from '../src/feed/index.js';
import { modelOf, onDay, seminarFeed, smallFeed } from './support.js';

interface Args {
  feed: FeedInput;
  lang: string;
  now?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-timeline',
  component: 'seminar-timeline',
  args: { feed: seminarFeed(), lang: 'da' },
  argTypes: { lang: { control: 'inline-radio', options: ['da', 'en'] }, feed: { control: 'object' } },
  parameters: { docs: { story: { inline: false, height: '36rem' } } },
  render: ({ feed, lang, now }) => html`<seminar-timeline lang=${lang} now=${ifDefined(now)} .model=${modelOf(feed)}></seminar-timeline>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seminar's program alone: nested sessions, panels with questions, breaks and lunch. */
export const Program: Story = {};

export const English: Story = { args: { lang: 'en' } };

/** A cancelled session stays in its place, muted, labelled in words (not only struck through), and is never Now or Next. */
export const CancelledSession: Story = {
  args: {
    lang: 'en',
    now: '2025-05-20T09:40',
    feed: smallFeed({
      sessions: [
        ...smallFeed().sessions,
        {
          id: 'talk',
          start: '2025-05-20T09:45',
          end: '2025-05-20T10:15',
          title: 'Imaging models in the clinic',
          status: 'cancelled',
          room: 'Hall A',
        },
        { id: 'closing', start: '2025-05-20T10:15', end: '2025-05-20T10:30', kind: 'summary', title: 'Closing' },
      ],
    }),
  },
};

/** Coffee is on: the Now badge and edge, and Next on the following session. */
export const Now: Story = { args: { now: '2025-05-20T10:15' } };

/** A program over two days gets day tabs. */
export const TwoDays: Story = {
  args: {
    lang: 'en',
    feed: smallFeed({
      sessions: [
        { id: 'd1', start: '2025-05-20T09:00', end: '2025-05-20T12:00', kind: 'keynote', title: 'Day one keynote' },
        { id: 'd2', start: '2025-05-21T09:00', end: '2025-05-21T12:00', kind: 'talk', title: 'Day two workshop' },
      ],
    }),
  },
};

/** A night session across the spring-forward change in Copenhagen: 01:30–03:30 local lasts one hour. */
export const AcrossDaylightSaving: Story = {
  args: {
    lang: 'en',
    feed: smallFeed({
      sessions: [
        { id: 'night', start: '2025-03-30T01:30', end: '2025-03-30T03:30', kind: 'other', title: 'Night watch across the clock change' },
        { id: 'breakfast', start: '2025-03-30T07:00', end: '2025-03-30T08:00', kind: 'meal', title: 'Breakfast' },
      ],
    }),
  },
};

/** Opens the actions menu of the first session that has one, as a click on its button does. */
async function openFirstMenu({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const timeline = canvasElement.querySelector('seminar-timeline')!;
  await timeline.updateComplete;
  timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part~="action"]')!.click();
}

/** The actions menu of a session, open on its first item: add to calendar, copy link. */
export const ActionsMenuOpen: Story = { args: { lang: 'en' }, play: openFirstMenu };

/** Three rooms at the same time: the time is written once, the rooms name each session. */
export const ParallelSessions: Story = {
  args: {
    lang: 'en',
    feed: smallFeed({
      sessions: [
        { id: 'open', start: '2025-05-20T09:00', end: '2025-05-20T09:30', kind: 'welcome', title: 'Opening', room: 'Main hall' },
        { id: 'imaging', start: '2025-05-20T09:30', end: '2025-05-20T10:15', title: 'AI in the reading room', room: 'Main hall' },
        { id: 'wards', start: '2025-05-20T09:30', end: '2025-05-20T10:15', title: 'Early warning scores on the ward', room: 'Room 2' },
        {
          id: 'law',
          start: '2025-05-20T09:30',
          end: '2025-05-20T10:15',
          kind: 'panel',
          title: 'Who is liable for a wrong answer?',
          room: 'Studio',
        },
        { id: 'coffee', start: '2025-05-20T10:15', end: '2025-05-20T10:30', kind: 'break', title: 'Coffee' },
      ],
    }),
  },
};

const ABSTRACT = [
  'Screening programmes read hundreds of thousands of mammograms a year, and every one of them is read twice. CAI-X replaces the second reader with a model, and sends the cases where the two disagree to a consensus meeting.',
  '# What we measured',
  'Over eighteen months we compared recall rates, interval cancers and reading time with the two years before. The model found slightly more cancers at the same recall rate, and the radiologists got back a third of their reading time.',
  'We also describe what did not work: the first threshold sent too many cases to consensus, and the IT integration took longer than the clinical validation.',
].join('\n\n');

const longAbstractFeed = smallFeed({
  sessions: [
    {
      id: 'cai-x',
      start: '2025-05-20T09:00',
      end: '2025-05-20T09:30',
      title: 'Screening with CAI-X',
      description: ABSTRACT,
      speakers: ['tbc'],
    },
    { id: 'coffee', start: '2025-05-20T09:30', end: '2025-05-20T09:45', kind: 'break', title: 'Coffee' },
  ],
  speakers: [{ id: 'tbc', organization: 'Region Syddanmark', tbc: true }],
});

/** A long abstract is shortened to four lines at rest, with a button that shows the rest. */
export const LongAbstract: Story = { args: { lang: 'en', feed: longAbstractFeed } };

/** The same abstract after a click on Show more: all of it, its heading below the session title. */
export const LongAbstractExpanded: Story = {
  args: { lang: 'en', feed: longAbstractFeed },
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector('seminar-timeline')!;
    // The button appears once the clamp is laid out and found to hide text.
    const more = await waitFor(
      () => timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]') ?? Promise.reject(new Error('no Show more button')),
    );
    more.click();
  },
};

/**
 * A block with points and a moderator: each speaker is worded for this appearance (`role` in the
 * reference) instead of their job title and organization.
 */
export const ModeratorsPointsAndRoles: Story = {
  name: 'Moderators, points and roles',
  args: {
    lang: 'en',
    feed: smallFeed({
      sessions: [
        {
          id: 'scale',
          start: '2025-05-20T11:35',
          end: '2025-05-20T12:15',
          kind: 'other',
          title: 'Scaling generative AI in the regions',
          points: ['What it takes beyond the technology', 'How the first three pilots were chosen', 'What we would do differently'],
          speakers: [{ id: 'lund', role: 'Chief architect, on loan to the national programme' }, 'pedersen'],
          moderators: [{ id: 'holm', role: 'Moderator of the afternoon, Dagens Medicin' }],
        },
      ],
      speakers: [
        { id: 'lund', name: 'Martin Lund', jobTitle: 'Chief architect', organization: 'Region Hovedstaden' },
        { id: 'pedersen', name: 'Christian Pedersen', jobTitle: 'Chief physician', organization: 'Aalborg University Hospital' },
        { id: 'holm', name: 'Kirsten Holm', jobTitle: 'Editor', organization: 'Dagens Medicin' },
      ],
    }),
  },
};

const clockFeed = smallFeed({
  sessions: [
    { id: 'morning', start: '2025-05-20T09:00', end: '2025-05-20T09:45', kind: 'keynote', title: 'Morning keynote' },
    { id: 'lunch', start: '2025-05-20T11:45', end: '2025-05-20T12:30', kind: 'meal', title: 'Lunch' },
    { id: 'afternoon', start: '2025-05-20T12:30', end: '2025-05-20T13:15', title: 'A talk across noon' },
    { id: 'close', start: '2025-05-20T16:50', end: '2025-05-20T17:00', kind: 'summary', title: 'Closing remarks' },
  ],
});

/** One program, its times as Danish (24-hour clock, en dash) and English (12-hour clock) readers see them. */
export const DanishAndEnglishTimes: Story = {
  args: { feed: clockFeed },
  render: ({ feed }) => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 2rem">
    ${['da', 'en'].map(
      (lang) => html`<section aria-labelledby="times-${lang}">
      <h2 id="times-${lang}">lang="${lang}"</h2>
      <seminar-timeline lang=${lang} .model=${modelOf(feed)}></seminar-timeline>
    </section>`,
    )}
  </div>`,
};

const TRACKS = ['Imaging', 'Wards', 'Data', 'Law', 'Primary care', 'Research'];

const trackSessions = TRACKS.map((track, index) => ({
  id: `track-${index + 1}`,
  start: `2025-05-20T${String(9 + index).padStart(2, '0')}:00`,
  end: `2025-05-20T${String(9 + index).padStart(2, '0')}:45`,
  title: `${track}: the state of play`,
  room: index % 2 ? 'Room 2' : 'Main hall',
  track,
}));

/** Six tracks, each with its own colour chip in the meta line (`--seminar-track-color-1` to `-8`). */
export const TrackColours: Story = { args: { lang: 'en', feed: smallFeed({ sessions: trackSessions }) } };

/**
 * The print layout of a program over three days: every day under its date, not only the selected
 * tab. The story announces printing (`beforeprint`) so the element renders for paper; the print
 * stylesheet itself (no buttons, abstracts in full) applies only in the browser's print preview of
 * this canvas.
 */
export const PrintAllDays: Story = {
  name: 'Print: every day',
  args: {
    lang: 'en',
    feed: smallFeed({
      sessions: [
        ...onDay(trackSessions.slice(0, 2), '2025-05-20', 'tue'),
        ...onDay(trackSessions.slice(2, 4), '2025-05-21', 'wed'),
        ...onDay(trackSessions.slice(4), '2025-05-22', 'thu'),
      ],
    }),
  },
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector('seminar-timeline')!.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
  },
};
