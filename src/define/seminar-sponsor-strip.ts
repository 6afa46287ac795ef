import { SeminarSponsorStrip } from '../components/seminar-sponsor-strip/seminar-sponsor-strip.js';
import { defineOnce } from '../internal/define-once.js';

defineOnce('seminar-sponsor-strip', SeminarSponsorStrip);

export { SeminarSponsorStrip };
