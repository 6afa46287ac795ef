import { SeminarTimeline } from '../components/seminar-timeline/seminar-timeline.js';
import { defineOnce } from '../internal/define-once.js';
// Multi-day programs render their day switcher; the grid view renders the grid.
import './seminar-day-tabs.js';
import './seminar-program-grid.js';

defineOnce('seminar-timeline', SeminarTimeline);

export { SeminarTimeline };
