import * as z from 'zod/mini';
import { isoInstant, localizedText, parseJson, parseWhole, ValidationReport, type LocalizedText } from '../core/validation.js';
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
const amount = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((value, ctx) => {
    const parsed = parseAmount(value, { decimalComma: false });
    if (parsed === undefined || Number.isNaN(parsed)) {
      ctx.issues.push({ code: 'custom', message: 'not a number', input: value });
      return z.NEVER;
    }
    return parsed;
  }),
);

export const amountsSchema = z
  .object({ proposed: z.optional(amount), approved: z.optional(amount), executed: z.optional(amount) })
  .check(
    z.refine((a) => a.proposed !== undefined || a.approved !== undefined || a.executed !== undefined, {
      message: 'at least one amount is required',
    }),
  );

const code = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value) => String(value).trim()),
);

export const budgetLineSchema = z.object({
  code: code.check(z.refine((c: string) => c !== '', { message: 'empty code' })),
  parent: z.optional(z.nullable(code)),
  label: localizedText,
  direction: z.enum(DIRECTIONS),
  section: z.optional(z.enum(SECTIONS)),
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

const yearNumber = z.number().check(z.int(), z.gte(1900), z.lte(2200));

/** The whole document (JSON Schema is generated from this one). */
export const budgetDocumentSchema = z.object({
  updatedAt: isoInstant,
  entity: z.optional(localizedText),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  population: z.optional(z.number().check(z.gt(0))),
  years: z.array(z.object({ year: yearNumber, lines: z.array(budgetLineSchema) })),
});

/** The top level alone: years and lines are validated one by one. */
const envelopeSchema = z.object({
  updatedAt: isoInstant,
  entity: z.optional(z.unknown()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  population: z.optional(z.unknown()),
  years: z.array(z.unknown()),
});
const yearEnvelope = z.object({ year: yearNumber, lines: z.optional(z.array(z.unknown())) });

/** Turns one validated line into the shape the tree uses (empty parent → none). */
export function toLine(raw: z.output<typeof budgetLineSchema>): BudgetLine {
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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const codeText = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);

/**
 * The usual line (amounts as numbers) read without zod: the same result as
 * `toLine(budgetLineSchema.parse(raw))`, several times cheaper on a budget of thousands of
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
  const entity = envelope.entity === undefined ? undefined : localizedText.safeParse(envelope.entity);
  if (entity && !entity.success) report.skip('entity', 'not a text');
  const population = envelope.population === undefined ? undefined : z.number().check(z.gt(0)).safeParse(envelope.population);
  if (population && !population.success) report.skip('population', 'not a positive number');
  const byYear = new Map<number, BudgetLine[]>();
  envelope.years.forEach((rawYear, y) => {
    const year = yearEnvelope.safeParse(rawYear);
    if (!year.success) return report.skip(`years[${y}]`, 'not a valid year');
    const lines = byYear.get(year.data.year) ?? [];
    byYear.set(year.data.year, lines);
    (year.data.lines ?? []).forEach((rawLine, i) => {
      const quick = quickLine(rawLine);
      if (quick) return void lines.push(quick);
      const line = budgetLineSchema.safeParse(rawLine);
      if (line.success) lines.push(toLine(line.data));
      else report.skip(`years[${y}].lines[${i}]`, line.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    });
  });
  return {
    data: {
      updatedAt: envelope.updatedAt,
      entity: entity?.success ? entity.data : undefined,
      currency: envelope.currency,
      population: population?.success ? population.data : undefined,
      years: [...byYear].map(([year, lines]) => ({ year, lines })).sort((a, b) => a.year - b.year),
    },
    skipped: report.skipped.length,
  };
}
