import * as z from 'zod/mini';
import { isoDate, isoInstant, localizedText, parseWhole, validItems, ValidationReport } from '../core/validation.js';
import type { Parsed } from '../core/data-source.js';

/** Where a complaint stands (API.md, complaint status). */
export const COMPLAINT_STATUSES = ['received', 'in-progress', 'answered', 'closed', 'rejected', 'forwarded'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** Statuses after which no answer is awaited any more (no "overdue" marker). */
export const FINAL_STATUSES: readonly ComplaintStatus[] = ['answered', 'closed', 'rejected'];

/** An instant (the contract), or a calendar day (tolerated, e.g. for `dueAt`). */
const when = z.union([isoInstant, isoDate]);

export const historyEntrySchema = z.object({
  at: when,
  status: z.enum(COMPLAINT_STATUSES),
  note: z.optional(localizedText),
});

/** One complaint, as `{api}/complaints/{reference}.json` returns it (JSON Schema is generated from this). */
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

/** The top level alone: history entries are checked one by one (one bad entry never blanks the result). */
const envelopeSchema = z.object({
  reference: z.string().check(z.minLength(1)),
  status: z.enum(COMPLAINT_STATUSES),
  category: z.optional(z.catch(localizedText, undefined as never)),
  agency: z.optional(z.catch(localizedText, undefined as never)),
  submittedAt: when,
  updatedAt: z.optional(z.catch(when, undefined as never)),
  dueAt: z.optional(z.catch(when, undefined as never)),
  history: z.optional(z.unknown()),
  answer: z.optional(z.catch(localizedText, undefined as never)),
});

export type Complaint = z.output<typeof complaintSchema>;
export type HistoryEntry = z.output<typeof historyEntrySchema>;

/** Validates a parsed complaint document; throws LoadError('invalid') when it fails as a whole. */
export function parseComplaint(raw: unknown): Parsed<Complaint> {
  const envelope = parseWhole(envelopeSchema, raw);
  const report = new ValidationReport();
  const history = envelope.history === undefined ? undefined : validItems(envelope.history, historyEntrySchema, 'history', report);
  const complaint: Complaint = {
    reference: envelope.reference,
    status: envelope.status,
    submittedAt: envelope.submittedAt,
  };
  for (const key of ['category', 'agency', 'updatedAt', 'dueAt', 'answer'] as const) {
    if (envelope[key] !== undefined) (complaint as Record<string, unknown>)[key] = envelope[key];
  }
  if (history) complaint.history = [...history].sort((a, b) => instantOf(a.at) - instantOf(b.at));
  return { data: complaint, skipped: report.skipped.length };
}

/** Milliseconds of an instant or a calendar day (a day counts from its start, UTC). */
export function instantOf(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/**
 * Past its expected answer date and not answered, closed or rejected. A calendar-day `dueAt`
 * counts as the whole day.
 */
export function isOverdue(complaint: Pick<Complaint, 'status' | 'dueAt'>, now: Date): boolean {
  if (!complaint.dueAt || FINAL_STATUSES.includes(complaint.status)) return false;
  const due = instantOf(complaint.dueAt) + (complaint.dueAt.length === 10 ? 86_400_000 : 0);
  return Number.isFinite(due) && now.getTime() > due;
}
