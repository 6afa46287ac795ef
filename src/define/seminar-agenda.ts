import { SeminarAgenda } from '../components/seminar-agenda/seminar-agenda.js';
import { defineOnce } from '../internal/define-once.js';

defineOnce('seminar-agenda', SeminarAgenda);

export { SeminarAgenda };
