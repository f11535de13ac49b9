import { dateTimeFormat, formatTime, formatWhen, intlLocale, type DateFormatter, type WrittenInstant, type ZonedText } from '../core/format.js';
import type { CalendarEvent } from './schema.js';

/** Date and time wording of events, through the core's Intl formatting (Latin digits, Moroccan regional formats). */
type Kind = 'day' | 'month' | 'weekday-short' | 'weekday-narrow' | 'weekday-long' | 'day-number';
const OPTIONS: Record<Kind, Intl.DateTimeFormatOptions> = {
  day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  'weekday-short': { weekday: 'short' },
  'weekday-narrow': { weekday: 'narrow' },
  'weekday-long': { weekday: 'long' },
  'day-number': { day: 'numeric' },
};

const dtf = (locale: string, zone: string, kind: Kind): DateFormatter => dateTimeFormat(locale, { ...OPTIONS[kind], timeZone: zone });

const utcDay = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * "Thursday 19 October 2023, 09:00 – 15:30" in a zone, with the visitor's own time when their
 * clock differs (core formatWhen: the wall clock as the data wrote it); all-day events as days.
 * `viewer`: the visitor's zone, `null` for none.
 */
export function formatEventRange(
  e: Pick<CalendarEvent, 'start' | 'end' | 'allDay' | 'startDay' | 'endDay' | 'startOffset' | 'endOffset'>,
  locale: string,
  zone: string,
  viewer: string | null = null,
): ZonedText {
  if (e.allDay && e.startDay) {
    const f = dtf(locale, 'UTC', 'day');
    return { text: e.endDay && e.endDay !== e.startDay ? f.formatRange(utcDay(e.startDay), utcDay(e.endDay)) : f.format(utcDay(e.startDay)) };
  }
  const end = e.end !== undefined ? { ms: e.end, offset: e.endOffset } : undefined;
  return formatWhen({ ms: e.start, offset: e.startOffset }, locale, { zone, end, viewer, style: 'weekday-datetime' });
}

/** An instant (as written: ms and offset) with its weekday, date and time in a zone. */
export function formatInstant(instant: WrittenInstant, locale: string, zone: string): string {
  return formatWhen(instant, locale, { zone, viewer: null, style: 'weekday-datetime' }).text;
}

export function formatClock(ms: number, locale: string, zone: string): string {
  return formatTime(ms, locale, zone);
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

/** OpenStreetMap link for a point (a link only: no tiles are loaded). */
export function osmUrl(lat: number, lon: number): string {
  const la = Number(lat.toFixed(6));
  const lo = Number(lon.toFixed(6));
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=17/${la}/${lo}`;
}
