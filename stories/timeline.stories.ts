import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/all.ts';
import type { FeedInput } from '../src/feed/index.js';
import { modelOf, seminarFeed, smallFeed } from './support.js';

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
