import type { CalendarData, CalendarEvent } from './schema.js';

/** Bound for repeating events: never more than this many occurrences of one in a window. */
export const MAX_OCCURRENCES = 500;

/** All events of the data within a window: single events plus the occurrences of repeating ones. */
export function eventsInWindow(data: CalendarData, from: number, to: number, max = MAX_OCCURRENCES): CalendarEvent[] {
  if (!data.series.length) return data.events;
  return [...data.events, ...data.series.flatMap((s) => s.expand(from, to, max))];
}
