import * as v from 'valibot';
import { isoDate, isoInstant, link, localizedText, machineTranslated, withMachineTexts, parseJson, parseWhole, validItems, ValidationReport, object } from '../core/validation.js';
import type { Parsed } from '../core/data-source.js';

/** Completion levels of the OGP review mechanism, plus `withdrawn` and `ongoing`. */
export const COMMITMENT_STATUSES = ['not-started', 'limited', 'substantial', 'complete', 'withdrawn', 'ongoing'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** A milestone's progress. */
export const MILESTONE_STATUSES = ['pending', 'in-progress', 'done'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

const percent = v.pipe(v.number(), v.minValue(0), v.maxValue(100));

export const milestoneSchema = object({
  title: localizedText,
  due: v.optional(isoDate),
  status: v.optional(v.picklist(MILESTONE_STATUSES)),
  completedOn: v.optional(isoDate),
  weight: v.optional(v.pipe(v.number(), v.minValue(0))),
});

export const indicatorSchema = object({
  name: localizedText,
  unit: v.optional(localizedText),
  baseline: v.optional(v.number()),
  target: v.optional(v.number()),
  current: v.optional(v.number()),
});

export const commitmentSchema = object({
  id: v.pipe(v.string(), v.minLength(1)),
  number: v.optional(v.union([v.string(), v.number()])),
  title: localizedText,
  summary: v.optional(localizedText),
  description: v.optional(localizedText),
  theme: v.optional(localizedText),
  leadInstitution: v.optional(localizedText),
  partners: v.optional(v.array(localizedText)),
  status: v.picklist(COMMITMENT_STATUSES),
  /** Extension: the source's own name for the status (Decidim's result statuses), shown beside the level. */
  statusLabel: v.optional(localizedText),
  /** Extension: id of the commitment this one is a sub-item of (Decidim's child results). */
  parent: v.optional(v.pipe(v.string(), v.minLength(1))),
  progress: v.optional(percent),
  statusDate: v.optional(isoDate),
  start: v.optional(isoDate),
  end: v.optional(isoDate),
  objectives: v.optional(v.array(localizedText)),
  milestones: v.optional(v.array(milestoneSchema)),
  indicators: v.optional(v.array(indicatorSchema)),
  updates: v.optional(v.array(object({ date: isoDate, text: localizedText, url: v.optional(link) }))),
  url: v.optional(link),
  feedbackUrl: v.optional(link),
});

export const planSchema = object({
  id: v.optional(v.string()),
  title: v.optional(localizedText),
  period: v.optional(object({ start: v.optional(isoDate), end: v.optional(isoDate) })),
  url: v.optional(link),
});

/** The whole document (JSON Schema is generated from this one). */
export const commitmentsDocumentSchema = object({
  updatedAt: isoInstant,
  plan: v.optional(planSchema),
  commitments: v.array(commitmentSchema),
  machineTranslated: v.optional(machineTranslated),
});

/** The top level alone: items are validated one by one so that one bad item never blanks the widget. */
const envelopeSchema = object({ updatedAt: isoInstant, plan: v.optional(v.unknown()), commitments: v.array(v.unknown()), machineTranslated: v.optional(v.unknown()) });

export type Commitment = v.InferOutput<typeof commitmentSchema>;
export type Milestone = v.InferOutput<typeof milestoneSchema>;
export type Plan = v.InferOutput<typeof planSchema>;
export type CommitmentsDocument = v.InferOutput<typeof commitmentsDocumentSchema>;

export function parseCommitments(text: string): Parsed<CommitmentsDocument> {
  const envelope = parseWhole(envelopeSchema, parseJson(text));
  const report = new ValidationReport();
  const planResult = envelope.plan === undefined ? undefined : v.safeParse(planSchema, envelope.plan);
  if (envelope.plan !== undefined && !planResult?.success) report.skip('plan', 'not a valid plan');
  const commitments = validItems(envelope.commitments, commitmentSchema, 'commitments', report);
  return {
    data: { updatedAt: envelope.updatedAt, plan: planResult?.success ? planResult.output : undefined, commitments, ...withMachineTexts(envelope.machineTranslated) },
    skipped: report.skipped.length,
  };
}
