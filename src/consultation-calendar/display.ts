import { dateTimeFormat, intlLocale, type DateFormatter } from '../core/format.js';
import type { CalendarEvent } from './schema.js';

/** Date and time wording of events, through the core's Intl formatting (Latin digits, Moroccan regional formats). */
type Kind = 'datetime' | 'day' | 'time' | 'month' | 'weekday-short' | 'weekday-narrow' | 'weekday-long' | 'day-number';
const OPTIONS: Record<Kind, Intl.DateTimeFormatOptions> = {
  datetime: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  month: { month: 'long', year: 'numeric' },
  'weekday-short': { weekday: 'short' },
  'weekday-narrow': { weekday: 'narrow' },
  'weekday-long': { weekday: 'long' },
  'day-number': { day: 'numeric' },
};

const dtf = (locale: string, zone: string, kind: Kind): DateFormatter => dateTimeFormat(locale, { ...OPTIONS[kind], timeZone: zone });

const utcDay = (day: string) => new Date(`${day}T12:00:00Z`);

/** "Thursday 19 October 2023, 09:00 – 15:30" in a zone; all-day events as days. */
export function formatEventRange(e: Pick<CalendarEvent, 'start' | 'end' | 'allDay' | 'startDay' | 'endDay'>, locale: string, zone: string): string {
  if (e.allDay && e.startDay) {
    const f = dtf(locale, 'UTC', 'day');
    return e.endDay && e.endDay !== e.startDay ? f.formatRange(utcDay(e.startDay), utcDay(e.endDay)) : f.format(utcDay(e.startDay));
  }
  const f = dtf(locale, zone, 'datetime');
  return e.end !== undefined && e.end > e.start ? f.formatRange(new Date(e.start), new Date(e.end)) : f.format(new Date(e.start));
}

export function formatInstant(ms: number, locale: string, zone: string): string {
  return dtf(locale, zone, 'datetime').format(new Date(ms));
}

export function formatClock(ms: number, locale: string, zone: string): string {
  return dtf(locale, zone, 'time').format(new Date(ms));
}

/** A calendar day `YYYY-MM-DD` in words, with its weekday. */
export function formatLongDay(day: string, locale: string): string {
  return dtf(locale, 'UTC', 'day').format(utcDay(day));
}

export function formatMonthTitle(month: string, locale: string): string {
  return dtf(locale, 'UTC', 'month').format(utcDay(`${month}-15`));
}

export function formatDayNumber(day: string, locale: string): string {
  return dtf(locale, 'UTC', 'day-number').format(utcDay(day));
}

export function weekdayName(day: string, locale: string, style: 'short' | 'narrow' | 'long'): string {
  return dtf(locale, 'UTC', `weekday-${style}`).format(utcDay(day));
}

/** A zone's name for people ("Central European Time"), else its IANA id. */
export function zoneLabel(zone: string, locale: string, at: number): string {
  // Without date data for the UI language (Tamazight), the zone's city beats a French name.
  if (!Intl.DateTimeFormat.supportedLocalesOf([locale.split('-')[0]]).length) return zone.split('/').pop()!.replace(/_/g, ' ');
  try {
    const parts = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(new Date(at));
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
  } catch {
    return zone;
  }
}

/** The viewer's own time zone, from the browser. */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** OpenStreetMap link for a point (a link only: no tiles are loaded). */
export function osmUrl(lat: number, lon: number): string {
  const la = Number(lat.toFixed(6));
  const lo = Number(lon.toFixed(6));
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=17/${la}/${lo}`;
}
