import * as v from 'valibot';
import { describeIssues, isoDate, isoInstant, link, localizedText, machineTranslated, withMachineTexts, parseJson, parseWhole, ValidationReport, object } from '../core/validation.js';
import type { LocalizedText, MachineTranslated } from '../core/validation.js';
import type { Parsed } from '../core/data-source.js';
import { addDays, dayOf, isValidTimeZone, startOfDay } from './zoned.js';
import { meantInstant, writtenOffset } from '../core/wall-clock.js';

export const EVENT_MODES = ['in-person', 'online', 'hybrid'] as const;
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'completed'] as const;
export type EventMode = (typeof EVENT_MODES)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];

// A safe integer (no count is exact beyond 2^53); the JSON Schemas give its bounds.
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
/** An instant, or a calendar day (taken in the event's time zone). */
const instantOrDay = v.union([isoInstant, isoDate]);
/** Agenda times: an instant, or a wall-clock `HH:MM` on the event's day. */
const agendaTime = v.union([isoInstant, v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/))]);

export const eventSchema = object({
  id: v.pipe(v.string(), v.minLength(1)),
  title: localizedText,
  description: v.optional(localizedText),
  start: isoInstant,
  end: v.optional(isoInstant),
  allDay: v.optional(v.boolean()),
  /** Extension: the event's own IANA time zone (must be known to the browser). */
  timeZone: v.optional(v.string()),
  mode: v.optional(v.picklist(EVENT_MODES)),
  location: v.optional(
    object({
      name: v.optional(localizedText),
      address: v.optional(localizedText),
      lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
      lon: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
    }),
  ),
  onlineUrl: v.optional(link),
  /** Extension: a page with more information. */
  url: v.optional(link),
  status: v.optional(v.picklist(EVENT_STATUSES)),
  theme: v.optional(localizedText),
  organizer: v.optional(localizedText),
  registration: v.optional(
    object({
      opens: v.optional(instantOrDay),
      closes: v.optional(instantOrDay),
      url: v.optional(link),
      capacity: v.optional(count),
      registered: v.optional(count),
      /** Extension: places left, when the source says so without a capacity (Decidim). */
      remaining: v.optional(count),
    }),
  ),
  agenda: v.optional(v.array(object({ start: v.optional(agendaTime), end: v.optional(agendaTime), title: localizedText }))),
  outcome: v.optional(
    object({
      summary: v.optional(localizedText),
      reportUrl: v.optional(link),
      participants: v.optional(object({ total: v.optional(count), women: v.optional(count), men: v.optional(count) })),
    }),
  ),
});

/** The whole document (JSON Schema is generated from this one). */
export const eventsDocumentSchema = object({ updatedAt: isoInstant, events: v.array(eventSchema), machineTranslated: v.optional(machineTranslated) });
const envelopeSchema = object({ updatedAt: isoInstant, events: v.array(v.unknown()), machineTranslated: v.optional(v.unknown()) });

export type EventInput = v.InferOutput<typeof eventSchema>;

export interface AgendaItem {
  /** An instant (ms) or a wall-clock `HH:MM`. */
  start?: number | string;
  end?: number | string;
  title: LocalizedText;
}

/** One event as the widget shows it: instants as epoch milliseconds, whatever the source. */
export interface CalendarEvent {
  /** Unique among the shown events (an occurrence of a repeating event adds its start). */
  key: string;
  /** The source's id (iCalendar UID). */
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  start: number;
  end?: number;
  /**
   * The UTC offsets (minutes) of the wall clock the data wrote for start and end, when the
   * event is in the shown zone (core/wall-clock.ts meantInstant): shown as written, whatever
   * the device's time-zone data says.
   */
  startOffset?: number;
  endOffset?: number;
  /** When the event stops counting as upcoming: its end, else the end of its day. */
  until: number;
  allDay: boolean;
  /** All-day events: first and last day (inclusive), `YYYY-MM-DD`. */
  startDay?: string;
  endDay?: string;
  mode?: EventMode;
  location?: { name?: LocalizedText; address?: LocalizedText; lat?: number; lon?: number };
  onlineUrl?: string;
  url?: string;
  status: EventStatus;
  theme?: LocalizedText;
  organizer?: LocalizedText;
  registration?: { opens?: number; closes?: number; opensOffset?: number; closesOffset?: number; url?: string; capacity?: number; registered?: number; remaining?: number };
  agenda?: AgendaItem[];
  outcome?: { summary?: LocalizedText; reportUrl?: string; participants?: { total?: number; women?: number; men?: number } };
  /** True for an occurrence of a repeating event. */
  recurring?: boolean;
}

/** A repeating event from a feed, expanded on demand within a window. */
export interface RecurringSeries {
  id: string;
  expand(from: number, to: number, max?: number): CalendarEvent[];
}

export interface CalendarData {
  updatedAt?: string;
  events: CalendarEvent[];
  /** Repeating events (iCalendar feeds only). */
  series: RecurringSeries[];
  format: 'json' | 'ical';
  /** The texts that are machine translations, by language (documents read from a platform). */
  machineTranslated?: MachineTranslated;
}



/** The mode an event does not state, guessed from a place and an online link. */
export function deriveMode(hasPlace: boolean, hasOnline: boolean): EventMode | undefined {
  if (hasPlace && hasOnline) return 'hybrid';
  if (hasOnline) return 'online';
  if (hasPlace) return 'in-person';
  return undefined;
}

/** `until` for an event: its end, else the end of its start day in the zone. */
export function untilOf(start: number, end: number | undefined, zone: string): number {
  if (end !== undefined) return end;
  return startOfDay(addDays(dayOf(start, zone), 1), zone);
}

function instantOrDayToMs(value: string | undefined, zone: string, endOfDay: boolean, ownClock: boolean): number | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return endOfDay ? startOfDay(addDays(value, 1), zone) - 1000 : startOfDay(value, zone);
  return ownClock ? meantInstant({ ms: Date.parse(value), offset: writtenOffset(value) }, zone).ms : Date.parse(value);
}

/**
 * A validated JSON event → the shown model; throws with a reason when the event cannot be
 * shown truthfully (end before start, unknown time zone).
 */
export function mapJsonEvent(input: EventInput, defaultZone: string): CalendarEvent {
  if (input.timeZone !== undefined && !isValidTimeZone(input.timeZone)) throw new Error(`unknown time zone ${input.timeZone}`);
  const zone = input.timeZone ?? defaultZone;
  // An offset written for another zone says nothing about the wall clock in the shown one.
  const ownClock = zone === defaultZone;
  // The time written is the time meant, even with an outdated offset (core/wall-clock.ts).
  const meant = (text: string) => (ownClock ? meantInstant({ ms: Date.parse(text), offset: writtenOffset(text) }, zone) : { ms: Date.parse(text), offset: undefined });
  const startAt = meant(input.start);
  const endAt = input.end !== undefined ? meant(input.end) : undefined;
  const start = startAt.ms;
  let end = endAt?.ms;
  if (end !== undefined && end < start) throw new Error('end before start');
  const allDay = input.allDay === true;
  let startDay: string | undefined;
  let endDay: string | undefined;
  if (allDay) {
    // All-day events keep the days as written: a time-zone database that disagrees with the
    // data's offset must not move them to the day before.
    startDay = input.start.slice(0, 10);
    const endText = input.end;
    endDay = endText === undefined ? startDay : /T00:00(:00(\.0+)?)?/.test(endText) ? addDays(endText.slice(0, 10), -1) : endText.slice(0, 10);
    if (endDay < startDay) endDay = startDay;
    end = startOfDay(addDays(endDay, 1), zone);
  }
  const location = input.location && Object.values(input.location).some((value) => value !== undefined) ? input.location : undefined;
  const reg = input.registration;
  const registration = reg
    ? {
        opens: instantOrDayToMs(reg.opens, zone, false, ownClock),
        closes: instantOrDayToMs(reg.closes, zone, true, ownClock),
        opensOffset: ownClock && reg.opens?.includes('T') ? meantInstant({ ms: Date.parse(reg.opens), offset: writtenOffset(reg.opens) }, zone).offset : undefined,
        closesOffset: ownClock && reg.closes?.includes('T') ? meantInstant({ ms: Date.parse(reg.closes), offset: writtenOffset(reg.closes) }, zone).offset : undefined,
        url: reg.url,
        capacity: reg.capacity,
        registered: reg.registered,
        remaining: reg.remaining,
      }
    : undefined;
  const agenda = input.agenda?.map((item) => ({
    title: item.title,
    start: item.start === undefined ? undefined : item.start.includes('T') ? Date.parse(item.start) : item.start,
    end: item.end === undefined ? undefined : item.end.includes('T') ? Date.parse(item.end) : item.end,
  }));
  return {
    key: input.id,
    id: input.id,
    title: input.title,
    description: input.description,
    start,
    end,
    startOffset: allDay ? undefined : startAt.offset,
    endOffset: allDay ? undefined : endAt?.offset,
    until: untilOf(start, end, zone),
    allDay,
    startDay,
    endDay,
    mode: input.mode ?? deriveMode(location !== undefined, input.onlineUrl !== undefined),
    location,
    onlineUrl: input.onlineUrl,
    url: input.url,
    status: input.status ?? 'scheduled',
    theme: input.theme,
    organizer: input.organizer,
    registration,
    agenda,
    outcome: input.outcome,
  };
}

/** Parses `events.json`: bad events are skipped and counted, a bad document is an error. */
export function parseEventsJson(text: string, zone: string): Parsed<CalendarData> {
  const envelope = parseWhole(envelopeSchema, parseJson(text));
  const report = new ValidationReport();
  const events: CalendarEvent[] = [];
  const seen = new Set<string>();
  envelope.events.forEach((raw, index) => {
    const result = v.safeParse(eventSchema, raw);
    if (!result.success) return report.skip(`events[${index}]`, describeIssues(result.issues));
    try {
      const event = mapJsonEvent(result.output, zone);
      if (seen.has(event.key)) throw new Error(`duplicate id ${event.key}`);
      seen.add(event.key);
      events.push(event);
    } catch (error) {
      report.skip(`events[${index}]`, (error as Error).message);
    }
  });
  return { data: { updatedAt: envelope.updatedAt, events, series: [], format: 'json', ...withMachineTexts(envelope.machineTranslated) }, skipped: report.skipped.length };
}


