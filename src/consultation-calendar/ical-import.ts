import ICALNamespace from 'ical.js';
import type { Parsed } from '../core/data-source.js';
import { LoadError } from '../core/loader.js';
import { safeUrl } from '../core/safe-url.js';
import { deriveMode, untilOf, type CalendarData, type CalendarEvent, type EventStatus, type RecurringSeries } from './schema.js';
import { addDays, isValidTimeZone, isoDay, startOfDay, zonedToUtc } from './zoned.js';
import { MAX_OCCURRENCES } from './occurrences.js';

/*
 * The iCalendar reader. It imports ical.js itself, and the widget loads this module with a
 * dynamic import() only for an iCalendar source: reader and library are one lazy chunk, and a
 * page reading JSON downloads neither.
 */

type ICAL = typeof ICALNamespace;
type Component = InstanceType<ICAL['Component']>;
type Time = InstanceType<ICAL['Time']>;

/** Bound for expanding a repeating event: never more iteration steps than this. */
export const MAX_STEPS = 20_000;

/** A content line: `NAME[;PARAM=value…]:value` (RFC 5545 §3.1). */
const CONTENT_LINE = /^[A-Za-z0-9-]+(;[A-Za-z0-9-]+=("[^"]*"|[^";:,]*)(,("[^"]*"|[^";:,]*))*)*:/;

/**
 * Unfolds the text and drops lines that are not content lines, counting them. ical.js
 * rejects a whole file for one such line; a feed with one bad line should still show.
 */
export function cleanLines(text: string): { lines: string[]; malformed: number } {
  const unfolded = text.replace(/^\uFEFF/, '').replace(/\r\n[ \t]|\n[ \t]|\r[ \t]/g, '');
  const lines: string[] = [];
  let malformed = 0;
  for (const line of unfolded.split(/\r\n|\n|\r/)) {
    if (line.trim() === '') continue;
    if (CONTENT_LINE.test(line)) lines.push(line);
    else malformed++;
  }
  return { lines, malformed };
}

/** Splits cleaned lines into the calendar's VTIMEZONE and VEVENT blocks (for a per-event retry). */
function blocks(lines: string[]): { timezones: string[][]; events: string[][]; broken: number } {
  const timezones: string[][] = [];
  const events: string[][] = [];
  let broken = 0;
  let current: string[] | undefined;
  let kind = '';
  let depth = 0;
  for (const line of lines) {
    const upper = line.toUpperCase();
    if (!current && (upper === 'BEGIN:VEVENT' || upper === 'BEGIN:VTIMEZONE')) {
      current = [line];
      kind = upper.slice(6);
      depth = 1;
      continue;
    }
    if (!current) continue;
    if (upper === 'BEGIN:VEVENT' && kind === 'VEVENT') {
      broken++; // an event that never ended
      current = [line];
      depth = 1;
      continue;
    }
    current.push(line);
    if (upper.startsWith('BEGIN:')) depth++;
    if (upper.startsWith('END:')) depth--;
    if (depth === 0) {
      (kind === 'VEVENT' ? events : timezones).push(current);
      current = undefined;
    }
  }
  if (current) broken++;
  return { timezones, events, broken };
}

class UnknownZone extends Error {}

interface ZoneRule {
  /** IANA zone resolved by us (TZID without VTIMEZONE), or undefined when ical.js knows the zone. */
  iana?: string;
  floating: boolean;
}

function zoneRule(ical: ICAL, component: Component, name: string): ZoneRule {
  const prop = component.getFirstProperty(name);
  const tzid = prop?.getParameter('tzid');
  const value = prop?.getFirstValue() as Time | undefined;
  if (!value || value.isDate) return { floating: false };
  if (typeof tzid === 'string' && tzid) {
    if (ical.TimezoneService.has(tzid)) return { floating: false };
    const cleaned = tzid.replace(/^\//, '');
    if (isValidTimeZone(cleaned)) return { iana: cleaned, floating: false };
    throw new UnknownZone(`unknown time zone ${tzid}`);
  }
  return { floating: value.zone?.tzid !== 'UTC' };
}

function toMs(time: Time, rule: ZoneRule, displayZone: string): number {
  if (time.isDate) return startOfDay(isoDay(time.year, time.month, time.day), displayZone);
  const wall = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
  if (rule.iana) return zonedToUtc(wall, rule.iana);
  if (rule.floating) return zonedToUtc(wall, displayZone);
  return time.toUnixTime() * 1000;
}

function text(component: Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function statusOf(component: Component): EventStatus {
  const own = (text(component, 'x-og-status') ?? '').toLowerCase();
  if (own === 'postponed' || own === 'cancelled' || own === 'completed' || own === 'scheduled') return own;
  return (text(component, 'status') ?? '').toUpperCase() === 'CANCELLED' ? 'cancelled' : 'scheduled';
}

interface Template {
  base: Omit<CalendarEvent, 'key' | 'start' | 'end' | 'until' | 'startDay' | 'endDay'>;
  startRule: ZoneRule;
  /** Duration in ms (timed) or days (all-day). */
  length?: number;
}

function template(ical: ICAL, component: Component, displayZone: string): { event: InstanceType<ICAL['Event']>; tpl: Template; start: Time; end?: Time } {
  const event = new ical.Event(component);
  const start = event.startDate;
  if (!start) throw new Error('no DTSTART');
  const startRule = zoneRule(ical, component, 'dtstart');
  const hasEnd = component.hasProperty('dtend') || component.hasProperty('duration');
  const end = hasEnd ? event.endDate : undefined;
  const endRule = component.hasProperty('dtend') ? zoneRule(ical, component, 'dtend') : startRule;
  const startMs = toMs(start, startRule, displayZone);
  const endMs = end ? toMs(end, endRule, displayZone) : undefined;
  if (!Number.isFinite(startMs) || (endMs !== undefined && !Number.isFinite(endMs))) throw new Error('bad date');
  if (endMs !== undefined && endMs < startMs) throw new Error('end before start');
  const geo = component.getFirstPropertyValue('geo') as unknown;
  const [lat, lon] = Array.isArray(geo) ? geo.map(Number) : [];
  const name = text(component, 'location');
  const location =
    name || (Number.isFinite(lat) && Number.isFinite(lon))
      ? { name, lat: Math.abs(lat) <= 90 ? lat : undefined, lon: Math.abs(lon) <= 180 ? lon : undefined }
      : undefined;
  const conference = safeUrl(text(component, 'conference'));
  const url = safeUrl(text(component, 'url'));
  const modeText = (text(component, 'x-og-mode') ?? '').toLowerCase();
  const mode = modeText === 'in-person' || modeText === 'online' || modeText === 'hybrid' ? modeText : deriveMode(location !== undefined, conference !== undefined);
  const organizer = component.getFirstProperty('organizer');
  const cn = organizer?.getParameter('cn');
  const categories = component.getFirstPropertyValue('categories');
  const uid = text(component, 'uid') ?? `${text(component, 'summary') ?? 'event'}-${startMs}`;
  let length: number | undefined;
  if (start.isDate) length = end ? Math.max(1, Math.round((Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / 86_400_000)) : 1;
  else if (endMs !== undefined) length = endMs - startMs;
  return {
    event,
    start,
    end,
    tpl: {
      startRule,
      length,
      base: {
        id: uid,
        title: text(component, 'summary') ?? uid,
        description: text(component, 'description'),
        allDay: start.isDate,
        mode,
        location,
        onlineUrl: conference ?? (mode === 'online' ? url : undefined),
        url,
        status: statusOf(component),
        theme: typeof categories === 'string' && categories.trim() ? categories : undefined,
        organizer: typeof cn === 'string' && cn ? cn : undefined,
      },
    },
  };
}

function occurrence(tpl: Template, start: Time, displayZone: string, recurring: boolean): CalendarEvent {
  const base = tpl.base;
  if (start.isDate) {
    const startDay = isoDay(start.year, start.month, start.day);
    const endDay = addDays(startDay, (tpl.length ?? 1) - 1);
    const startMs = startOfDay(startDay, displayZone);
    const end = startOfDay(addDays(endDay, 1), displayZone);
    return { ...base, key: recurring ? `${base.id}@${startDay}` : base.id, start: startMs, end, until: end, startDay, endDay, recurring: recurring || undefined };
  }
  const startMs = toMs(start, tpl.startRule, displayZone);
  const end = tpl.length !== undefined ? startMs + tpl.length : undefined;
  return { ...base, key: recurring ? `${base.id}@${startMs}` : base.id, start: startMs, end, until: untilOf(startMs, end, displayZone), recurring: recurring || undefined };
}

/**
 * Parses an iCalendar feed: VTIMEZONEs registered, TZIDs resolved (a TZID the browser knows
 * works without its VTIMEZONE), all-day events, RRULE/RDATE/EXDATE expanded on demand within a
 * bounded window, RECURRENCE-ID overrides, escaped text. Malformed lines and events that
 * cannot be read (unknown zone, end before start, no start) are skipped and counted.
 */
export function parseICalendar(ical: ICAL, text: string, displayZone: string): Parsed<CalendarData> {
  const { lines, malformed } = cleanLines(text);
  if (!lines.some((l) => l.toUpperCase() === 'BEGIN:VCALENDAR')) throw new LoadError('invalid', 'invalid');
  let skipped = malformed;
  let vevents: Component[] = [];
  let updatedAt: string | undefined;
  try {
    const root = new ical.Component(ical.parse(lines.join('\r\n')) as unknown[]);
    for (const tz of root.getAllSubcomponents('vtimezone')) registerZone(ical, tz);
    vevents = root.getAllSubcomponents('vevent');
    const stamp = root.getFirstPropertyValue('last-modified');
    if (stamp && typeof stamp === 'object' && 'toJSDate' in stamp) updatedAt = (stamp as Time).toJSDate().toISOString();
  } catch {
    // One broken component spoils ical.js's whole parse: read the events one by one.
    const found = blocks(lines);
    skipped += found.broken;
    for (const block of found.timezones) {
      try {
        registerZone(ical, new ical.Component(ical.parse(block.join('\r\n')) as unknown[]));
      } catch {
        skipped++;
      }
    }
    for (const block of found.events) {
      try {
        vevents.push(new ical.Component(ical.parse(block.join('\r\n')) as unknown[]));
      } catch {
        skipped++;
      }
    }
  }

  const events: CalendarEvent[] = [];
  const series: RecurringSeries[] = [];
  const overrides = new Map<string, Set<number>>();
  const masters: { event: InstanceType<ICAL['Event']>; tpl: Template }[] = [];
  for (const component of vevents) {
    try {
      const { event, tpl, start } = template(ical, component, displayZone);
      if (component.hasProperty('recurrence-id')) {
        const single = occurrence(tpl, start, displayZone, true);
        const rid = component.getFirstPropertyValue('recurrence-id') as Time;
        const ridMs = toMs(rid, zoneRule(ical, component, 'recurrence-id'), displayZone);
        const set = overrides.get(tpl.base.id) ?? new Set<number>();
        set.add(ridMs);
        overrides.set(tpl.base.id, set);
        events.push({ ...single, key: `${tpl.base.id}@${ridMs}` });
      } else if (event.isRecurring()) {
        masters.push({ event, tpl });
      } else {
        events.push(occurrence(tpl, start, displayZone, false));
      }
    } catch (error) {
      skipped++;
      console.warn(`[opengov-widgets] skipped an iCalendar event: ${(error as Error).message}`);
    }
  }
  for (const { event, tpl } of masters) {
    const replaced = overrides.get(tpl.base.id);
    series.push({
      id: tpl.base.id,
      expand(from: number, to: number, max = MAX_OCCURRENCES): CalendarEvent[] {
        const out: CalendarEvent[] = [];
        try {
          const iterator = event.iterator();
          for (let step = 0; step < MAX_STEPS && out.length < max; step++) {
            const next = iterator.next();
            if (!next) break;
            const item = occurrence(tpl, next, displayZone, true);
            if (item.start > to) break;
            if (item.until < from) continue;
            if (replaced?.has(item.start)) continue;
            out.push(item);
          }
        } catch (error) {
          console.warn(`[opengov-widgets] could not expand a repeating event: ${(error as Error).message}`);
        }
        return out;
      },
    });
  }
  return { data: { updatedAt, events, series, format: 'ical' }, skipped };
}

/** An iCalendar feed read with the ical.js this module bundles (what the widget calls). */
export function readICalendar(text: string, displayZone: string): Parsed<CalendarData> {
  return parseICalendar(ICALNamespace, text, displayZone);
}

function registerZone(ical: ICAL, component: Component): void {
  const tzid = component.getFirstPropertyValue('tzid');
  if (typeof tzid !== 'string' || !tzid) throw new Error('VTIMEZONE without TZID');
  ical.TimezoneService.register(component);
}
