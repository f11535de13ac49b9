/**
 * The words for the contract's enum values in the desk's forms (a status, a decision, a mode…):
 * the widgets' own labels, so a value reads the same in the form and in the widget. The option
 * keeps the raw value: that is what is saved. An enum is recognized by its values, the same
 * constants its schema is built from; one nobody has named yet shows its raw values.
 */
import { msg } from '@lit/localize';
import { useMessagesOf } from '../core/localization.js';
import { COMMITMENT_STATUSES, MILESTONE_STATUSES } from '../commitment-tracker/schema.js';
import { milestoneStatusLabel, statusLabel as commitmentStatusLabel } from '../commitment-tracker/status-labels.js';
import { DIRECTIONS, SECTIONS } from '../budget-chart/schema.js';
import { directionLabel, sectionLabel } from '../budget-chart/labels.js';
import { EVENT_MODES, EVENT_STATUSES } from '../consultation-calendar/schema.js';
import { modeLabel, statusLabel as eventStatusLabel } from '../consultation-calendar/event-labels.js';
import { DECISIONS } from '../proposal-outcomes/schema.js';
import { outcomeLabel } from '../proposal-outcomes/labels.js';
import { COMPLAINT_STATUSES } from '../complaint-status/complaint.js';
import { statusLabel as complaintStatusLabel } from '../complaint-status/file-wording.js';
import { SHOW_RESULTS } from '../poll/schema.js';
import { DAY_UNITS, WEEKDAYS } from '../core/working-days.js';

type Labeller = (value: never) => string;

function showResultsLabel(value: (typeof SHOW_RESULTS)[number]): string {
  switch (value) {
    case 'after-vote':
      return msg('After the person has voted', { id: 'desk.enum.showResults.after-vote' });
    case 'after-close':
      return msg('When voting closes', { id: 'desk.enum.showResults.after-close' });
    case 'always':
      return msg('Always', { id: 'desk.enum.showResults.always' });
    case 'never':
      return msg('Never', { id: 'desk.enum.showResults.never' });
  }
}

/** The calendar's time-limit units (calendar.json's rules). */
function dayUnitLabel(value: (typeof DAY_UNITS)[number]): string {
  return value === 'working-days'
    ? msg('Working days', { id: 'desk.enum.dayUnit.working-days' })
    : msg('Calendar days', { id: 'desk.enum.dayUnit.calendar-days' });
}

/** The calendar's weekend days. Named here, not by Intl: no browser has Tamazight's day names. */
function weekdayLabel(value: (typeof WEEKDAYS)[number]): string {
  switch (value) {
    case 'sunday':
      return msg('Sunday', { id: 'desk.enum.weekday.sunday' });
    case 'monday':
      return msg('Monday', { id: 'desk.enum.weekday.monday' });
    case 'tuesday':
      return msg('Tuesday', { id: 'desk.enum.weekday.tuesday' });
    case 'wednesday':
      return msg('Wednesday', { id: 'desk.enum.weekday.wednesday' });
    case 'thursday':
      return msg('Thursday', { id: 'desk.enum.weekday.thursday' });
    case 'friday':
      return msg('Friday', { id: 'desk.enum.weekday.friday' });
    case 'saturday':
      return msg('Saturday', { id: 'desk.enum.weekday.saturday' });
  }
}

const ENUMS: [readonly string[], Labeller][] = [
  [COMMITMENT_STATUSES, commitmentStatusLabel],
  [MILESTONE_STATUSES, milestoneStatusLabel],
  [DIRECTIONS, directionLabel],
  [SECTIONS, sectionLabel],
  [EVENT_MODES, modeLabel],
  [EVENT_STATUSES, eventStatusLabel],
  [DECISIONS, outcomeLabel],
  [COMPLAINT_STATUSES, complaintStatusLabel],
  [SHOW_RESULTS, showResultsLabel],
  [DAY_UNITS, dayUnitLabel],
  [WEEKDAYS, weekdayLabel],
];

/** The widgets whose messages the labels above are (their translations load with the desk's). */
const LABEL_SOURCES = ['og-commitment-tracker', 'og-budget-chart', 'og-consultation-calendar', 'og-proposal-outcomes', 'og-complaint-status'];

/** Called once before the desk is defined: the widgets' translations join the desk's. */
export function useEnumLabelMessages(): void {
  for (const tag of LABEL_SOURCES) useMessagesOf(tag);
}

const sameValues = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/** The localized label of one value of an enum whose values are `values`; the value itself when unnamed. */
export function enumLabel(values: readonly string[], value: string): string {
  const labeller = ENUMS.find(([known]) => sameValues(known, values))?.[1] as ((value: string) => string) | undefined;
  return labeller?.(value) ?? value;
}

/** Whether the desk has words for this enum (the tests check every enum of every resource). */
export function hasEnumLabels(values: readonly string[]): boolean {
  return ENUMS.some(([known]) => sameValues(known, values));
}
