import * as v from 'valibot';
import { isoDate, isoInstant, localizedText, object, record, rule } from '../core/validation.js';
import { DAY_UNITS, WEEKDAYS } from '../core/working-days.js';
import { COMPLAINT_STATUSES } from './complaint.js';

/**
 * The complaint contract as a valibot schema: the source of the published JSON Schema
 * (`{api}/complaints/{reference}.json`). The widget itself validates with complaint.ts, which
 * needs no validator; test/complaint-status/domain.test.ts checks that both agree. Not exported
 * from the widget's entry, so that importing the widget does not pull valibot in.
 */
const when = v.union([isoInstant, isoDate]);

export const historyEntrySchema = object({
  at: when,
  status: v.picklist(COMPLAINT_STATUSES),
  step: v.optional(localizedText),
  holder: v.optional(localizedText),
  note: v.optional(localizedText),
});

export const extensionSchema = object({
  dueAt: when,
  at: v.optional(when),
  reason: v.optional(localizedText),
});

/** `complaint`, `information-request`, `application`, or the commune's own kind (generic wording). */
export const fileKindSchema = v.pipe(v.string(), v.minLength(1));

/** The fields of a complaint, without the date-order rule (for spreading `.entries` into a larger object). */
export const complaintFields = object({
  reference: v.pipe(v.string(), v.minLength(1)),
  kind: v.optional(fileKindSchema),
  status: v.picklist(COMPLAINT_STATUSES),
  step: v.optional(localizedText),
  holder: v.optional(localizedText),
  category: v.optional(localizedText),
  agency: v.optional(localizedText),
  submittedAt: when,
  updatedAt: v.optional(when),
  dueAt: v.optional(when),
  extension: v.optional(extensionSchema),
  answeredAt: v.optional(when),
  history: v.optional(v.array(historyEntrySchema)),
  answer: v.optional(localizedText),
});

type Dated = { submittedAt: string; dueAt?: string; answeredAt?: string; extension?: { dueAt: string } };
type DatePath = ['dueAt'] | ['answeredAt'] | ['extension', 'dueAt'];
const day = (value: string) => value.slice(0, 10);
// `as never`: valibot checks a path against the object's type, which is not known here (T); the three paths are Dated's.
const notBefore = <T extends Dated>(fn: (c: T) => boolean, path: DatePath) => v.forward<T, v.RawCheckIssue<T>, DatePath>(rule(fn, 'before submittedAt'), path as never);
/**
 * As the widget reads it: a due date or an answer before the request is a mistake (left out,
 * counted). Actions for `v.pipe(fields, ...datesInOrder())`, each issue at its field's path.
 */
export const datesInOrder = <T extends Dated>() =>
  [
    notBefore<T>((c) => !c.dueAt || day(c.dueAt) >= day(c.submittedAt), ['dueAt']),
    notBefore<T>((c) => !c.answeredAt || day(c.answeredAt) >= day(c.submittedAt), ['answeredAt']),
    notBefore<T>((c) => !c.extension || day(c.extension.dueAt) >= day(c.submittedAt), ['extension', 'dueAt']),
  ] as const;

export const complaintSchema = v.pipe(complaintFields, ...datesInOrder<v.InferOutput<typeof complaintFields>>());

const timeLimitSchema = object({
  days: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3660)),
  unit: v.picklist(DAY_UNITS),
});

/**
 * `calendar.json` (API.md): the commune's weekend, public holidays and, per kind of file, the
 * time limit its rules set. Read by the lookup (attribute `calendar`), `validate`,
 * `complaints publish` and the desk; the arithmetic is src/core/working-days.ts, whose tolerant
 * reader says the same as this schema.
 */
export const calendarSchema = object({
  weekend: v.optional(v.array(v.picklist(WEEKDAYS))),
  // A holiday is a date with its name; a bare date is read too.
  holidays: v.optional(v.array(v.union([object({ date: isoDate, name: v.optional(localizedText) }), isoDate]))),
  rules: v.optional(record(object({ ...timeLimitSchema.entries, extension: v.optional(timeLimitSchema) }))),
});
