/** Element classes, events and feed helpers; importing this registers nothing. */
export { SeminarAgenda } from './components/seminar-agenda/seminar-agenda.js';
export { SeminarTimeline } from './components/seminar-timeline/seminar-timeline.js';
export { SeminarSpeakerCard } from './components/seminar-speaker-card/seminar-speaker-card.js';
export { SeminarSponsorStrip } from './components/seminar-sponsor-strip/seminar-sponsor-strip.js';
export { SeminarDayTabs, type DayTab } from './components/seminar-day-tabs/seminar-day-tabs.js';
export { SeminarProgramGrid } from './components/seminar-program-grid/seminar-program-grid.js';
export { SeminarLoadEvent, type SeminarLoadDetail } from './events/seminar-load-event.js';
export { SeminarErrorEvent, type SeminarErrorDetail } from './events/seminar-error-event.js';
export { SeminarDaySelectEvent, type SeminarDaySelectDetail } from './events/seminar-day-select-event.js';
export { SeminarViewChangeEvent, type SeminarViewChangeDetail, type SeminarView } from './events/seminar-view-change-event.js';
export { agendaContext } from './context/agenda-context.js';
export { localeContext } from './context/locale-context.js';
export { timeZoneContext } from './context/time-zone-context.js';
export { messagesContext } from './context/messages-context.js';
export { messagesFor, type Messages, type MessageOverrides } from './i18n/index.js';
export type { TimeZoneChoice } from './i18n/time-zone.js';
export { toICalendar, calendarFileName } from './calendar/ics.js';
export * from './feed/index.js';
