import * as v from 'valibot';
import { describeIssues, isoDate, isoInstant, link, localizedText, machineTranslated, withMachineTexts, parseJson, parseWhole, validItems, ValidationReport, object, rule } from '../core/validation.js';
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

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

export const stageSchema = object({
  id,
  title: localizedText,
  description: v.optional(localizedText),
});

export const consultationSchema = object({
  id,
  title: localizedText,
  date: v.optional(isoDate),
  description: v.optional(localizedText),
  url: v.optional(link),
});

/** One proposal's outcome. No field holds a person's name or contact: the contract has none. */
const proposalFields = object({
  /** The reference the proposal form's receipt gave (e.g. `P-2026-0042`). */
  reference: id,
  consultation: v.optional(id),
  title: localizedText,
  summary: v.optional(localizedText),
  theme: v.optional(localizedText),
  receivedOn: v.optional(isoDate),
  /** The stage reached (an id of `stages`). */
  stage: id,
  /** When each stage was reached: `[{ "stage": "review", "date": "2023-11-02" }]`. */
  stageDates: v.optional(v.array(object({ stage: id, date: isoDate }))),
  /** The institution the proposal was sent to. */
  institution: v.optional(localizedText),
  decision: v.optional(v.picklist(DECISIONS)),
  decidedOn: v.optional(isoDate),
  reason: v.optional(localizedText),
  /** The reference of the proposal this one was merged into. */
  mergedInto: v.optional(id),
  /** The commitment it became: its id in `<og-commitment-tracker>`'s data. */
  commitment: v.optional(object({ id, title: v.optional(localizedText) })),
  /** How many people supported it (optional; counts only, never who). A safe integer, as the JSON Schema says. */
  supports: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
  url: v.optional(link),
});
type ProposalFields = v.InferOutput<typeof proposalFields>;

export const proposalOutcomeSchema = v.pipe(
  proposalFields,
  v.forward(
    rule<ProposalFields>((p) => !p.decision || !DECISIONS_NEEDING_REASON.includes(p.decision) || hasText(p.reason), 'a reason is required when the proposal is not (fully) accepted'),
    ['reason'],
  ),
  v.forward(rule<ProposalFields>((p) => p.decision !== 'merged' || !!p.mergedInto, 'a merged proposal needs mergedInto'), ['mergedInto']),
);

function hasText(value: v.InferOutput<typeof localizedText> | undefined): boolean {
  if (value === undefined) return false;
  return typeof value === 'string' ? value.trim() !== '' : Object.values(value).some((text) => text.trim() !== '');
}

/** The whole document (JSON Schema is generated from this one). */
export const outcomesDocumentSchema = object({
  updatedAt: isoInstant,
  title: v.optional(localizedText),
  consultations: v.optional(v.array(consultationSchema)),
  stages: v.pipe(v.array(stageSchema), v.minLength(1)),
  /** The page of `<og-commitment-tracker>` that commitment links open (the element's `tracker-url` wins). */
  trackerUrl: v.optional(link),
  proposals: v.array(proposalOutcomeSchema),
  machineTranslated: v.optional(machineTranslated),
});

/** The top level alone: items are validated one by one so that one bad item never blanks the widget. */
const envelopeSchema = object({
  updatedAt: isoInstant,
  title: v.optional(localizedText),
  consultations: v.optional(v.unknown()),
  stages: v.pipe(v.array(v.unknown()), v.minLength(1)),
  trackerUrl: v.optional(v.unknown()),
  proposals: v.array(v.unknown()),
  machineTranslated: v.optional(v.unknown()),
});

export type Stage = v.InferOutput<typeof stageSchema>;
export type Consultation = v.InferOutput<typeof consultationSchema>;
export type ProposalOutcome = v.InferOutput<typeof proposalOutcomeSchema>;
export type OutcomesDocument = v.InferOutput<typeof outcomesDocumentSchema>;

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
  const trackerUrl = v.safeParse(link, envelope.trackerUrl);
  const stageIds = new Set(stages.map((s) => s.id));
  const consultationIds = new Set(consultations?.map((c) => c.id));
  const proposals: ProposalOutcome[] = [];
  const seen = new Set<string>();
  (envelope.proposals as unknown[]).forEach((raw, index) => {
    const result = v.safeParse(proposalOutcomeSchema, raw);
    const path = `proposals[${index}]`;
    if (!result.success) return report.skip(path, describeIssues(result.issues));
    const p = result.output;
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
      trackerUrl: trackerUrl.success ? trackerUrl.output : undefined,
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
