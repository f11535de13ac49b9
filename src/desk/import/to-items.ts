/**
 * Rows of a sheet → items of the contract, each checked by the resource's own valibot schema
 * (the one the widgets and `validate` use); a row that does not fit is kept out with its row number
 * (as the spreadsheet numbers it) and why.
 */
import * as v from 'valibot';
import { parseAmount } from '../../budget-chart/amount.js';
import { budgetLineSchema, toLine, type BudgetLine } from '../../budget-chart/schema.js';
import { commitmentSchema } from '../../commitment-tracker/schema.js';
import { complaintFields } from '../../complaint-status/schema.js';
import { eventSchema } from '../../consultation-calendar/schema.js';
import { issueKeys, type Issue, type Schema, object } from '../../core/validation.js';
import { zonedToUtc } from '../../consultation-calendar/zoned.js';
import { FIELDS, normalizeWord, type FieldSpec, type ImportResource } from './fields.js';
import type { ColumnMapping } from './mapping.js';
import type { Cell } from './sheet-reader.js';

export interface RejectedRow {
  /** The row number in the spreadsheet (its first row is 1). */
  row: number;
  reason: string;
}

export interface ImportResult {
  items: unknown[];
  rejected: RejectedRow[];
}

export interface ConvertOptions {
  /** Where times without an offset are (default Africa/Casablanca). */
  timeZone?: string;
  decimalComma?: boolean;
}

const complaintRecordSchema = object({ ...complaintFields.entries, secret: v.optional(v.string()) });
const yearSchema = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200));

/** A value that cannot be read: the row goes, with this reason. */
class CellProblem extends Error {}

function textOf(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.date;
  return String(cell).trim();
}

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date cell, a serial number, `2024-05-02`, `02/05/2024 10:00` (day first, as written in Morocco and France). */
function dateParts(cell: Cell): { day: string; time?: [number, number, number]; offset?: string } | undefined {
  let value = typeof cell === 'object' && cell !== null ? cell.date : cell;
  if (typeof value === 'number') {
    if (value < 1 || value > 2_958_465) return undefined;
    const ms = Math.round((value - 25569) * 86_400_000 / 1000) * 1000;
    value = new Date(ms).toISOString().slice(0, 19);
    if (ms % 86_400_000 === 0) value = value.slice(0, 10);
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  let m = ISO.exec(text);
  if (m) return { day: `${m[1]}-${m[2]}-${m[3]}`, time: m[4] ? [+m[4], +m[5], +(m[6] ?? 0)] : undefined, offset: m[7] };
  m = DAY_FIRST.exec(text);
  if (m) return { day: `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`, time: m[4] ? [+m[4], +m[5], +(m[6] ?? 0)] : undefined };
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A wall time in a zone as an ISO instant with that zone's offset at that moment. */
function zonedInstant(day: string, [h, m, s]: [number, number, number], zone: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const utc = zonedToUtc({ year, month, day: date, hour: h, minute: m, second: s }, zone);
  const offset = Math.round((Date.UTC(year, month - 1, date, h, m, s) - utc) / 60_000);
  return `${day}T${pad(h)}:${pad(m)}:${pad(s)}${offsetText(offset)}`;
}

function convert(spec: FieldSpec, cell: Cell, options: Required<ConvertOptions>): unknown {
  const raw = textOf(cell);
  switch (spec.kind) {
    case 'amount':
    case 'number': {
      const value = typeof cell === 'number' ? cell : parseAmount(raw.replace(/%$/, ''), { decimalComma: options.decimalComma });
      if (value === undefined) return undefined;
      if (Number.isNaN(value)) throw new CellProblem(`${spec.id}: "${raw}" is not a number`);
      return value;
    }
    case 'year': {
      const value = typeof cell === 'object' && cell !== null ? Number(cell.date.slice(0, 4)) : Number(raw);
      return Number.isFinite(value) ? value : raw;
    }
    case 'date': {
      const parts = dateParts(cell);
      if (!parts) throw new CellProblem(`${spec.id}: "${raw}" is not a date`);
      return parts.day;
    }
    case 'when':
    case 'instant': {
      const parts = dateParts(cell);
      if (!parts) throw new CellProblem(`${spec.id}: "${raw}" is not a date`);
      if (parts.time) return parts.offset ? `${parts.day}T${pad(parts.time[0])}:${pad(parts.time[1])}:${pad(parts.time[2])}${parts.offset.length === 5 ? `${parts.offset.slice(0, 3)}:${parts.offset.slice(3)}` : parts.offset}` : zonedInstant(parts.day, parts.time, options.timeZone);
      return spec.kind === 'when' ? parts.day : zonedInstant(parts.day, [0, 0, 0], options.timeZone);
    }
    case 'enum': {
      const norm = normalizeWord(raw);
      for (const [value, words] of Object.entries(spec.values ?? {})) if (normalizeWord(value) === norm || words.some((w) => normalizeWord(w) === norm)) return value;
      return raw;
    }
    case 'boolean':
      return typeof cell === 'boolean' ? cell : ['1', 'true', 'oui', 'yes', 'نعم', 'x'].includes(normalizeWord(raw));
    default:
      return raw;
  }
}

/** Sets `a.b.c` on an object; `title.fr` makes `title` an object of languages. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

function slug(text: string): string {
  return normalizeWord(text).replace(/\s+/g, '-').slice(0, 60);
}

const explain = (issues: readonly Issue[]) => issues.map((i) => `${issueKeys(i).map(String).join('.') || 'row'}: ${i.message}`).join('; ');

/** One row → the candidate item (before the schema), or a problem. */
function candidateOf(resource: ImportResource, row: Cell[], mapping: ColumnMapping, options: Required<ConvertOptions>): Record<string, unknown> {
  const specs = FIELDS[resource];
  const item: Record<string, unknown> = {};
  mapping.forEach((target, column) => {
    if (!target) return;
    const cell = row[column] ?? null;
    if (textOf(cell) === '') return;
    const spec = specs.find((s) => s.id === target) ?? specs.find((s) => target.startsWith(`${s.id}.`) && s.kind === 'localized');
    if (!spec) return;
    const value = convert(spec, cell, options);
    if (value === undefined) return;
    if (resource === 'budget' && spec.kind === 'amount') setPath(item, `amounts.${target}`, value);
    else setPath(item, target, value);
  });
  return item;
}

export function rowsToItems(resource: ImportResource, rows: Cell[][], mapping: ColumnMapping, firstDataRow: number, opts: ConvertOptions = {}): ImportResult {
  const options: Required<ConvertOptions> = { timeZone: opts.timeZone ?? 'Africa/Casablanca', decimalComma: opts.decimalComma ?? true };
  const rejected: RejectedRow[] = [];
  const items: unknown[] = [];
  const years = new Map<number, BudgetLine[]>();
  rows.forEach((row, index) => {
    const rowNumber = firstDataRow + index + 1;
    let candidate: Record<string, unknown>;
    try {
      candidate = candidateOf(resource, row, mapping, options);
    } catch (error) {
      if (error instanceof CellProblem) return void rejected.push({ row: rowNumber, reason: error.message });
      throw error;
    }
    if (resource === 'budget') {
      const { year, ...line } = candidate;
      const y = v.safeParse(yearSchema, year);
      if (!y.success) return void rejected.push({ row: rowNumber, reason: `year: ${year === undefined ? 'missing' : `"${String(year)}" is not a year`}` });
      const parsed = v.safeParse(budgetLineSchema, line);
      if (!parsed.success) return void rejected.push({ row: rowNumber, reason: explain(parsed.issues) });
      const list = years.get(y.output) ?? [];
      list.push(toLine(parsed.output));
      years.set(y.output, list);
      return;
    }
    if (resource === 'commitments' && candidate.id === undefined) {
      const fallback = candidate.number ?? (typeof candidate.title === 'string' ? slug(candidate.title) : undefined);
      if (fallback !== undefined && fallback !== '') candidate.id = String(fallback);
    }
    if (resource === 'events' && candidate.id === undefined && candidate.title !== undefined && typeof candidate.start === 'string')
      candidate.id = `${slug(typeof candidate.title === 'string' ? candidate.title : Object.values(candidate.title as Record<string, string>)[0] ?? '')}-${candidate.start.slice(0, 10)}`;
    const schema = resource === 'commitments' ? commitmentSchema : resource === 'events' ? eventSchema : complaintRecordSchema;
    const parsed = v.safeParse(schema as Schema, candidate);
    if (!parsed.success) return void rejected.push({ row: rowNumber, reason: explain(parsed.issues) });
    items.push(parsed.output);
  });
  if (resource === 'budget') for (const [year, lines] of [...years].sort((a, b) => a[0] - b[0])) items.push({ year, lines });
  return { items, rejected };
}

/** Merge: an item with the same key (id, reference, year) replaces the old one; budget years merge line by line (same code replaces). */
export function mergeImported(resource: ImportResource, existing: readonly unknown[], incoming: readonly unknown[]): unknown[] {
  const keyOf = (item: unknown): string => {
    const o = (item ?? {}) as Record<string, unknown>;
    return String(resource === 'budget' ? o.year : resource === 'complaint-records' ? normalizeWord(o.reference) : o.id);
  };
  const out = [...existing];
  for (const item of incoming) {
    const at = out.findIndex((old) => keyOf(old) === keyOf(item));
    if (at < 0) out.push(item);
    else if (resource === 'budget') {
      const old = out[at] as { year: number; lines: BudgetLine[] };
      const lines = [...old.lines];
      for (const line of (item as { lines: BudgetLine[] }).lines) {
        const i = lines.findIndex((l) => l.code === line.code);
        if (i < 0) lines.push(line);
        else lines[i] = line;
      }
      out[at] = { year: old.year, lines };
    } else out[at] = item;
  }
  return out;
}
