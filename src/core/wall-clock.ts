import { periodAt, type ZoneRule } from './zone-rules.js';

/**
 * Which UTC offset a wall clock shows, without trusting the device more than needed:
 * 1. an instant written with a numeric offset (`2026-12-10T17:00:00+00:00`) shows the time its
 *    author wrote (17:00), when that offset is plausible for the zone shown (within one hour of
 *    the zone's rules: a daylight-saving or rule change, not another country's time); when
 *    that offset is not the one in force, the time written is taken as the one meant
 *    (meantInstant);
 * 2. otherwise (`Z`, a Date, epoch ms) the zone's rules: our own table for zones that changed
 *    recently (zone-rules.ts: Morocco, tz 2026c), else the device's Intl data.
 * Framework-free and DOM-free: the command-line tools use it through the Node bundle.
 */

/** An instant as the data wrote it: epoch ms, and the offset written with it, if any. */
export interface WrittenInstant {
  ms: number;
  /** Minutes east of UTC as written (`+01:00` → 60); undefined for `Z` or none. */
  offset?: number;
}

export type InstantInput = string | number | Date | WrittenInstant;

const OFFSET = /([+-])(\d{2}):?(\d{2})$/;

/** The numeric offset written at the end of an ISO 8601 date-time, in minutes; undefined for `Z`. */
export function writtenOffset(text: string): number | undefined {
  if (!text.includes('T')) return undefined;
  const m = OFFSET.exec(text.trim());
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** Reads any instant the widgets get; undefined when it is not a valid instant. */
export function readInstant(value: InstantInput): WrittenInstant | undefined {
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : { ms, offset: writtenOffset(value) };
  }
  if (typeof value === 'number') return Number.isFinite(value) ? { ms: value } : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : { ms: value.getTime() };
  return Number.isFinite(value.ms) ? value : undefined;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The device's offset for a zone at an instant, in minutes (Intl only). */
function deviceOffset(ms: number, zone: string): number {
  let f = offsetFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    offsetFormats.set(zone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** A zone's offset at an instant, in minutes: our table (tz 2026c) for Morocco, else the device's. */
export function zoneOffsetAt(ms: number, zone: string): number {
  if (FIXED_ZONES.has(zone)) return 0;
  return periodAt(ms, zone)?.offset ?? deviceOffset(ms, zone);
}

const FIXED_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT']);

/** The offset a wall clock in `zone` shows for this instant: the written one when plausible, else the rules'. */
export function shownOffset(instant: WrittenInstant, zone: string): number {
  const rules = zoneOffsetAt(instant.ms, zone);
  // A fixed zone (UTC) has no rules a device could have wrong: its wall clock is the rules'.
  if (FIXED_ZONES.has(zone)) return rules;
  return instant.offset !== undefined && Math.abs(instant.offset - rules) <= 60 ? instant.offset : rules;
}

/**
 * The instant a written time means, with the offset of its wall clock: the time as written,
 * under the zone's rules in force. The same instant unless the zone is in our own table and the
 * data's offset is outdated (`18:00+01:00` in Morocco in December 2026 means 18:00 there, i.e.
 * `{ ms: 18:00 UTC, offset: 0 }`). The device's rules never move an instant: they may be the
 * outdated ones. The visitor's time and the `.ics` follow it, so they agree with the time shown.
 */
export function meantInstant(instant: WrittenInstant, zone: string): Required<WrittenInstant> {
  const shown = shownOffset(instant, zone);
  const own = periodAt(instant.ms, zone)?.offset;
  // At a change of offset, the instant that ends the old period may be written with either
  // offset (02:00+01:00 is 01:00+00:00 on 2026-09-20): it is the same instant, kept as written.
  if (own !== undefined && instant.offset !== undefined && instant.offset !== own && periodAt(instant.ms - 1, zone)?.offset === instant.offset)
    return { ms: instant.ms, offset: instant.offset };
  return own === undefined ? { ms: instant.ms, offset: shown } : { ms: instant.ms + (shown - own) * 60_000, offset: own };
}

/**
 * The wall clock of an instant in a zone, as a Date whose UTC fields are the wall-clock fields
 * (format it with `timeZone: 'UTC'`).
 */
export function wallClockDate(instant: WrittenInstant, zone: string): Date {
  return new Date(instant.ms + shownOffset(instant, zone) * 60_000);
}

/** `YYYY-MM-DD` of an instant's wall clock in a zone. */
export function wallDay(instant: WrittenInstant, zone: string): string {
  return wallClockDate(instant, zone).toISOString().slice(0, 10);
}

/** `+01:00` / `-03:30` for an offset in minutes. */
export function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * An ISO 8601 instant with the zone's offset in force (our table for Morocco), e.g. for files
 * the tools write: `2026-12-10T17:00:00+00:00`. Right whatever the runtime's tz data says.
 */
export function isoInZone(ms: number, zone: string): string {
  const offset = zoneOffsetAt(ms, zone);
  return new Date(ms + offset * 60_000).toISOString().replace(/\.\d{3}Z$/, offsetText(offset));
}

/** A written offset that disagrees with the zone's rules in force at that instant (our table). */
export interface OffsetMismatch {
  /** Offsets in minutes: as written, and in force. */
  written: number;
  expected: number;
  /** The rule in force, and its period (epoch ms; `until` absent: still in force). */
  rule: ZoneRule;
  from: number;
  until?: number;
  /** The same wall-clock time with the offset in force (what to write if that time was meant). */
  fixed: string;
}

/**
 * For files we check (`validate`): whether an instant written in a zone with our own rules
 * (Morocco) carries an offset other than the one in force on its date, e.g. `+01:00` in
 * December 2026. Undefined when it agrees, has no numeric offset or the zone is not covered.
 */
export function checkWrittenOffset(text: string, zone: string): OffsetMismatch | undefined {
  const written = writtenOffset(text);
  const ms = Date.parse(text);
  if (written === undefined || Number.isNaN(ms)) return undefined;
  const period = periodAt(ms, zone);
  if (!period || period.offset === written) return undefined;
  const fixed = text.trim().replace(OFFSET, offsetText(period.offset));
  return { written, expected: period.offset, rule: period.rule, from: period.from, until: period.until, fixed };
}

/** Midnight starting a calendar day (`YYYY-MM-DD`) in a zone, as an instant (our rules for Morocco). */
export function dayStartIn(day: string, zone: string): number {
  const asUtc = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  const first = asUtc - zoneOffsetAt(asUtc, zone) * 60_000;
  return asUtc - zoneOffsetAt(first, zone) * 60_000;
}

/**
 * The instant a data value means in a zone: a date-only value is the start of that day there
 * (`endOfDay`: the last millisecond of it); a date and time is its wall clock as written
 * (meantInstant). NaN when unreadable.
 */
export function instantIn(value: string, zone: string, endOfDay = false): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (!endOfDay) return dayStartIn(value, zone);
    const next = new Date(Date.parse(`${value}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    return dayStartIn(next, zone) - 1;
  }
  const instant = readInstant(value);
  return instant ? meantInstant(instant, zone).ms : NaN;
}
