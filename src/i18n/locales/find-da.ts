import type { FindMessages } from '../find-messages.js';

export const da: FindMessages = {
  search: 'Søg i programmet',
  searchAndFilters: 'Søgning og filtre',
  filters: { day: 'Dag', room: 'Lokale', track: 'Spor', kind: 'Type', language: 'Sprog' },
  kindNames: {
    talk: 'Oplæg',
    keynote: 'Hovedtaler',
    panel: 'Paneldebat',
    break: 'Pause',
    meal: 'Måltid',
    arrival: 'Ankomst',
    welcome: 'Velkomst',
    summary: 'Opsummering',
    networking: 'Netværk',
    other: 'Andet',
  },
  matches: (count, total, narrowed) => (narrowed ? `${count} af ${total} sessioner` : `${total} sessioner`),
  noResults: 'Ingen sessioner passer til din søgning og dine filtre.',
  clear: 'Ryd søgning og filtre',
};
