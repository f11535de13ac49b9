import type { CalendarEvent } from './schema.js';
import { addDays, isoDay, isoWeekday } from './zoned.js';
import { wallDay } from '../core/wall-clock.js';
import { monthOfDay, shiftMonth } from './month-key.js';

export { monthOfDay, parseMonth, shiftMonth } from './month-key.js';

/** Weekday ISO numbers: 1 = Monday … 7 = Sunday. */
const FALLBACK_FIRST_DAY: Record<string, number> = { fr: 1, ar: 1, zgh: 1, en: 1, 'en-us': 7, 'ar-sa': 7, 'ar-eg': 6 };

/**
 * The first day of the week for a locale: Intl.Locale's week info where the browser has it
 * (`getWeekInfo()` or `weekInfo`), else a small table (Morocco and Europe start on Monday).
 */
export function firstDayOfWeek(locale: string): number {
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const info = typeof loc.getWeekInfo === 'function' ? loc.getWeekInfo() : loc.weekInfo;
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay;
  } catch {
    /* an unknown tag falls through to the table */
  }
  const lower = locale.toLowerCase();
  return FALLBACK_FIRST_DAY[lower] ?? FALLBACK_FIRST_DAY[lower.split('-')[0]] ?? 1;
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The weeks shown for a month: rows of 7 days (`YYYY-MM-DD`), starting on `firstDay`,
 * including the days of the neighbouring months that complete the first and last rows.
 */
export function monthWeeks(month: string, firstDay: number): string[][] {
  const [y, m] = month.split('-').map(Number);
  const first = isoDay(y, m, 1);
  const last = isoDay(y, m, daysInMonth(month));
  const lead = (isoWeekday(first) - firstDay + 7) % 7;
  let day = addDays(first, -lead);
  const weeks: string[][] = [];
  while (day <= last) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The same day `n` months away, clamped to that month's length (31 Jan + 1 → 28/29 Feb). */
export function shiftDayByMonths(day: string, n: number): string {
  const month = shiftMonth(monthOfDay(day), n);
  const d = Math.min(Number(day.slice(8, 10)), daysInMonth(month));
  return `${month}-${String(d).padStart(2, '0')}`;
}

/**
 * Where the focus goes in the month grid for a key (APG grid / date picker pattern). Left and
 * right follow the reading direction: in RTL, ArrowLeft moves to the next day.
 */
export function moveDay(day: string, key: string, opts: { firstDay: number; rtl?: boolean; shift?: boolean }): string | undefined {
  const forward = opts.rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = opts.rtl ? 'ArrowRight' : 'ArrowLeft';
  const column = (isoWeekday(day) - opts.firstDay + 7) % 7;
  switch (key) {
    case forward:
      return addDays(day, 1);
    case back:
      return addDays(day, -1);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'Home':
      return addDays(day, -column);
    case 'End':
      return addDays(day, 6 - column);
    case 'PageUp':
      return shiftDayByMonths(day, opts.shift ? -12 : -1);
    case 'PageDown':
      return shiftDayByMonths(day, opts.shift ? 12 : 1);
    default:
      return undefined;
  }
}

/** Longest run of days one event is drawn on (a bad end date never floods the grid). */
const MAX_SPAN_DAYS = 62;

/** The events of each day between `from` and `to` (inclusive), in a zone; multi-day events on each of their days. */
export function eventsByDay(events: readonly CalendarEvent[], zone: string, from: string, to: string): Map<string, CalendarEvent[]> {
  const map = new Map<string, CalendarEvent[]>();
  for (const e of events) {
    // Days of the wall clock as written (the same clock the event's text shows).
    const first = e.startDay ?? wallDay({ ms: e.start, offset: e.startOffset }, zone);
    const last = e.endDay ?? (e.end !== undefined && e.end > e.start ? wallDay({ ms: e.end - 1, offset: e.endOffset }, zone) : first);
    if (last < from || first > to) continue;
    let day = first < from ? from : first;
    for (let i = 0; i < MAX_SPAN_DAYS && day <= last && day <= to; i++) {
      const list = map.get(day);
      if (list) list.push(e);
      else map.set(day, [e]);
      day = addDays(day, 1);
    }
  }
  for (const list of map.values()) list.sort((a, b) => a.start - b.start);
  return map;
}
