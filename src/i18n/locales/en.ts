import type { Messages } from '../messages.js';

export const en: Messages = {
  loading: 'Loading the program…',
  error: 'The program cannot be shown right now.',
  empty: 'No sessions have been published yet.',
  program: 'Program',
  speakers: 'Speakers',
  sponsors: 'Organizers and sponsors',
  with: 'With',
  moderator: 'Moderator',
  questions: 'Questions for the debate',
  tbc: 'To be confirmed',
  kinds: {
    talk: 'Talk', keynote: 'Keynote', panel: 'Panel debate', break: 'Break', meal: 'Meal', arrival: 'Arrival',
    welcome: 'Welcome', summary: 'Summary', networking: 'Networking', other: 'Session',
  },
  tiers: { organizer: 'Organized and supported by', sponsor: 'Sponsors', partner: 'Partners' },
};
