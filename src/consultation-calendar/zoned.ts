import { zoneOffsetAt } from '../core/wall-clock.js';

/**
 * Wall-clock arithmetic in IANA time zones: the offset of a zone at an instant (core/wall-clock:
 * our own table for Morocco, Intl for the rest), the instant of a wall time in a zone, and
 * calendar-day helpers. Framework-free.
 */
const zoneValidity = new Map<string, boolean>();

/** True when the browser knows this IANA time zone. */
export function isValidTimeZone(zone: string | undefined | null): boolean {
  if (!zone) return false;
  let ok = zoneValidity.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    zoneValidity.set(zone, ok);
  }
  return ok;
}

export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall time of an instant in a zone (Morocco from our tz 2026c table, see core/zone-rules.ts). */
export function wallTime(ms: number, zone: string): WallTime {
  const d = new Date(ms + zoneOffset(ms, zone));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

/** Milliseconds to add to UTC to get the zone's wall time at this instant. */
export function zoneOffset(ms: number, zone: string): number {
  return zoneOffsetAt(ms, zone) * 60_000;
}

/**
 * The instant of a wall time in a zone. In a gap (clocks jump forward) the later offset is
 * used when it fits, else the earlier one.
 */
export function zonedToUtc(w: WallTime, zone: string): number {
  const guess = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const o1 = zoneOffset(guess, zone);
  let t = guess - o1;
  const o2 = zoneOffset(t, zone);
  if (o1 !== o2) {
    const t2 = guess - o2;
    if (zoneOffset(t2, zone) === o2) t = t2;
  }
  return t;
}

/** `YYYY-MM-DD` of an instant in a zone. */
export function dayOf(ms: number, zone: string): string {
  const w = wallTime(ms, zone);
  return isoDay(w.year, w.month, w.day);
}

export function isoDay(year: number, month: number, day: number): string {
  const y = String(Math.abs(year)).padStart(4, '0');
  return `${year < 0 ? '-' : ''}${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` plus `n` days (calendar arithmetic, no time zone). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + n));
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Day of the week of `YYYY-MM-DD`: 1 = Monday … 7 = Sunday (ISO, like Intl's weekInfo). */
export function isoWeekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** Midnight starting `day` in a zone, as an instant. */
export function startOfDay(day: string, zone: string): number {
  const [year, month, d] = day.split('-').map(Number);
  return zonedToUtc({ year, month, day: d, hour: 0, minute: 0, second: 0 }, zone);
}
