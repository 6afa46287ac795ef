import { SeminarSpeakerCard } from '../components/seminar-speaker-card/seminar-speaker-card.js';
import { defineOnce } from '../internal/define-once.js';

defineOnce('seminar-speaker-card', SeminarSpeakerCard);

export { SeminarSpeakerCard };
