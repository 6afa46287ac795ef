import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/all.ts';

interface Args {
  name?: string;
  jobTitle?: string;
  organization?: string;
  photo?: string;
  tbc: boolean;
  bio: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-speaker-card',
  component: 'seminar-speaker-card',
  args: {
    name: 'Stine Sofia Korreman',
    jobTitle: 'Professor',
    organization: 'Aarhus Universitetshospital',
    tbc: false,
    bio: 'Works on AI in radiotherapy planning.',
    lang: 'en',
  },
  argTypes: { lang: { control: 'inline-radio', options: ['da', 'en'] } },
  render: ({ name, jobTitle, organization, photo, tbc, bio, lang }) => html`<div style="max-inline-size: 28rem">
    <seminar-speaker-card name=${ifDefined(name)} job-title=${ifDefined(jobTitle)} organization=${ifDefined(organization)}
      photo=${ifDefined(photo)} ?tbc=${tbc} lang=${lang}>${bio}</seminar-speaker-card>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** No photo: the initials in the accent colour. */
export const WithoutPhoto: Story = {};

export const WithPhoto: Story = { args: { photo: '/assets/portrait.svg' } };

export const LongNameAndBio: Story = {
  args: {
    name: 'Maria-Alexandra Christiansen-Vestergaard Østergaard-Lindqvist',
    jobTitle: 'Overlæge, klinisk lektor og forskningsansvarlig for kunstig intelligens i billeddiagnostik',
    bio: 'Leads the regional programme that evaluates AI tools for radiology before they reach the clinic. '.repeat(6),
  },
};

/** Named but not yet confirmed. */
export const Tbc: Story = { args: { tbc: true } };

/** Only the organization is known: the card reads "to be confirmed", in Danish here. */
export const TbcUnnamed: Story = {
  args: { name: undefined, jobTitle: undefined, organization: 'Cerebriu', tbc: true, bio: '', lang: 'da' },
};
