import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatPercent } from '../core/format.js';
import type { Direction } from './schema.js';
import { change, yearOverYear } from './tree.js';
import { sortRows, toCsv } from './figures.js';
import { kindLabel } from './labels.js';
import { barsOf } from './chart-bars.js';
import { renderDownload, renderRow, renderShowMore, rowsDrawn } from './category-table.js';
import type { ViewContext } from './view-context.js';

/** One level's categories across the years, with the change from the year before the one chosen. */
export function renderYears(ctx: ViewContext, year: number, direction: Direction, path: string[]): TemplateResult {
  const yoy = yearOverYear(ctx.data, direction, ctx.kind, year, path);
  const at = yoy.years.indexOf(year);
  const prev = at > 0 ? at - 1 : -1;
  const rows = yoy.rows.map((r) => ({ ...r, text: ctx.plain(r.label), change: prev >= 0 ? change(r.values[prev], r.values[at]) : undefined }));
  const sorted = sortRows(rows, (r) => r.values[at], 'descending', ctx.locale);
  const bars = barsOf(sorted, (r) => r.values);
  const caption = msg(str`${kindLabel(ctx.kind)} by year`, { id: 'budget.years.caption' });
  const changeLabel = prev >= 0 ? msg(str`Change ${yoy.years[prev]}–${year}`, { id: 'budget.change' }) : undefined;
  const totalChange = prev >= 0 ? change(yoy.totals[prev], yoy.totals[at]) : undefined;
  const pct = (v: number | undefined) => (v === undefined ? '—' : `${v > 0 ? '+' : ''}${formatPercent(v, ctx.locale)}`);
  const list = sorted.slice(0, ctx.shownCount);
  const drawn = rowsDrawn(ctx, list);
  return html`${ctx.chart(caption, bars, yoy.years.map(String), 'horizontal')}
    <div class="table-wrap" part="table">
      <table aria-busy=${drawn.length < list.length ? 'true' : nothing}>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Category', { id: 'budget.category' })}</th>
            ${yoy.years.map((y) => html`<th scope="col">${y}</th>`)} ${changeLabel ? html`<th scope="col">${changeLabel}</th>` : nothing}
          </tr>
        </thead>
        <tbody @click=${ctx.rowClick}>
          ${drawn.map((r) =>
            renderRow(ctx, r, [
              ...r.values.map((v) => ({ text: ctx.money(v), negative: v !== undefined && v < 0 })),
              ...(changeLabel ? [{ text: pct(r.change) }] : []),
            ]),
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${msg('Total', { id: 'budget.total' })}</th>
            ${yoy.totals.map((v) => html`<td>${ctx.money(v)}</td>`)} ${changeLabel ? html`<td>${pct(totalChange)}</td>` : nothing}
          </tr>
        </tfoot>
      </table>
    </div>
    ${renderShowMore(ctx, sorted.length - list.length)}
    ${renderDownload(ctx, () =>
      toCsv(
        [msg('Code', { id: 'budget.code' }), msg('Category', { id: 'budget.category' }), ...yoy.years.map(String), ...(changeLabel ? [changeLabel] : [])],
        [
          ...sorted.map((r) => [r.code, r.text, ...r.values, ...(changeLabel ? [r.change] : [])]),
          ['', msg('Total', { id: 'budget.total' }), ...yoy.totals, ...(changeLabel ? [totalChange] : [])],
        ],
      ),
    )}`;
}
