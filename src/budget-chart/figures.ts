/**
 * The rows a view shows (the table and the chart read the same rows), their sorting, and
 * the CSV of what is shown. Pure and framework-free.
 */
import type { LocalizedText } from '../core/validation.js';
import type { AmountKind } from './schema.js';
import { executionRate, perInhabitant, type BudgetNode } from './tree.js';

export interface CategoryRow {
  code: string;
  label: LocalizedText;
  /** The label as shown (for sorting and the CSV). */
  text: string;
  hasChildren: boolean;
  proposed?: number;
  approved?: number;
  executed?: number;
  rate?: number;
  perInhabitant?: number;
}

export type SortKey = 'label' | 'proposed' | 'approved' | 'executed' | 'rate' | 'perInhabitant';
export type SortDirection = 'ascending' | 'descending';

export function categoryRows(nodes: readonly BudgetNode[], kind: AmountKind, population: number | undefined, textOf: (t: LocalizedText) => string): CategoryRow[] {
  return nodes.map((node) => ({
    code: node.code,
    label: node.label,
    text: textOf(node.label),
    hasChildren: node.children.length > 0,
    proposed: node.totals.proposed,
    approved: node.totals.approved,
    executed: node.totals.executed,
    rate: executionRate(node.totals),
    perInhabitant: perInhabitant(node.totals[kind], population),
  }));
}

/** One collator per locale: making one costs more than sorting a level of a budget. */
const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { numeric: true })));
  return collator;
}

/** Sorts a copy; missing values always go last; ties keep the data's order. */
export function sortRows<R extends { text: string }>(rows: readonly R[], value: (row: R) => number | string | undefined, direction: SortDirection, locale: string): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  // Made only when texts are compared: sorting by an amount (the default) needs no collation
  // data, which the browser loads the first time a collator is made (2 ms here, more on a phone).
  let collator: Intl.Collator | undefined;
  return rows
    .map((row, index) => ({ row, index, v: value(row) }))
    .sort((a, b) => {
      if (a.v === undefined || b.v === undefined) return a.v === b.v ? a.index - b.index : a.v === undefined ? 1 : -1;
      const diff = typeof a.v === 'string' || typeof b.v === 'string' ? (collator ??= collatorFor(locale)).compare(String(a.v), String(b.v)) : a.v - b.v;
      return diff ? sign * diff : a.index - b.index;
    })
    .map((entry) => entry.row);
}

/**
 * The first `max - 1` values and the rest summed as one "others" entry, so a level with
 * hundreds of categories still draws a readable chart (the table has them all).
 */
export function topWithOthers<R>(rows: readonly R[], max: number): { shown: R[]; others: R[] } {
  if (rows.length <= max) return { shown: [...rows], others: [] };
  return { shown: rows.slice(0, max - 1), others: rows.slice(max - 1) };
}

// The CSV writer is shared by every widget that offers a download.
export { toCsv } from '../core/csv-file.js';
