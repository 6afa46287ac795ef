import type { FindMessages } from '../find-messages.js';

export const en: FindMessages = {
  search: 'Search the program',
  searchAndFilters: 'Search and filters',
  filters: { day: 'Day', room: 'Room', track: 'Track', kind: 'Type', language: 'Language' },
  kindNames: {
    talk: 'Talk',
    keynote: 'Keynote',
    panel: 'Panel debate',
    break: 'Break',
    meal: 'Meal',
    arrival: 'Arrival',
    welcome: 'Welcome',
    summary: 'Summary',
    networking: 'Networking',
    other: 'Other',
  },
  matches: (count, total, narrowed) => (narrowed ? `${count} of ${total} sessions` : `${total} sessions`),
  noResults: 'No sessions match your search and filters.',
  clear: 'Clear search and filters',
};
