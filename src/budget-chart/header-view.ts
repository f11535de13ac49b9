import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderUpdated } from '../core/state-views.js';
import { formatNumber, formatPercent } from '../core/format.js';
import { executionRate, perInhabitant, type BudgetTree, type TreeNotices } from './tree.js';
import { directionLabel, kindLabel } from './labels.js';
import type { ViewContext } from './view-context.js';

/** Title, last update and the year's totals (no totals before there is a tree: the empty state). */
export function renderHeader(ctx: ViewContext, year?: number, tree?: BudgetTree): TemplateResult {
  const entity = ctx.data.entity ? ctx.plain(ctx.data.entity) : '';
  const total = tree?.totals[ctx.kind];
  const pop = ctx.population;
  const per = perInhabitant(total, pop);
  const rate = tree ? executionRate(tree.totals) : undefined;
  return html`<header class="header" part="header">
    <h2>${entity ? msg(str`Budget of ${entity}`, { id: 'budget.title.entity' }) : msg('Commune budget', { id: 'budget.title' })}</h2>
    ${renderUpdated(ctx.data.updatedAt, ctx.locale, ctx.timeZone)}
    ${tree && total !== undefined && year !== undefined
      ? html`<p class="summary">
          <strong>${msg(str`Total for ${year} (${directionLabel(ctx.direction).toLowerCase()}, ${kindLabel(ctx.kind).toLowerCase()}): ${ctx.money(total)}`, { id: 'budget.summary' })}</strong>
          ${per !== undefined
            ? html`<span class="muted">${msg(str`${ctx.money(per)} per inhabitant (${formatNumber(pop!, ctx.locale)} inhabitants)`, { id: 'budget.summary.per-inhabitant' })}</span>`
            : nothing}
          ${rate !== undefined ? html`<span class="muted">${msg(str`Execution rate: ${formatPercent(rate, ctx.locale)}`, { id: 'budget.summary.rate' })}</span>` : nothing}
        </p>`
      : nothing}
  </header>`;
}

/** What building the tree had to work around: lines with unknown parents, loops, repeated codes. */
export function renderTreeNotices(notices: TreeNotices, locale: string): TemplateResult | typeof nothing {
  const list = (codes: string[]) => (codes.length > 6 ? `${codes.slice(0, 6).join(', ')}, … (${formatNumber(codes.length, locale)})` : codes.join(', '));
  if (!notices.unknownParents.length && !notices.cycles.length && !notices.duplicates.length) return nothing;
  return html`<div class="notices" part="notice" role="status">
    ${notices.unknownParents.length
      ? html`<p class="notice">${msg(str`Lines whose parent code was not found, shown at the top level: ${list(notices.unknownParents)}.`, { id: 'budget.notice.unknown-parent' })}</p>`
      : nothing}
    ${notices.cycles.length
      ? html`<p class="notice">${msg(str`Lines left out because their parent codes form a loop: ${list(notices.cycles)}.`, { id: 'budget.notice.cycle' })}</p>`
      : nothing}
    ${notices.duplicates.length
      ? html`<p class="notice">${msg(str`Codes given more than once (only the first line is used): ${list(notices.duplicates)}.`, { id: 'budget.notice.duplicate' })}</p>`
      : nothing}
  </div>`;
}
