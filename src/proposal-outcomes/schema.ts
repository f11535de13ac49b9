import * as z from 'zod/mini';
import { describeIssues, isoDate, isoInstant, link, localizedText, machineTranslated, withMachineTexts, parseJson, parseWhole, validItems, ValidationReport } from '../core/validation.js';
import type { Parsed } from '../core/data-source.js';

/**
 * What became of a proposal. Absent while it is still being examined.
 * `partly-accepted`, `not-accepted` and `out-of-scope` need a `reason` (the last of the ten
 * follow-up steps of consultation 004: "publish the outcome of every proposal, explaining those
 * not accepted"); `merged` needs `mergedInto` (the proposal that carries it on).
 */
export const DECISIONS = ['accepted', 'partly-accepted', 'merged', 'not-accepted', 'out-of-scope'] as const;
export type Decision = (typeof DECISIONS)[number];
/** The decisions that must say why. */
export const DECISIONS_NEEDING_REASON: readonly Decision[] = ['partly-accepted', 'not-accepted', 'out-of-scope'];

const id = z.string().check(z.minLength(1), z.maxLength(100));

export const stageSchema = z.object({
  id,
  title: localizedText,
  description: z.optional(localizedText),
});

export const consultationSchema = z.object({
  id,
  title: localizedText,
  date: z.optional(isoDate),
  description: z.optional(localizedText),
  url: z.optional(link),
});

/** One proposal's outcome. No field holds a person's name or contact: the contract has none. */
export const proposalOutcomeSchema = z
  .object({
    /** The reference the proposal form's receipt gave (e.g. `P-2026-0042`). */
    reference: id,
    consultation: z.optional(id),
    title: localizedText,
    summary: z.optional(localizedText),
    theme: z.optional(localizedText),
    receivedOn: z.optional(isoDate),
    /** The stage reached (an id of `stages`). */
    stage: id,
    /** When each stage was reached: `[{ "stage": "review", "date": "2023-11-02" }]`. */
    stageDates: z.optional(z.array(z.object({ stage: id, date: isoDate }))),
    /** The institution the proposal was sent to. */
    institution: z.optional(localizedText),
    decision: z.optional(z.enum(DECISIONS)),
    decidedOn: z.optional(isoDate),
    reason: z.optional(localizedText),
    /** The reference of the proposal this one was merged into. */
    mergedInto: z.optional(id),
    /** The commitment it became: its id in `<og-commitment-tracker>`'s data. */
    commitment: z.optional(z.object({ id, title: z.optional(localizedText) })),
    /** How many people supported it (optional; counts only, never who). */
    supports: z.optional(z.number().check(z.int(), z.gte(0))),
    url: z.optional(link),
  })
  .check(
    z.refine((p) => !p.decision || !DECISIONS_NEEDING_REASON.includes(p.decision) || hasText(p.reason), {
      message: 'a reason is required when the proposal is not (fully) accepted',
      path: ['reason'],
    }),
    z.refine((p) => p.decision !== 'merged' || !!p.mergedInto, { message: 'a merged proposal needs mergedInto', path: ['mergedInto'] }),
  );

function hasText(value: z.output<typeof localizedText> | undefined): boolean {
  if (value === undefined) return false;
  return typeof value === 'string' ? value.trim() !== '' : Object.values(value).some((text) => text.trim() !== '');
}

/** The whole document (JSON Schema is generated from this one). */
export const outcomesDocumentSchema = z.object({
  updatedAt: isoInstant,
  title: z.optional(localizedText),
  consultations: z.optional(z.array(consultationSchema)),
  stages: z.array(stageSchema).check(z.minLength(1)),
  /** The page of `<og-commitment-tracker>` that commitment links open (the element's `tracker-url` wins). */
  trackerUrl: z.optional(link),
  proposals: z.array(proposalOutcomeSchema),
  machineTranslated: z.optional(machineTranslated),
});

/** The top level alone: items are validated one by one so that one bad item never blanks the widget. */
const envelopeSchema = z.object({
  updatedAt: isoInstant,
  title: z.optional(localizedText),
  consultations: z.optional(z.unknown()),
  stages: z.array(z.unknown()).check(z.minLength(1)),
  trackerUrl: z.optional(z.unknown()),
  proposals: z.array(z.unknown()),
  machineTranslated: z.optional(z.unknown()),
});

export type Stage = z.output<typeof stageSchema>;
export type Consultation = z.output<typeof consultationSchema>;
export type ProposalOutcome = z.output<typeof proposalOutcomeSchema>;
export type OutcomesDocument = z.output<typeof outcomesDocumentSchema>;

/**
 * Reads the document as the widget does: the envelope must hold (else an error state); stages,
 * consultations and proposals are checked one by one. A proposal at a stage the document does
 * not list, or in a consultation it does not list, is skipped (and counted) like any invalid item.
 */
export function parseOutcomes(text: string): Parsed<OutcomesDocument> {
  const envelope = parseWhole(envelopeSchema, parseJson(text));
  const report = new ValidationReport();
  const stages = uniqueBy(validItems(envelope.stages, stageSchema, 'stages', report), 'stages', report);
  const consultations = envelope.consultations === undefined ? undefined : uniqueBy(validItems(envelope.consultations, consultationSchema, 'consultations', report), 'consultations', report);
  const trackerUrl = link.safeParse(envelope.trackerUrl);
  const stageIds = new Set(stages.map((s) => s.id));
  const consultationIds = new Set(consultations?.map((c) => c.id));
  const proposals: ProposalOutcome[] = [];
  const seen = new Set<string>();
  (envelope.proposals as unknown[]).forEach((raw, index) => {
    const result = proposalOutcomeSchema.safeParse(raw);
    const path = `proposals[${index}]`;
    if (!result.success) return report.skip(path, describeIssues(result.error.issues));
    const p = result.data;
    const problem = !stageIds.has(p.stage)
      ? `unknown stage "${p.stage}"`
      : p.stageDates?.some((d) => !stageIds.has(d.stage))
        ? 'a date for an unknown stage'
        : p.consultation !== undefined && consultations && !consultationIds.has(p.consultation)
          ? `unknown consultation "${p.consultation}"`
          : seen.has(p.reference)
            ? `reference "${p.reference}" used twice`
            : undefined;
    if (problem) return report.skip(path, problem);
    seen.add(p.reference);
    proposals.push(p);
  });
  return {
    data: {
      updatedAt: envelope.updatedAt,
      title: envelope.title,
      consultations,
      stages,
      trackerUrl: trackerUrl.success ? trackerUrl.data : undefined,
      proposals,
      ...withMachineTexts(envelope.machineTranslated),
    },
    skipped: report.skipped.length,
  };
}

function uniqueBy<T extends { id: string }>(items: T[], path: string, report: ValidationReport): T[] {
  const ids = new Set<string>();
  return items.filter((item) => {
    if (ids.has(item.id)) {
      report.skip(path, `id "${item.id}" used twice`);
      return false;
    }
    ids.add(item.id);
    return true;
  });
}
