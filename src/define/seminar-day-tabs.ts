import { SeminarDayTabs } from '../components/seminar-day-tabs/seminar-day-tabs.js';
import { defineOnce } from '../internal/define-once.js';

defineOnce('seminar-day-tabs', SeminarDayTabs);

export { SeminarDayTabs };
