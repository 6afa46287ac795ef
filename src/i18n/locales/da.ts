import type { Messages } from '../messages.js';

export const da: Messages = {
  loading: 'Henter programmet…',
  error: 'Programmet kan ikke vises lige nu.',
  empty: 'Der er endnu ikke offentliggjort et program.',
  program: 'Program',
  speakers: 'Oplægsholdere',
  sponsors: 'Arrangører og sponsorer',
  with: 'v/',
  moderator: 'Ordstyrer',
  questions: 'Spørgsmål til debatten',
  tbc: 'Afventer bekræftelse',
  kinds: {
    talk: 'Oplæg', keynote: 'Hovedtaler', panel: 'Paneldebat', break: 'Pause', meal: 'Måltid', arrival: 'Ankomst',
    welcome: 'Velkomst', summary: 'Opsummering', networking: 'Netværk', other: 'Programpunkt',
  },
  tiers: { organizer: 'Arrangeret og støttet af', sponsor: 'Sponsorer', partner: 'Partnere' },
};
