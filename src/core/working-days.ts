/**
 * Working days and deadlines with a commune's calendar (API.md, `calendar.json`): the one place
 * where due dates are computed and counted, for the lookup widget, `complaints publish`,
 * `validate` and the desk. Days are calendar days (`YYYY-MM-DD`) already in the commune's zone
 * (format.ts `dayInZone` turns an instant into one); nothing here reads a clock or a time zone.
 * No validator library: the lookup widget stays small (schema.ts holds the valibot schema of the same contract).
 *
 * Nothing here knows a legal time limit: every limit comes from the calendar's `rules`.
 */
import type { LocalizedText } from './validation.js';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DAY_UNITS = ['working-days', 'calendar-days'] as const;
export type DayUnit = (typeof DAY_UNITS)[number];

/** A time limit: N working days or N calendar days, counted from the day after the start. */
export interface TimeLimit {
  days: number;
  unit: DayUnit;
}

/** The rule of one kind of file: its time limit and, when the rules allow one, the extension's length. */
export interface KindRule extends TimeLimit {
  /** Absent: no extension is allowed. */
  extension?: TimeLimit;
}

export interface Holiday {
  date: string;
  name?: LocalizedText;
}

export interface WorkCalendar {
  weekend: Weekday[];
  holidays: Holiday[];
  /** By kind (`complaint`, `information-request`, `application`, or the commune's own). */
  rules: Record<string, KindRule>;
}

/** What was wrong in a calendar.json, by code (the CLI words them in three languages). */
export interface CalendarProblem {
  code: 'not-object' | 'weekend' | 'holidays-not-list' | 'holiday-date' | 'rule';
  path: string;
  value?: unknown;
}

const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MS_PER_DAY = 86_400_000;

/** A real calendar day `YYYY-MM-DD` (2026-02-30 is not one). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DAY.exec(value);
  return !!m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDate() === +m[3];
}

/** Days since 1970-01-01 (a whole number; arithmetic on days without any time zone). */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
}

export function dayOf(number: number): string {
  return new Date(number * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(dayNumber(day) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Fast membership for one calendar (built once per calendar object). */
const lookups = new WeakMap<WorkCalendar, { weekend: Set<number>; holidays: Set<number> }>();
function lookup(calendar: WorkCalendar) {
  let found = lookups.get(calendar);
  if (!found) {
    found = {
      weekend: new Set(calendar.weekend.map((d) => WEEKDAYS.indexOf(d))),
      holidays: new Set(calendar.holidays.map((h) => dayNumber(h.date))),
    };
    lookups.set(calendar, found);
  }
  return found;
}

/** 0 = Sunday … 6 = Saturday, for a day number (1970-01-01 was a Thursday). */
const weekdayOf = (n: number) => (((n + 4) % 7) + 7) % 7;

function isWorkingNumber(n: number, calendar: WorkCalendar): boolean {
  const { weekend, holidays } = lookup(calendar);
  return !weekend.has(weekdayOf(n)) && !holidays.has(n);
}

export function isWorkingDay(day: string, calendar: WorkCalendar): boolean {
  return isWorkingNumber(dayNumber(day), calendar);
}

export function holidayOn(day: string, calendar: WorkCalendar): Holiday | undefined {
  return calendar.holidays.find((h) => h.date === day);
}

/**
 * Working days after `from` up to and including `to`: `from` itself does not count (a time
 * limit starts the day after the request; "days left" start tomorrow). Negative when `to` is
 * earlier: minus the working days after `to` up to and including `from`.
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b < a) return -workingDaysBetween(to, from, calendar);
  const weeks = Math.floor((b - a) / 7);
  // Whole weeks hold the same number of weekend days; holidays are counted one by one.
  const { weekend, holidays } = lookup(calendar);
  let count = weeks * (7 - weekend.size);
  for (let n = a + weeks * 7 + 1; n <= b; n++) if (!weekend.has(weekdayOf(n))) count++;
  for (const h of holidays) if (h > a && h <= b && !weekend.has(weekdayOf(h))) count--;
  return count;
}

/**
 * The day a limit ends, counted from the day after `start`: the Nth working day after it, or
 * `start` plus N calendar days. A calendar with no working day at all gives undefined.
 */
export function addLimit(start: string, limit: TimeLimit, calendar: WorkCalendar): string | undefined {
  if (limit.unit === 'calendar-days') return addDays(start, limit.days);
  if (calendar.weekend.length >= 7) return undefined;
  let n = dayNumber(start);
  let left = limit.days;
  // Whole weeks first (fast for long limits), then day by day past any holidays met.
  const perWeek = 7 - calendar.weekend.length;
  while (left > perWeek * 2) {
    const weeks = Math.floor(left / perWeek) - 1;
    const next = n + weeks * 7;
    left -= workingDaysBetween(dayOf(n), dayOf(next), calendar);
    n = next;
  }
  while (left > 0) {
    n++;
    if (isWorkingNumber(n, calendar)) left--;
  }
  return dayOf(n);
}

/** The rules' due date for a file of this kind requested on `requested`, when the calendar has a rule for it. */
export function ruleDueDate(kind: string, requested: string, calendar: WorkCalendar | undefined): string | undefined {
  const rule = calendar?.rules[kind];
  return rule ? addLimit(requested, rule, calendar!) : undefined;
}

/** The rules' extended due date: the extension's length added to the first due date, when the rules allow one. */
export function ruleExtendedDate(kind: string, due: string, calendar: WorkCalendar | undefined): string | undefined {
  const extension = calendar?.rules[kind]?.extension;
  return extension ? addLimit(due, extension, calendar!) : undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is LocalizedText => typeof v === 'string' || (isObject(v) && Object.values(v).every((s) => typeof s === 'string'));

function readLimit(raw: unknown): TimeLimit | undefined {
  if (!isObject(raw)) return undefined;
  const { days, unit } = raw;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 3660) return undefined;
  if (!(DAY_UNITS as readonly unknown[]).includes(unit)) return undefined;
  return { days, unit: unit as DayUnit };
}

/**
 * Reads a calendar.json tolerantly: a bad holiday or rule is left out and reported; a holiday
 * list that is not a list, or weekend days that are not day names, is reported and read as empty.
 * Only a document that is not an object gives no calendar at all.
 */
export function parseCalendar(raw: unknown): { calendar?: WorkCalendar; problems: CalendarProblem[] } {
  const problems: CalendarProblem[] = [];
  if (!isObject(raw)) return { problems: [{ code: 'not-object', path: '' }] };
  const weekend: Weekday[] = [];
  if (raw.weekend !== undefined) {
    const list = Array.isArray(raw.weekend) ? raw.weekend : [raw.weekend];
    list.forEach((d, i) => {
      if ((WEEKDAYS as readonly unknown[]).includes(d)) {
        if (!weekend.includes(d as Weekday)) weekend.push(d as Weekday);
      } else problems.push({ code: 'weekend', path: `weekend[${i}]`, value: d });
    });
  }
  const holidays: Holiday[] = [];
  if (raw.holidays !== undefined) {
    if (!Array.isArray(raw.holidays)) problems.push({ code: 'holidays-not-list', path: 'holidays', value: raw.holidays });
    else
      raw.holidays.forEach((h: unknown, i) => {
        const date = isObject(h) ? h.date : h;
        if (!isDay(date)) problems.push({ code: 'holiday-date', path: `holidays[${i}]`, value: date });
        else holidays.push(isObject(h) && isText(h.name) ? { date, name: h.name } : { date });
      });
  }
  const rules: Record<string, KindRule> = {};
  if (isObject(raw.rules)) {
    for (const [kind, value] of Object.entries(raw.rules)) {
      const limit = readLimit(value);
      if (!limit) {
        problems.push({ code: 'rule', path: `rules.${kind}`, value });
        continue;
      }
      const rule: KindRule = { ...limit };
      const ext = isObject(value) ? value.extension : undefined;
      if (ext !== undefined && ext !== null && ext !== false) {
        const extension = readLimit(ext);
        if (extension) rule.extension = extension;
        else problems.push({ code: 'rule', path: `rules.${kind}.extension`, value: ext });
      }
      rules[kind] = rule;
    }
  } else if (raw.rules !== undefined) problems.push({ code: 'rule', path: 'rules', value: raw.rules });
  return { calendar: { weekend, holidays, rules }, problems };
}

/** What a file's dates say against its deadline, on a given day. */
export type DeadlineState = 'on-time' | 'due-today' | 'late' | 'answered-on-time' | 'answered-late' | 'answered';

export interface Deadline {
  state: DeadlineState;
  requested: string;
  /** The due date in force (the extension's when extended); absent when neither the record nor the rules state one. */
  due?: string;
  /** The first due date, when an extension moved it. */
  firstDue?: string;
  extended: boolean;
  answered?: string;
  /** Open and not yet due: working days left after today up to the due day (with a calendar), else calendar days. */
  left?: number;
  leftUnit?: 'working' | 'calendar';
  /** Late: calendar days after the due day (today, or the answer's day). */
  late?: number;
  /** Answered: calendar days from the request to the answer. */
  took?: number;
}

export interface DeadlineInput {
  kind: string;
  /** The days below are `YYYY-MM-DD` in the commune's zone. */
  requested: string;
  due?: string;
  extendedDue?: string;
  answered?: string;
}

/**
 * Where a file stands against its deadline on `today`. The due date is the record's own; without
 * one, the calendar's rule for the kind gives it; without either there is none (only the dates
 * the record states are shown). An extension's date replaces the first due date.
 */
export function deadlineOf(input: DeadlineInput, today: string, calendar?: WorkCalendar): Deadline {
  const firstDue = input.due ?? ruleDueDate(input.kind, input.requested, calendar);
  const due = input.extendedDue ?? firstDue;
  const extended = !!input.extendedDue;
  const base = { requested: input.requested, due, extended, ...(extended && firstDue ? { firstDue } : {}) };
  if (input.answered) {
    const took = daysBetween(input.requested, input.answered);
    if (!due) return { ...base, state: 'answered', answered: input.answered, took };
    const late = daysBetween(due, input.answered);
    return late > 0 ? { ...base, state: 'answered-late', answered: input.answered, took, late } : { ...base, state: 'answered-on-time', answered: input.answered, took };
  }
  if (!due) return { ...base, state: 'on-time' };
  const gap = daysBetween(today, due);
  if (gap < 0) return { ...base, state: 'late', late: -gap };
  if (gap === 0) return { ...base, state: 'due-today', left: 0 };
  return calendar ? { ...base, state: 'on-time', left: workingDaysBetween(today, due, calendar), leftUnit: 'working' } : { ...base, state: 'on-time', left: gap, leftUnit: 'calendar' };
}
