import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AmountKind } from './schema.js';
import { sectionTotals, treeFor, type SectionKey } from './tree.js';
import { toCsv } from './figures.js';
import { directionLabel, kindLabel, sectionLabel } from './labels.js';
import { renderDownload } from './category-table.js';
import type { ViewContext } from './view-context.js';

/** Revenue against expenditure by section (operating, investment), with the balance. */
export function renderOverview(ctx: ViewContext, year: number): TemplateResult {
  const revenue = sectionTotals(treeFor(ctx.data, year, 'revenue'));
  const expenditure = sectionTotals(treeFor(ctx.data, year, 'expenditure'));
  const sections: SectionKey[] = ['operating', 'investment', ...(revenue.unspecified[ctx.kind] !== undefined || expenditure.unspecified[ctx.kind] !== undefined ? (['unspecified'] as SectionKey[]) : [])];
  const sum = (t: Record<SectionKey, Partial<Record<AmountKind, number>>>) =>
    sections.reduce<number | undefined>((s, k) => (t[k][ctx.kind] === undefined ? s : (s ?? 0) + t[k][ctx.kind]!), undefined);
  const rows = [
    ...sections.map((s) => ({ label: sectionLabel(s), revenue: revenue[s][ctx.kind], expenditure: expenditure[s][ctx.kind] })),
    { label: msg('Total', { id: 'budget.total' }), revenue: sum(revenue), expenditure: sum(expenditure) },
  ];
  const balance = (r: { revenue?: number; expenditure?: number }) => (r.revenue === undefined && r.expenditure === undefined ? undefined : (r.revenue ?? 0) - (r.expenditure ?? 0));
  const bars = rows.map((r) => ({ label: r.label, drill: false, values: [r.revenue, r.expenditure] }));
  const caption = msg(str`Revenue and expenditure by section, ${year} (${kindLabel(ctx.kind).toLowerCase()})`, { id: 'budget.overview.caption' });
  const header = [msg('Section', { id: 'budget.section' }), directionLabel('revenue'), directionLabel('expenditure'), msg('Balance', { id: 'budget.balance' })];
  const cell = (v: number | undefined) => html`<td class=${v !== undefined && v < 0 ? 'negative' : ''}>${ctx.money(v)}</td>`;
  return html`${ctx.chart(caption, bars, [directionLabel('revenue'), directionLabel('expenditure')], 'vertical')}
    <div class="table-wrap" part="table">
      <table>
        <caption>${caption}</caption>
        <thead>
          <tr>${header.map((h) => html`<th scope="col">${h}</th>`)}</tr>
        </thead>
        <tbody>
          ${rows.slice(0, -1).map((r) => html`<tr><th scope="row">${r.label}</th>${cell(r.revenue)}${cell(r.expenditure)}${cell(balance(r))}</tr>`)}
        </tbody>
        <tfoot>
          ${rows.slice(-1).map((r) => html`<tr><th scope="row">${r.label}</th>${cell(r.revenue)}${cell(r.expenditure)}${cell(balance(r))}</tr>`)}
        </tfoot>
      </table>
    </div>
    ${renderDownload(ctx, () => toCsv(header, rows.map((r) => [r.label, r.revenue, r.expenditure, balance(r)])))}`;
}
