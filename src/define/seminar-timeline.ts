import { SeminarTimeline } from '../components/seminar-timeline/seminar-timeline.js';
import { defineOnce } from '../internal/define-once.js';
// Multi-day programs render their day switcher.
import './seminar-day-tabs.js';

defineOnce('seminar-timeline', SeminarTimeline);

export { SeminarTimeline };
