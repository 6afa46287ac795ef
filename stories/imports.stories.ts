import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/all.ts';
import type { SourceFormat } from '../src/feed/decode.js';
import { SEMINAR_URL } from './support.js';

interface Args {
  src: string;
  format: SourceFormat;
  eventTimeZone?: string;
  sponsorsSrc?: string;
  timeZone?: string;
  lang?: string;
}

/**
 * Real exports from tests/fixtures/feeds (served as /feeds), read by the agenda on the fly: the
 * importers load only for these stories, as they do on a partner's page.
 */
const meta: Meta<Args> = {
  title: 'Imports/Exports read on the fly',
  component: 'seminar-agenda',
  args: { format: 'auto', lang: 'en' },
  argTypes: { lang: { control: 'inline-radio', options: ['', 'da', 'en'] } },
  // Real programs are long: each story in a frame of fixed height on the docs page, which scrolls.
  parameters: { docs: { story: { inline: false, height: '36rem' } } },
  render: ({ src, format, eventTimeZone, sponsorsSrc, timeZone, lang }) => html`<seminar-agenda src=${src} format=${format}
    event-time-zone=${ifDefined(eventTimeZone)} sponsors-src=${ifDefined(sponsorsSrc)} time-zone=${ifDefined(timeZone)}
    lang=${ifDefined(lang || undefined)} no-store></seminar-agenda>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The 39th Chaos Communication Congress from its frab schedule.xml: 4 days, 14 rooms, 215 sessions. */
export const Congress39C3: Story = { name: '39C3', args: { src: '/feeds/39c3.schedule.xml', format: 'frab-xml' } };

/** A pretalx schedule.json, recognised from its content: 3 days, 36 sessions. */
export const PretalxDemoCon: Story = { name: 'pretalx: DemoCon', args: { src: '/feeds/pretalx-democon.schedule.json' } };

/** A Sessionize "All data" export; it carries no time zone, so the page names it. */
export const SessionizeDddMelbourne: Story = {
  name: 'Sessionize: DDD Melbourne',
  args: { src: '/feeds/ddd-melbourne-2025.sessionize-all.json', eventTimeZone: 'Australia/Melbourne' },
};

/** A frab schedule.json of a five-day camp, German and English: 79 sessions in 2 rooms. */
export const FrabCamp2019: Story = { name: 'frab: Camp 2019', args: { src: '/feeds/frab-camp2019.schedule.json' } };

/** The Danish seminar with a separate sponsor list added after the feed's own organizers. */
export const SeparateSponsorList: Story = {
  args: { src: SEMINAR_URL, lang: '', sponsorsSrc: '/assets/sponsors.json' },
};
