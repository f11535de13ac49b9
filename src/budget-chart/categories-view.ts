import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatPercent } from '../core/format.js';
import type { LocalizedText } from '../core/validation.js';
import type { AmountKind } from './schema.js';
import { executionRate, kindsPresent, perInhabitant, sumAmounts, type BudgetNode } from './tree.js';
import { categoryRows, sortRows, toCsv, type CategoryRow, type SortKey } from './figures.js';
import { kindLabel, topLabel, type BudgetView } from './labels.js';
import { barsOf } from './chart-bars.js';
import { renderDownload, renderTable, type Column } from './category-table.js';
import type { ViewContext } from './view-context.js';

/**
 * One level's categories: by amount (`categories`), or approved against executed with the
 * execution rate (`execution`). The chart has the top bars; the table has every category.
 */
/** The amount a view's table is sorted by, and its chart drawn from, before the visitor sorts: approved for `execution`. */
export function mainKind(view: BudgetView, kind: AmountKind): AmountKind {
  return view === 'execution' ? 'approved' : kind;
}

export function renderCategories(ctx: ViewContext, view: 'categories' | 'execution', items: readonly BudgetNode[], parentLabel?: LocalizedText): TemplateResult {
  const kind = mainKind(view, ctx.kind);
  const pop = ctx.population;
  const rows = categoryRows(items, kind, pop, ctx.plain);
  const key: SortKey = ctx.sortKey ?? kind;
  const sorted = sortRows(rows, (r) => (key === 'label' ? r.text : r[key]), ctx.sortKey ? ctx.sortDirection : 'descending', ctx.locale);
  const present = kindsPresent(ctx.data);
  const columns: Column[] = [
    ...present.map((k) => ({ key: k as SortKey, label: kindLabel(k), value: (r: CategoryRow) => r[k], format: ctx.money })),
    ...(present.includes('approved') && present.includes('executed')
      ? [{ key: 'rate' as SortKey, label: msg('Execution rate', { id: 'budget.rate' }), value: (r: CategoryRow) => r.rate, format: (v: number) => formatPercent(v, ctx.locale) }]
      : []),
    ...(pop
      ? [
          {
            key: 'perInhabitant' as SortKey,
            label: msg(str`${kindLabel(kind)} per inhabitant`, { id: 'budget.per-inhabitant' }),
            value: (r: CategoryRow) => r.perInhabitant,
            format: ctx.money,
          },
        ]
      : []),
  ];
  const totals = sumAmounts(items.map((node) => node.totals));
  const totalRow: CategoryRow = {
    code: '',
    label: '',
    text: msg('Total', { id: 'budget.total' }),
    hasChildren: false,
    ...totals,
    rate: executionRate(totals),
    perInhabitant: perInhabitant(totals[kind], pop),
  };

  // Chart: the same order as the default table order, top bars plus "others".
  const chartRows = sortRows(rows, (r) => r[kind], 'descending', ctx.locale);
  const kinds: AmountKind[] = view === 'execution' ? (['approved', 'executed'] as AmountKind[]).filter((k) => present.includes(k)) : [kind];
  const bars = barsOf(chartRows, (r) => kinds.map((k) => r[k]));

  const caption = parentLabel ? ctx.plain(parentLabel) : topLabel(ctx.direction);
  const csv = () =>
    toCsv(
      [msg('Code', { id: 'budget.code' }), msg('Category', { id: 'budget.category' }), ...columns.map((c) => c.label)],
      [...sorted.map((r) => [r.code, r.text, ...columns.map((c) => c.value(r))]), ['', totalRow.text, ...columns.map((c) => c.value(totalRow))]],
    );
  return html`${ctx.chart(view === 'execution' ? msg(str`Approved and executed: ${caption}`, { id: 'budget.chart.execution' }) : caption, bars, kinds.map(kindLabel), 'horizontal')}
    ${renderTable(ctx, caption, columns, sorted, totalRow, kind)} ${renderDownload(ctx, csv)}`;
}
