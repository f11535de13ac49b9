import { OgConsultationCalendar } from './consultation-calendar.js';
import { define } from '../core/define.js';

export { OgConsultationCalendar } from './consultation-calendar.js';
export {
  eventSchema,
  eventsDocumentSchema,
  parseEventsJson,
  mapJsonEvent,
  EVENT_MODES,
  EVENT_STATUSES,
  type CalendarEvent,
  type CalendarData,
  type EventMode,
  type EventStatus,
  type RecurringSeries,
} from './schema.js';
export { registrationState, type RegistrationState } from './registration.js';
export { filterEvents, splitByTime, searchableText, type EventFilter } from './filter.js';
export { eventsInWindow, MAX_OCCURRENCES } from './occurrences.js';
// The iCalendar reader (with ical.js), the .ics export and the month view (month.ts) are loaded
// by the element when needed: re-exported here, they would be in this entry's chunk.

define('og-consultation-calendar', OgConsultationCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'og-consultation-calendar': OgConsultationCalendar;
  }
}
