import * as z from 'zod/mini';
import { isoDate, isoInstant, link, localizedText, machineTranslated, withMachineTexts, parseJson, parseWhole, validItems, ValidationReport } from '../core/validation.js';
import type { Parsed } from '../core/data-source.js';

/** Completion levels of the OGP review mechanism, plus `withdrawn` and `ongoing`. */
export const COMMITMENT_STATUSES = ['not-started', 'limited', 'substantial', 'complete', 'withdrawn', 'ongoing'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** A milestone's progress. */
export const MILESTONE_STATUSES = ['pending', 'in-progress', 'done'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

const percent = z.number().check(z.gte(0), z.lte(100));

export const milestoneSchema = z.object({
  title: localizedText,
  due: z.optional(isoDate),
  status: z.optional(z.enum(MILESTONE_STATUSES)),
  completedOn: z.optional(isoDate),
  weight: z.optional(z.number().check(z.gte(0))),
});

export const indicatorSchema = z.object({
  name: localizedText,
  unit: z.optional(localizedText),
  baseline: z.optional(z.number()),
  target: z.optional(z.number()),
  current: z.optional(z.number()),
});

export const commitmentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  number: z.optional(z.union([z.string(), z.number()])),
  title: localizedText,
  summary: z.optional(localizedText),
  description: z.optional(localizedText),
  theme: z.optional(localizedText),
  leadInstitution: z.optional(localizedText),
  partners: z.optional(z.array(localizedText)),
  status: z.enum(COMMITMENT_STATUSES),
  /** Extension: the source's own name for the status (Decidim's result statuses), shown beside the level. */
  statusLabel: z.optional(localizedText),
  /** Extension: id of the commitment this one is a sub-item of (Decidim's child results). */
  parent: z.optional(z.string().check(z.minLength(1))),
  progress: z.optional(percent),
  statusDate: z.optional(isoDate),
  start: z.optional(isoDate),
  end: z.optional(isoDate),
  objectives: z.optional(z.array(localizedText)),
  milestones: z.optional(z.array(milestoneSchema)),
  indicators: z.optional(z.array(indicatorSchema)),
  updates: z.optional(z.array(z.object({ date: isoDate, text: localizedText, url: z.optional(link) }))),
  url: z.optional(link),
  feedbackUrl: z.optional(link),
});

export const planSchema = z.object({
  id: z.optional(z.string()),
  title: z.optional(localizedText),
  period: z.optional(z.object({ start: z.optional(isoDate), end: z.optional(isoDate) })),
  url: z.optional(link),
});

/** The whole document (JSON Schema is generated from this one). */
export const commitmentsDocumentSchema = z.object({
  updatedAt: isoInstant,
  plan: z.optional(planSchema),
  commitments: z.array(commitmentSchema),
  machineTranslated: z.optional(machineTranslated),
});

/** The top level alone: items are validated one by one so that one bad item never blanks the widget. */
const envelopeSchema = z.object({ updatedAt: isoInstant, plan: z.optional(z.unknown()), commitments: z.array(z.unknown()), machineTranslated: z.optional(z.unknown()) });

export type Commitment = z.output<typeof commitmentSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
export type Plan = z.output<typeof planSchema>;
export type CommitmentsDocument = z.output<typeof commitmentsDocumentSchema>;

export function parseCommitments(text: string): Parsed<CommitmentsDocument> {
  const envelope = parseWhole(envelopeSchema, parseJson(text));
  const report = new ValidationReport();
  const planResult = envelope.plan === undefined ? undefined : planSchema.safeParse(envelope.plan);
  if (planResult && !planResult.success) report.skip('plan', 'not a valid plan');
  const commitments = validItems(envelope.commitments, commitmentSchema, 'commitments', report);
  return {
    data: { updatedAt: envelope.updatedAt, plan: planResult?.success ? planResult.data : undefined, commitments, ...withMachineTexts(envelope.machineTranslated) },
    skipped: report.skipped.length,
  };
}
