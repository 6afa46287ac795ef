import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/all.ts';

const meta: Meta<{ selected: string }> = {
  title: 'Elements/seminar-day-tabs',
  component: 'seminar-day-tabs',
  args: { selected: '2025-05-21' },
  argTypes: { selected: { control: 'inline-radio', options: ['2025-05-20', '2025-05-21', '2025-05-22'] } },
  render: ({ selected }) =>
    html`<seminar-day-tabs label="Days" selected=${selected} .tabs=${[
      { value: '2025-05-20', label: 'Tuesday 20 May' },
      { value: '2025-05-21', label: 'Wednesday 21 May' },
      { value: '2025-05-22', label: 'Thursday 22 May' },
    ]}><p>The selected day's program goes here.</p></seminar-day-tabs>`,
};
export default meta;

/** Arrow keys move between days, Home and End jump. */
export const Days: StoryObj<{ selected: string }> = {};
