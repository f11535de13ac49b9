import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { LocalizedText } from '../core/validation.js';
import { DIRECTIONS, type Direction } from './schema.js';
import { kindsPresent, type BudgetTree } from './tree.js';
import { BUDGET_VIEWS, directionLabel, kindLabel, topLabel, viewLabel, type BudgetView } from './labels.js';
import type { ViewContext } from './view-context.js';

const pressed = (on: boolean) => (on ? 'true' : 'false');

/** Year, direction and amounts (selects), then the view and chart-or-table (toggle buttons). */
export function renderControls(ctx: ViewContext, year: number | undefined, view: BudgetView, multiYear: boolean): TemplateResult {
  const years = ctx.data.years.map((y) => y.year).sort((a, b) => b - a);
  const kinds = kindsPresent(ctx.data);
  const views = BUDGET_VIEWS.filter((v) => v !== 'years' || multiYear);
  return html`<div class="controls no-print" part="controls">
    <div class="selects">
      ${years.length > 1
        ? html`<label class="field"
            ><span>${msg('Year', { id: 'budget.year' })}</span>
            <select name="year" @change=${ctx.selectYear}>
              ${years.map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
            </select></label
          >`
        : nothing}
      <label class="field"
        ><span>${msg('Spending or revenue', { id: 'budget.direction.label' })}</span>
        <select name="direction" ?disabled=${view === 'overview'} @change=${ctx.selectDirection}>
          ${DIRECTIONS.map((d) => html`<option value=${d} ?selected=${d === ctx.direction}>${directionLabel(d)}</option>`)}
        </select></label
      >
      ${kinds.length > 1 && view !== 'execution'
        ? html`<label class="field"
            ><span>${msg('Amounts', { id: 'budget.kind.label' })}</span>
            <select name="amounts" @change=${ctx.selectKind}>
              ${kinds.map((k) => html`<option value=${k} ?selected=${k === ctx.kind}>${kindLabel(k)}</option>`)}
            </select></label
          >`
        : nothing}
    </div>
    <div class="toggles">
      <div class="segmented" role="group" aria-label=${msg('View', { id: 'budget.view.label' })}>
        ${views.map(
          (v) =>
            html`<button type="button" part="button" data-view=${v} aria-pressed=${pressed(v === view)} @click=${() => ctx.selectView(v)}>
              ${viewLabel(v)}
            </button>`,
        )}
      </div>
      <div class="segmented" role="group" aria-label=${msg('Show as', { id: 'budget.display.label' })}>
        <button type="button" part="button" data-display="chart" aria-pressed=${pressed(ctx.shownAs === 'chart')} @click=${() => ctx.showAs('chart')}>
          ${msg('Chart and table', { id: 'budget.display.chart' })}
        </button>
        <button type="button" part="button" data-display="table" aria-pressed=${pressed(ctx.shownAs === 'table')} @click=${() => ctx.showAs('table')}>
          ${msg('Table only', { id: 'budget.display.table' })}
        </button>
      </div>
    </div>
  </div>`;
}

/** The drill-down path: each level above the current one is a button back to it. */
export function renderBreadcrumb(ctx: ViewContext, tree: BudgetTree, path: string[], direction: Direction): TemplateResult {
  const crumbs = [{ label: topLabel(direction) as LocalizedText }, ...path.map((code) => ({ label: tree.byCode.get(code)?.label ?? code }))];
  return html`<nav class="breadcrumb" part="breadcrumb" aria-label=${msg('Budget levels', { id: 'budget.breadcrumb' })}>
    <ol>
      ${crumbs.map((crumb, depth) =>
        depth === crumbs.length - 1
          ? html`<li><span id="level-title" tabindex="-1" aria-current="location">${ctx.text(crumb.label)}</span></li>`
          : html`<li><button type="button" class="link" part="button" @click=${() => ctx.goTo(depth)}>${ctx.text(crumb.label)}</button></li>`,
      )}
    </ol>
  </nav>`;
}
