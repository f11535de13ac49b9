import * as v from 'valibot';
import { issueKeys, isoInstant, localizedText, parseJson, parseWhole, ValidationReport, type LocalizedText, object } from '../core/validation.js';
import type { Parsed } from '../core/data-source.js';
import { parseAmount } from './amount.js';

export const DIRECTIONS = ['expenditure', 'revenue'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const SECTIONS = ['operating', 'investment'] as const;
export type Section = (typeof SECTIONS)[number];
export const AMOUNT_KINDS = ['proposed', 'approved', 'executed'] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];
export type Amounts = Partial<Record<AmountKind, number>>;

/** An amount: a number, or a numeric string (`"1234.5"`); anything else fails the line. */
const amount = v.pipe(
  v.union([v.number(), v.string()]),
  v.rawTransform<number | string, number>(({ dataset, addIssue, NEVER }) => {
    const parsed = parseAmount(dataset.value, { decimalComma: false });
    if (parsed === undefined || Number.isNaN(parsed)) {
      addIssue({ message: 'not a number' });
      return NEVER;
    }
    return parsed;
  }),
);

/** The amounts' own rule: src/schemas.ts knows it by identity (a JSON Schema anyOf). */
export const atLeastOneAmount = v.check(
  (a: { proposed?: number; approved?: number; executed?: number }) => a.proposed !== undefined || a.approved !== undefined || a.executed !== undefined,
  'at least one amount is required',
);

export const amountsSchema = v.pipe(object({ proposed: v.optional(amount), approved: v.optional(amount), executed: v.optional(amount) }), atLeastOneAmount);

const code = v.pipe(
  v.union([v.string(), v.number()]),
  v.transform((value) => String(value).trim()),
);

export const budgetLineSchema = object({
  // `code`'s pipe kept flat (a walk finds its union and transform where `code` has them), plus the check.
  code: v.pipe(...code.pipe, v.check((c) => c !== '', 'empty code')),
  parent: v.optional(v.nullable(code)),
  label: localizedText,
  direction: v.picklist(DIRECTIONS),
  section: v.optional(v.picklist(SECTIONS)),
  amounts: amountsSchema,
});

export interface BudgetLine {
  code: string;
  parent?: string;
  label: LocalizedText;
  direction: Direction;
  section?: Section;
  amounts: Amounts;
}

export interface BudgetYear {
  year: number;
  lines: BudgetLine[];
}

export interface BudgetDocument {
  updatedAt?: string;
  entity?: LocalizedText;
  currency: string;
  population?: number;
  years: BudgetYear[];
}

const yearNumber = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200));
const currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/));
const population = v.pipe(v.number(), v.gtValue(0));

/** The whole document (JSON Schema is generated from this one). */
export const budgetDocumentSchema = object({
  updatedAt: isoInstant,
  entity: v.optional(localizedText),
  currency,
  population: v.optional(population),
  years: v.array(object({ year: yearNumber, lines: v.array(budgetLineSchema) })),
});

/** The top level alone: years and lines are validated one by one. */
const envelopeSchema = object({
  updatedAt: isoInstant,
  entity: v.optional(v.unknown()),
  currency,
  population: v.optional(v.unknown()),
  years: v.array(v.unknown()),
});
const yearEnvelope = object({ year: yearNumber, lines: v.optional(v.array(v.unknown())) });

/** Turns one validated line into the shape the tree uses (empty parent → none). */
export function toLine(raw: v.InferOutput<typeof budgetLineSchema>): BudgetLine {
  const amounts: Amounts = {};
  for (const kind of AMOUNT_KINDS) if (raw.amounts[kind] !== undefined) amounts[kind] = raw.amounts[kind];
  return {
    code: raw.code,
    ...(raw.parent ? { parent: raw.parent } : {}),
    label: raw.label,
    direction: raw.direction,
    ...(raw.section ? { section: raw.section } : {}),
    amounts,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const codeText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/**
 * The usual line (amounts as numbers) read without the schema: the same result as
 * `toLine(v.parse(budgetLineSchema, raw))`, several times cheaper on a budget of thousands of
 * lines. Anything else (amounts as text, mistakes) gives undefined and goes through the schema,
 * which stays the one definition; test/fuzz/budget.test.ts checks that the two agree.
 */
export function quickLine(raw: unknown): BudgetLine | undefined {
  if (!isRecord(raw) || !isRecord(raw.amounts)) return undefined;
  const code = codeText(raw.code);
  const parent = raw.parent === undefined || raw.parent === null ? '' : codeText(raw.parent);
  const { label, direction, section } = raw;
  if (!code || parent === undefined || !DIRECTIONS.includes(direction as Direction)) return undefined;
  if (section !== undefined && !SECTIONS.includes(section as Section)) return undefined;
  if (typeof label !== 'string') {
    // A LocalizedText object: a plain object of strings (an own "__proto__" key goes the long way).
    if (!isRecord(label) || Object.getPrototypeOf(label) !== Object.prototype || Object.hasOwn(label, '__proto__')) return undefined;
    for (const key in label) if (typeof label[key] !== 'string') return undefined;
  }
  const amounts: Amounts = {};
  for (const kind of AMOUNT_KINDS) {
    const value = raw.amounts[kind];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
    amounts[kind] = value;
  }
  if (amounts.proposed === undefined && amounts.approved === undefined && amounts.executed === undefined) return undefined;
  return {
    code,
    ...(parent ? { parent } : {}),
    label: label as LocalizedText,
    direction: direction as Direction,
    ...(section ? { section: section as Section } : {}),
    amounts,
  };
}

/**
 * Reads `budget.json`: a document that fails as a whole is an error; a line or a year that
 * fails is skipped and counted. Lines of the same year given twice are merged.
 */
export function parseBudgetJson(text: string): Parsed<BudgetDocument> {
  const envelope = parseWhole(envelopeSchema, parseJson(text));
  const report = new ValidationReport();
  const entity = envelope.entity === undefined ? undefined : v.safeParse(localizedText, envelope.entity);
  if (entity && !entity.success) report.skip('entity', 'not a text');
  const people = envelope.population === undefined ? undefined : v.safeParse(population, envelope.population);
  if (people && !people.success) report.skip('population', 'not a positive number');
  const byYear = new Map<number, BudgetLine[]>();
  envelope.years.forEach((rawYear, y) => {
    const year = v.safeParse(yearEnvelope, rawYear);
    if (!year.success) return report.skip(`years[${y}]`, 'not a valid year');
    const lines = byYear.get(year.output.year) ?? [];
    byYear.set(year.output.year, lines);
    (year.output.lines ?? []).forEach((rawLine, i) => {
      const quick = quickLine(rawLine);
      if (quick) return void lines.push(quick);
      const line = v.safeParse(budgetLineSchema, rawLine);
      if (line.success) lines.push(toLine(line.output));
      else report.skip(`years[${y}].lines[${i}]`, line.issues.map((issue) => `${issueKeys(issue).join('.')}: ${issue.message}`).join('; '));
    });
  });
  return {
    data: {
      updatedAt: envelope.updatedAt,
      entity: entity?.success ? entity.output : undefined,
      currency: envelope.currency,
      population: people?.success ? people.output : undefined,
      years: [...byYear].map(([year, lines]) => ({ year, lines })).sort((a, b) => a.year - b.year),
    },
    skipped: report.skipped.length,
  };
}
