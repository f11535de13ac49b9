import * as z from 'zod/mini';
import { isoDate, isoInstant, localizedText } from '../core/validation.js';
import { DAY_UNITS, WEEKDAYS } from '../core/working-days.js';
import { COMPLAINT_STATUSES } from './complaint.js';

/**
 * The complaint contract as a zod schema: the source of the published JSON Schema
 * (`{api}/complaints/{reference}.json`). The widget itself validates with complaint.ts, which
 * needs no zod; test/complaint-status/domain.test.ts checks that both agree. Not exported
 * from the widget's entry, so that importing the widget does not pull zod in.
 */
const when = z.union([isoInstant, isoDate]);

export const historyEntrySchema = z.object({
  at: when,
  status: z.enum(COMPLAINT_STATUSES),
  step: z.optional(localizedText),
  holder: z.optional(localizedText),
  note: z.optional(localizedText),
});

export const extensionSchema = z.object({
  dueAt: when,
  at: z.optional(when),
  reason: z.optional(localizedText),
});

/** `complaint`, `information-request`, `application`, or the commune's own kind (generic wording). */
export const fileKindSchema = z.string().check(z.minLength(1));

/** The fields of a complaint, without the date-order rule (for `z.extend`, which refuses refined objects). */
export const complaintFields = z.object({
  reference: z.string().check(z.minLength(1)),
  kind: z.optional(fileKindSchema),
  status: z.enum(COMPLAINT_STATUSES),
  step: z.optional(localizedText),
  holder: z.optional(localizedText),
  category: z.optional(localizedText),
  agency: z.optional(localizedText),
  submittedAt: when,
  updatedAt: z.optional(when),
  dueAt: z.optional(when),
  extension: z.optional(extensionSchema),
  answeredAt: z.optional(when),
  history: z.optional(z.array(historyEntrySchema)),
  answer: z.optional(localizedText),
});

type Dated = { submittedAt: string; dueAt?: string; answeredAt?: string; extension?: { dueAt: string } };
/** As the widget reads it: a due date or an answer before the request is a mistake (left out, counted). */
export const datesInOrder = <T extends Dated>() => [
  z.refine<T>((c) => !c.dueAt || c.dueAt.slice(0, 10) >= c.submittedAt.slice(0, 10), { path: ['dueAt'], message: 'before submittedAt' }),
  z.refine<T>((c) => !c.answeredAt || c.answeredAt.slice(0, 10) >= c.submittedAt.slice(0, 10), { path: ['answeredAt'], message: 'before submittedAt' }),
  z.refine<T>((c) => !c.extension || c.extension.dueAt.slice(0, 10) >= c.submittedAt.slice(0, 10), { path: ['extension', 'dueAt'], message: 'before submittedAt' }),
];

export const complaintSchema = complaintFields.check(...datesInOrder<z.output<typeof complaintFields>>());

const timeLimitSchema = z.object({
  days: z.number().check(z.int(), z.minimum(0), z.maximum(3660)),
  unit: z.enum(DAY_UNITS),
});

/**
 * `calendar.json` (API.md): the commune's weekend, public holidays and, per kind of file, the
 * time limit its rules set. Read by the lookup (attribute `calendar`), `validate`,
 * `complaints publish` and the desk; the arithmetic is src/core/working-days.ts, whose tolerant
 * reader says the same as this schema.
 */
export const calendarSchema = z.object({
  weekend: z.optional(z.array(z.enum(WEEKDAYS))),
  // A holiday is a date with its name; a bare date is read too.
  holidays: z.optional(z.array(z.union([z.object({ date: isoDate, name: z.optional(localizedText) }), isoDate]))),
  rules: z.optional(z.record(z.string(), z.extend(timeLimitSchema, { extension: z.optional(timeLimitSchema) }))),
});
