import * as z from 'zod/mini';
import { isoDate, isoInstant, localizedText } from '../core/validation.js';
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
  note: z.optional(localizedText),
});

export const complaintSchema = z.object({
  reference: z.string().check(z.minLength(1)),
  status: z.enum(COMPLAINT_STATUSES),
  category: z.optional(localizedText),
  agency: z.optional(localizedText),
  submittedAt: when,
  updatedAt: z.optional(when),
  dueAt: z.optional(when),
  history: z.optional(z.array(historyEntrySchema)),
  answer: z.optional(localizedText),
});
