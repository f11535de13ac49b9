/**
 * Date-time pickers show the commune's wall time (its zone, not the computer's); the file keeps
 * the instant with that zone's offset. Dates alone stay dates alone.
 */
import { wallTime, zoneOffset, zonedToUtc } from '../consultation-calendar/zoned.js';

const two = (n: number) => String(n).padStart(2, '0');

/** `2025-10-15T17:00:00+01:00` → `2025-10-15T16:00` in a UTC+00 zone (a datetime-local value). */
export function instantToLocalInput(iso: string, zone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const w = wallTime(ms, zone);
  return `${w.year}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
}

/** A datetime-local value read as the zone's wall time → ISO 8601 with the zone's offset. */
export function localInputToInstant(local: string, zone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const ms = zonedToUtc({ year, month, day, hour, minute, second: 0 }, zone);
  const offset = Math.round(zoneOffset(ms, zone) / 60000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:00${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** Today and now in the zone (new items' dates). */
export function todayIn(zone: string, ms = Date.now()): { today: string; now: string } {
  const w = wallTime(ms, zone);
  const today = `${w.year}-${two(w.month)}-${two(w.day)}`;
  return { today, now: localInputToInstant(`${today}T${two(w.hour)}:${two(w.minute)}`, zone)! };
}
