/* The chart's bars: which rows become bars, and how the keyboard goes from one to the next. */
import { msg, str } from '@lit/localize';
import { topWithOthers } from './figures.js';
import type { Bar } from './view-context.js';

/** Bars drawn at most; the rest are summed into one "others" bar (the table has them all). */
export const MAX_BARS = 15;

/** The rows as bars, in their order; beyond `MAX_BARS`, the last bar sums the rest ("others"). */
export function barsOf<R extends { text: string; code: string; hasChildren: boolean }>(rows: readonly R[], values: (row: R) => (number | undefined)[]): Bar[] {
  const { shown, others } = topWithOthers(rows, MAX_BARS);
  const bars: Bar[] = shown.map((r) => ({ label: r.text, code: r.code, drill: r.hasChildren, values: values(r) }));
  if (others.length) {
    const sums = others.map(values).reduce((sum, row) => sum.map((s, i) => (row[i] === undefined ? s : (s ?? 0) + row[i]!)));
    bars.push({ label: msg(str`Others (${others.length})`, { id: 'budget.others' }), drill: false, values: sums });
  }
  return bars;
}

/**
 * The bar an arrow, Home or End key moves to from `active` among `count` bars (the arrows that
 * point forward follow the reading direction); undefined for any other key.
 */
export function barAfterKey(key: string, active: number, count: number, rtl: boolean): number | undefined {
  if (key === 'ArrowDown' || key === (rtl ? 'ArrowLeft' : 'ArrowRight')) return Math.min(count - 1, active + 1);
  if (key === 'ArrowUp' || key === (rtl ? 'ArrowRight' : 'ArrowLeft')) return Math.max(0, active - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}
