import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/all.ts';
import type { AgendaModel } from '../src/feed/index.js';
import { modelOf, smallFeed } from './support.js';

interface Args {
  speakerId?: string;
  model?: AgendaModel;
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
  render: ({ speakerId, model, name, jobTitle, organization, photo, tbc, bio, lang }) => html`<div style="max-inline-size: 28rem">
    <seminar-speaker-card speaker-id=${ifDefined(speakerId)} .model=${model} name=${ifDefined(name)} job-title=${ifDefined(jobTitle)} organization=${ifDefined(organization)}
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

/** A program in which one speaker awaits confirmation in two sessions and another moderates. */
const program = modelOf(
  smallFeed({
    sessions: [
      { id: 'screening', start: '2025-05-20T09:00', end: '2025-05-20T09:30', title: 'Screening with CAI-X', speakers: ['syd'] },
      {
        id: 'panel',
        start: '2025-05-20T09:30',
        end: '2025-05-20T10:15',
        kind: 'panel',
        title: 'Who checks the algorithm?',
        speakers: ['syd'],
        moderators: ['holm'],
      },
    ],
    speakers: [
      { id: 'syd', organization: 'Region Syddanmark', tbc: true },
      { id: 'holm', name: 'Kirsten Holm', jobTitle: 'Editor', organization: 'Dagens Medicin' },
    ],
  }),
);

/** Only the program's card fields: the attributes a card standing alone would fall back on are cleared. */
const fromProgram: Partial<Args> = { model: program, name: undefined, jobTitle: undefined, organization: undefined, bio: '' };

/**
 * A speaker of the program (`speaker-id`, with the program from the agenda or the `model` property)
 * who awaits confirmation: the card names the sessions they are expected in.
 */
export const TbcWithSessions: Story = { name: 'TBC, naming their sessions', args: { ...fromProgram, speakerId: 'syd' } };

/** A speaker who moderates a session: the card says so under the name. */
export const Moderator: Story = { args: { ...fromProgram, speakerId: 'holm' } };

/**
 * A `speaker-id` the program does not have, and no attributes to fall back on: the card renders
 * nothing (this canvas stays empty) and warns in the console, rather than show an empty or
 * "to be confirmed" card for someone who is not in the program.
 */
export const SpeakerIdNotFound: Story = { name: 'speaker-id not found', args: { ...fromProgram, speakerId: 'nobody' } };
