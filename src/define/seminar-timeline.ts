import { SeminarTimeline } from '../components/seminar-timeline/seminar-timeline.js';
import { defineOnce } from '../internal/define-once.js';

defineOnce('seminar-timeline', SeminarTimeline);

export { SeminarTimeline };
