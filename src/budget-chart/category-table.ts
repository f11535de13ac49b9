import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LocalizedText } from '../core/validation.js';
import type { CategoryRow, SortKey } from './figures.js';
import { valueCells, type Cell } from './table-cells.js';
import type { ViewContext } from './view-context.js';

/** One figure column of the categories' table: its sort key, heading, value and format. */
export interface Column {
  key: SortKey;
  label: string;
  value: (r: CategoryRow) => number | undefined;
  format: (v: number) => string;
}

/**
 * The categories' table: sortable headings, the first `shownCount` rows, a totals row and
 * "show more". `defaultKey` is the column sorted by before the visitor picks one.
 */
export function renderTable(ctx: ViewContext, caption: string, columns: Column[], rows: CategoryRow[], total: CategoryRow, defaultKey: SortKey): TemplateResult {
  const shown = rows.slice(0, ctx.shownCount);
  const drawn = rowsDrawn(ctx, shown);
  const cellsOf = (r: CategoryRow, signed = true): Cell[] =>
    columns.map((c) => {
      const v = c.value(r);
      return { text: v === undefined ? '—' : c.format(v), negative: signed && v !== undefined && v < 0 };
    });
  const sortHeader = (key: SortKey, label: string) => {
    const active = (ctx.sortKey ?? defaultKey) === key;
    const direction = ctx.sortKey ? ctx.sortDirection : 'descending';
    return html`<th scope="col" aria-sort=${active ? direction : 'none'}>
      <button type="button" class="sort" part="button" data-sort=${key} @click=${() => ctx.sortBy(key)}>
        ${label}<span class="sort-mark" aria-hidden="true">${active ? (direction === 'ascending' ? '▲' : '▼') : ''}</span>
      </button>
    </th>`;
  };
  return html`<div class="table-wrap" part="table">
      <table aria-busy=${drawn.length < shown.length ? 'true' : nothing}>
        <caption>${caption}</caption>
        <thead>
          <tr>
            ${sortHeader('label', msg('Category', { id: 'budget.category' }))} ${columns.map((c) => sortHeader(c.key, c.label))}
          </tr>
        </thead>
        <tbody @click=${ctx.rowClick}>
          ${drawn.map((r) => renderRow(ctx, r, cellsOf(r)))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${total.text}</th>
            ${valueCells(cellsOf(total, false))}
          </tr>
        </tfoot>
      </table>
    </div>
    ${renderShowMore(ctx, rows.length - shown.length)}`;
}

/**
 * The rows of `shown` drawn in this frame. Opening a level lays out every row drawn (most of a
 * drill-down's time), so the first frame draws a screenful and the rest follow once it is
 * painted; the table is `aria-busy` meanwhile.
 */
export function rowsDrawn<T>(ctx: ViewContext, shown: T[]): T[] {
  return shown.length > ctx.rowLimit ? shown.slice(0, ctx.rowLimit) : shown;
}

/**
 * A table row: its heading (the category, a drill-down button when it has sub-categories, and
 * its code) and its figures. Few templates a row, and no listener a row (the table body has
 * one): opening a level renders up to PAGE_SIZE rows at once.
 */
export function renderRow(ctx: ViewContext, r: { code: string; label: LocalizedText; hasChildren: boolean }, cells: readonly Cell[]): TemplateResult {
  return html`<tr class=${r.hasChildren ? 'drill' : ''} data-code=${r.code}>
    <th scope="row">
      ${r.hasChildren
        ? html`<button type="button" class="link open" part="button" data-code=${r.code}>${ctx.text(r.label)}<span class="chevron" aria-hidden="true"></span></button>`
        : ctx.text(r.label)}
      <span class="code muted">${r.code}</span>
    </th>
    ${valueCells(cells)}
  </tr>`;
}

/** "Show more" while `left` rows are not shown yet. */
export function renderShowMore(ctx: ViewContext, left: number): TemplateResult | typeof nothing {
  return left > 0
    ? html`<button class="og-button secondary more" part="button" type="button" @click=${ctx.showMore}>
        ${msg(str`Show more (${left} left)`, { id: 'budget.show-more' })}
      </button>`
    : nothing;
}

/** The button that saves the figures shown as CSV (the CSV is made only when it is pressed). */
export function renderDownload(ctx: ViewContext, csv: () => string): TemplateResult {
  return html`<p class="download no-print">
    <button type="button" class="og-button secondary" part="button" data-download @click=${() => ctx.download(csv())}>
      ${msg('Download these figures (CSV)', { id: 'budget.download' })}
    </button>
  </p>`;
}
