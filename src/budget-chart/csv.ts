/**
 * The budget as CSV, the way a finance officer exports it from a spreadsheet: a header row
 * `year,code,parent,label,direction,section,proposed,approved,executed` (any order, any
 * case), `,` or `;` or tab as separator, an optional UTF-8 BOM, decimal commas. Labels in
 * several languages may come as `label_fr`, `label_ar`, `label_zgh`… columns. This module
 * and papaparse are loaded only when a CSV source is used; papaparse is passed in (the
 * element imports it dynamically), which keeps this module testable on its own.
 */
import * as v from 'valibot';
import { detectDelimiter, loadPapa, type CsvParser } from '../core/csv.js';
import { issueKeys, ValidationReport } from '../core/validation.js';
import type { Parsed } from '../core/data-source.js';
import { parseAmount } from './amount.js';
import { MissingColumnError } from './errors.js';
import { AMOUNT_KINDS, budgetLineSchema, toLine, type BudgetDocument, type BudgetLine } from './schema.js';

export { CSV_COLUMNS } from './csv-columns.js';

export const DIRECTION_WORDS: Record<string, 'expenditure' | 'revenue'> = {
  expenditure: 'expenditure', expense: 'expenditure', expenses: 'expenditure', 'dépense': 'expenditure', 'dépenses': 'expenditure',
  depense: 'expenditure', depenses: 'expenditure', 'نفقات': 'expenditure', 'النفقات': 'expenditure',
  revenue: 'revenue', revenues: 'revenue', recette: 'revenue', recettes: 'revenue', 'موارد': 'revenue', 'الموارد': 'revenue', 'مداخيل': 'revenue',
};
const SECTION_WORDS: Record<string, 'operating' | 'investment'> = {
  operating: 'operating', fonctionnement: 'operating', 'تسيير': 'operating', 'التسيير': 'operating',
  investment: 'investment', investissement: 'investment', 'équipement': 'investment', equipement: 'investment', 'تجهيز': 'investment', 'التجهيز': 'investment',
};

export { detectDelimiter, loadPapa, type CsvParser };

export function parseBudgetCsv(papa: CsvParser, text: string, defaults: { currency?: string; population?: number } = {}): Parsed<BudgetDocument> {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(clean);
  const result = papa.parse<Record<string, string>>(clean, {
    header: true,
    delimiter,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.replace(/^\uFEFF/, '').trim().toLowerCase(),
  });
  const fields = result.meta.fields ?? [];
  const labelColumns = fields.filter((f) => /^label_[a-z]{2,3}(-[a-z0-9]+)?$/.test(f));
  for (const column of ['year', 'code', 'direction'] as const) if (!fields.includes(column)) throw new MissingColumnError(column);
  if (!fields.includes('label') && !labelColumns.length) throw new MissingColumnError('label');
  if (!AMOUNT_KINDS.some((kind) => fields.includes(kind))) throw new MissingColumnError('approved');

  const report = new ValidationReport();
  const byYear = new Map<number, BudgetLine[]>();
  const decimalComma = delimiter !== ',';
  // A quote opened and never closed (or closed in the wrong place) swallows the lines after it
  // into one field: that row is skipped and every line it swallowed is counted, never hidden.
  const brokenQuotes = result.errors.some((e) => e.type === 'Quotes');
  let swallowed = 0;
  result.data.forEach((row, index) => {
    const where = `line ${index + 2}`;
    if (brokenQuotes) {
      const breaks = Object.values(row).reduce((n, cell) => n + (typeof cell === 'string' ? (cell.match(/\r\n|\n|\r/g)?.length ?? 0) : 0), 0);
      if (breaks) {
        swallowed += breaks;
        return report.skip(where, `a quote is not closed: this line and the ${breaks} after it are not shown`);
      }
    }
    const year = Number((row.year ?? '').trim());
    if (!Number.isInteger(year) || year < 1900 || year > 2200) return report.skip(where, 'year is not a year');
    const amounts: Record<string, number> = {};
    for (const kind of AMOUNT_KINDS) {
      const value = parseAmount(row[kind], { decimalComma });
      if (value === undefined) continue;
      if (Number.isNaN(value)) return report.skip(where, `${kind} is not a number`);
      amounts[kind] = value;
    }
    const label = labelOf(row, labelColumns);
    if (label === '') return report.skip(where, 'no label');
    const candidate = {
      code: (row.code ?? '').trim(),
      parent: (row.parent ?? '').trim() || undefined,
      label,
      direction: DIRECTION_WORDS[(row.direction ?? '').trim().toLowerCase()] ?? (row.direction ?? '').trim(),
      section: SECTION_WORDS[(row.section ?? '').trim().toLowerCase()] ?? ((row.section ?? '').trim() || undefined),
      amounts,
    };
    const line = v.safeParse(budgetLineSchema, candidate);
    if (!line.success) return report.skip(where, line.issues.map((i) => `${issueKeys(i).join('.')}: ${i.message}`).join('; '));
    const list = byYear.get(year) ?? [];
    list.push(toLine(line.output));
    byYear.set(year, list);
  });
  return {
    data: {
      currency: defaults.currency ?? 'MAD',
      population: defaults.population,
      years: [...byYear].map(([year, lines]) => ({ year, lines })).sort((a, b) => a.year - b.year),
    },
    skipped: report.skipped.length + swallowed,
  };
}

/** `label_xx` columns give a LocalizedText; a plain `label` is used when the row has none of them. */
function labelOf(row: Record<string, string>, labelColumns: string[]): string | Record<string, string> {
  const texts: Record<string, string> = {};
  for (const column of labelColumns) {
    const value = (row[column] ?? '').trim();
    if (value) texts[column.slice('label_'.length)] = value;
  }
  if (Object.keys(texts).length) return texts;
  return (row.label ?? '').trim();
}
