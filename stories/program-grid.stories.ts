import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/all.ts';
import type { SourceFormat } from '../src/feed/decode.js';
import type { SeminarTheme } from '../src/internal/seminar-element.js';
import { SEMINAR_URL } from './support.js';

interface Args {
  src: string;
  format: SourceFormat;
  theme: SeminarTheme;
  /** Width of the column the agenda sits in. */
  width: string;
}

/**
 * The grid view (`view="grid"`): rooms as columns, time as rows, each session as tall as it lasts,
 * breaks and plenary sessions across all rooms. The List/Grid switch sits in the program tools.
 */
const meta: Meta<Args> = {
  title: 'Views/Grid',
  component: 'seminar-agenda',
  args: { format: 'auto', theme: 'light', width: '100%' },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] } },
  parameters: { docs: { story: { inline: false, height: '40rem' } } },
  render: ({ src, format, theme, width }) => html`<div style="inline-size: ${width}">
    <seminar-agenda lang="en" view="grid" src=${src} format=${ifDefined(format)} theme=${theme} no-store></seminar-agenda>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A large real program: 39C3's frab schedule.xml, 4 days, 14 rooms, 215 sessions; the grid scrolls sideways inside itself. */
export const Congress39C3: Story = { name: '39C3', args: { src: '/feeds/39c3.schedule.xml', format: 'frab-xml' } };

/** The same in the dark theme. */
export const Congress39C3Dark: Story = { name: '39C3, dark', args: { ...Congress39C3.args, theme: 'dark' } };

/** The seminar has no rooms: a single column, breaks across it. */
export const Seminar: Story = { args: { src: SEMINAR_URL } };

/** In a 360 px column two rooms do not fit: the list shows with a note, and the switch stays. */
export const TooNarrow: Story = { name: 'Too narrow: the list', args: { ...Congress39C3.args, width: '360px' } };
