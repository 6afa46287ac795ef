/** Element classes, events and feed helpers; importing this registers nothing. */
export { SeminarAgenda } from './components/seminar-agenda/seminar-agenda.js';
export { SeminarTimeline } from './components/seminar-timeline/seminar-timeline.js';
export { SeminarSpeakerCard } from './components/seminar-speaker-card/seminar-speaker-card.js';
export { SeminarSponsorStrip } from './components/seminar-sponsor-strip/seminar-sponsor-strip.js';
export { SeminarLoadEvent, type SeminarLoadDetail } from './events/seminar-load-event.js';
export { SeminarErrorEvent, type SeminarErrorDetail } from './events/seminar-error-event.js';
export { agendaContext } from './context/agenda-context.js';
export { localeContext } from './context/locale-context.js';
export { messagesFor, type Messages } from './i18n/index.js';
export * from './feed/index.js';
