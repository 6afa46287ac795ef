import { SeminarSpeakerDirectory } from '../components/seminar-speaker-directory/seminar-speaker-directory.js';
import { defineOnce } from '../internal/define-once.js';

defineOnce('seminar-speaker-directory', SeminarSpeakerDirectory);

export { SeminarSpeakerDirectory };
