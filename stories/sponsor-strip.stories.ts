import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/all.ts';
import type { FeedInput } from '../src/feed/index.js';
import { modelOf, seminarFeed, smallFeed } from './support.js';

type Sponsors = NonNullable<FeedInput['sponsors']>;

const meta: Meta<{ sponsors: Sponsors }> = {
  title: 'Elements/seminar-sponsor-strip',
  component: 'seminar-sponsor-strip',
  render: ({ sponsors }) => html`<seminar-sponsor-strip lang="en" .model=${modelOf(smallFeed({ sponsors }))}></seminar-sponsor-strip>`,
};
export default meta;

type Story = StoryObj<{ sponsors: Sponsors }>;

/** The seminar's organizers and partners: names only, some with a line under them. */
export const WithoutLogos: Story = { args: { sponsors: seminarFeed().sponsors ?? [] } };

export const WithLogos: Story = {
  args: {
    sponsors: [
      { id: 'north', name: 'Nordlys', tier: 'gold', logo: '/assets/logo-north.svg', url: 'https://example.org/' },
      { id: 'clinic', name: 'Klinika', tier: 'gold', logo: '/assets/logo-clinic.svg' },
      { id: 'data', name: 'DataLab', tier: 'partner', logo: '/assets/logo-data.svg', description: 'Data platform' },
    ],
  },
};

export const ManyTiers: Story = {
  args: {
    sponsors: ['organizer', 'platinum', 'gold', 'silver', 'bronze', 'partner', 'media', 'Friends of the seminar'].flatMap((tier, t) =>
      Array.from({ length: 1 + (t % 3) }, (_, i) => ({ id: `${t}-${i}`, name: `${tier} sponsor ${i + 1}`, tier })),
    ),
  },
};

/**
 * Logos in the three tiers with translated headings, then a tier the format does not know, written in
 * lower case in the feed: its heading is shown as written.
 */
export const LogosInFourTiers: Story = {
  args: {
    sponsors: [
      { id: 'host', name: 'Nordlys', tier: 'organizer', logo: '/assets/logo-north.svg', url: 'https://example.org/' },
      { id: 'clinic', name: 'Klinika', tier: 'sponsor', logo: '/assets/logo-clinic.svg' },
      { id: 'data', name: 'DataLab', tier: 'sponsor', logo: '/assets/logo-data.svg', description: 'Data platform' },
      { id: 'north-2', name: 'Nordlys Research', tier: 'partner', logo: '/assets/logo-north.svg' },
      { id: 'data-2', name: 'DataLab Academy', tier: 'partner', logo: '/assets/logo-data.svg' },
      { id: 'guild', name: 'Radiographers Guild', tier: 'community', logo: '/assets/logo-clinic.svg' },
    ],
  },
};
