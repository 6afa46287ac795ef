import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/all.ts';
import type { FeedInput } from '../src/feed/index.js';
import type { SeminarTheme } from '../src/internal/seminar-element.js';
import { inColumn, onDay, SEMINAR_URL, seminarFeed } from './support.js';

interface Args {
  src?: string;
  feed?: FeedInput;
  lang?: string;
  theme?: SeminarTheme;
}

/**
 * The agenda as a venue prints it (docs/printing.md). Open a story in a tab of its own ("Open canvas
 * in new tab") and press "Print the program" or Ctrl+P: every day under its date, sessions kept whole,
 * the title and date at the top of each page after the first, page numbers, sponsors at the end, no
 * controls, and a QR code of the page in the corner of the first page. The column is as wide as an
 * A4 page between its margins.
 */
const meta: Meta<Args> = {
  title: 'Printing/Printed handout',
  component: 'seminar-agenda',
  args: { theme: 'auto' },
  parameters: { docs: { story: { inline: false, height: '36rem' } } },
  decorators: [inColumn(700)],
  render: ({ src, feed, lang, theme }) =>
    html`<seminar-agenda src=${ifDefined(src)} .feed=${feed} lang=${ifDefined(lang)} theme=${ifDefined(theme)} no-store></seminar-agenda>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seminar: one morning, its organizers at the end. */
export const PrintedHandout: Story = { name: 'Printed handout', args: { src: SEMINAR_URL } };

/** The dark theme on screen; paper stays white with dark text. */
export const DarkTheme: Story = { name: 'Dark theme (prints light)', args: { src: SEMINAR_URL, theme: 'dark' } };

/** The seminar's morning on two days (the second without its nested talks): tabs on screen, both days under their dates on paper. */
export const TwoDays: Story = {
  name: 'Two days',
  args: {
    lang: 'en',
    feed: (() => {
      const feed = seminarFeed();
      // Nested sessions keep their ids, which must be unique: the second day goes without them.
      const flat = feed.sessions.map((session) => ({ ...session, sessions: undefined }));
      feed.sessions = [...onDay(feed.sessions, '2025-05-20', 'tue'), ...onDay(flat, '2025-05-21', 'wed')];
      return feed;
    })(),
  },
};
