import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { msg, str } from '@lit/localize';
import { OgDataElement } from '../core/data-element.js';
import { renderEmpty, renderSkeleton, renderUpdated } from '../core/state-views.js';
import { formatMoney, formatNumber, formatPercent } from '../core/format.js';
import { directionOf } from '../core/localization.js';
import { themeStyles } from '../core/theme.js';
import { styleProps } from '../core/style-props.js';
import type { LocalizedText } from '../core/validation.js';
import { DIRECTIONS, parseBudgetJson, type AmountKind, type BudgetDocument, type Direction } from './schema.js';
import { MissingColumnError } from './errors.js';
import { CSV_COLUMNS_LIST } from './csv-columns.js';
import {
  change,
  defaultKind,
  executionRate,
  kindsPresent,
  levelAt,
  perInhabitant,
  pickYear,
  sectionTotals,
  treeFor,
  yearOverYear,
  yearsWithLines,
  type BudgetNode,
  type BudgetTree,
  type SectionKey,
  type TreeNotices,
} from './tree.js';
import { categoryRows, sortRows, toCsv, topWithOthers, type CategoryRow, type SortDirection, type SortKey } from './figures.js';
import { themeColors } from './chart-colors.js';
import type { ChartSpec } from './chart-config.js';
import { valueCells, type Cell } from './table-cells.js';
import type { ChartHandle } from './chart-renderer.js';
import type { CsvParser } from './csv.js';
import { BUDGET_VIEWS, directionLabel, kindLabel, sectionLabel, topLabel, viewLabel, type BudgetDisplay, type BudgetView } from './labels.js';
import { budgetChartStyles } from './budget-chart.styles.js';

/** Table rows rendered at first and added by "show more" (a level with thousands of lines stays light). */
export const PAGE_SIZE = 50;
/** Bars drawn at most; the rest are summed into one "others" bar (the table has them all). */
export const MAX_BARS = 15;

export type ChartModule = typeof import('./chart-renderer.js');

/** One line of the chart's keyboard walk and of drill-down by click. */
interface Bar {
  label: string;
  code?: string;
  drill: boolean;
  values: (number | undefined)[];
}

/**
 * A commune's budget as a chart and a table that anyone can read: spending or revenue by
 * category, approved against executed with the execution rate, revenue against expenditure
 * by section, and year over year. Click or press Enter on a bar or a row to open a category;
 * the breadcrumb goes back. The table is always there (sortable, with totals) and can be
 * downloaded as CSV. chart.js is loaded only when the widget comes near the viewport.
 *
 * Reads `{api}/budget.json`, or a CSV file (`src` ending in `.csv`, or `format="csv"`).
 *
 * @element og-budget-chart
 * @attr state - `loading`, `ready`, `empty` or `error` (set by the widget; style with it).
 * @fires og-load - Data shown. `detail`: `{ data, skipped, offlineSince }`.
 * @fires og-error - Loading failed. `detail`: `{ kind: network|http|timeout|invalid, status, reason }`.
 * @csspart base - The widget's outer box.
 * @csspart header - Title, last update, totals.
 * @csspart controls - Year, direction, amounts, view and chart/table choices.
 * @csspart breadcrumb - The drill-down path.
 * @csspart chart - The chart's figure.
 * @csspart table - The table of figures.
 * @csspart button - Every button.
 * @csspart error - The error box (with its retry button).
 * @csspart empty - The box shown when there is nothing to show.
 * @csspart notice - Partial-data, offline and data-quality notices.
 * @csspart skeleton - The loading placeholder.
 * @cssproperty --og-chart-color-1 - First chart series (default: `--og-color-primary` if set, else Okabe–Ito blue #0072B2).
 * @cssproperty --og-chart-color-2 - Second series (default Okabe–Ito orange #E69F00); `-3` … `-8` follow the Okabe–Ito palette.
 * @cssproperty --og-chart-height - Height of the chart (default 22rem).
 */
export class OgBudgetChart extends OgDataElement<BudgetDocument> {
  static override styles = [themeStyles, budgetChartStyles];

  /** Year shown first (default: the latest year with lines). */
  @property({ type: Number }) year?: number;

  /** `expenditure` (default) or `revenue`. */
  @property() direction: Direction = 'expenditure';

  /** View shown first: `categories` (default), `execution`, `overview` or `years`. */
  @property() view: BudgetView = 'categories';

  /** Shown first: `chart` (chart and table, default) or `table` (table only: chart.js is not loaded until a visitor asks for the chart). */
  @property() display: BudgetDisplay = 'chart';

  /**
   * `csv` reads `src` as CSV whatever its name; `json` forces JSON; `fdp` reads a Fiscal Data
   * Package descriptor. Default: by the file name (`.csv`; `datapackage.json` is a package).
   */
  @property() format?: 'csv' | 'json' | 'fdp';

  /** A Fiscal Data Package's classification drawn as the tree: its name or type (default `functional`). */
  @property() classification?: string;

  /** Number of inhabitants for per-inhabitant figures; overrides the data's `population` (CSV has none). */
  @property({ type: Number }) population?: number;

  /** Currency of a CSV file's amounts (default `MAD`); JSON data names its own. */
  @property() currency?: string;

  /** Loads the chart module; replaceable (tests, or a page that bundles chart.js itself). */
  chartLoader: () => Promise<ChartModule> = () => import('./chart-renderer.js');

  /** Loads the CSV parser (papaparse by default); replaceable like `chartLoader`. */
  csvParserLoader?: () => Promise<CsvParser>;

  @state() private selectedYear?: number;
  @state() private selectedDirection: Direction = 'expenditure';
  @state() private selectedView: BudgetView = 'categories';
  @state() private kind?: AmountKind;
  @state() private path: string[] = [];
  @state() private shownAs: BudgetDisplay = 'chart';
  @state() private sortKey?: SortKey;
  @state() private sortDirection: SortDirection = 'descending';
  @state() private shownCount = PAGE_SIZE;
  @state() private chartState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  @state() private activeBar = -1;

  private chartModule?: ChartModule;
  private chart?: ChartHandle;
  private chartCanvas?: HTMLCanvasElement;
  private chartKey = '';
  private spec?: ChartSpec;
  private bars: Bar[] = [];
  private observer?: IntersectionObserver;
  private observed?: Element;
  private focusLevel = false;

  protected get resourcePath(): string {
    return this.isCsv() ? 'budget.csv' : 'budget.json';
  }

  private isDataPackage(url: string | undefined): boolean {
    if (this.format) return this.format === 'fdp';
    return !!url && /(^|\/)datapackage\.json$/i.test(new URL(url, document.baseURI).pathname);
  }

  protected override sourceVariant(): string {
    return this.isDataPackage(this.src) ? `fdp:${this.classification ?? ''}` : '';
  }

  protected override sourceAdapter(url: string) {
    if (!this.isDataPackage(url)) return undefined;
    const classification = this.classification;
    return {
      cacheKey: `fdp:${url}#${classification ?? ''}`,
      read: async (signal: AbortSignal | undefined, timeoutMs: number | undefined) => {
        const [fdp, csv] = await Promise.all([import('../adapters/fdp/index.js'), import('./csv.js')]);
        const papa = await (this.csvParserLoader ?? csv.loadPapa)();
        return fdp.loadFiscalDataPackage(url, { signal, timeoutMs, classification, papa });
      },
    };
  }

  private isCsv(): boolean {
    if (this.format) return this.format === 'csv';
    if (this.isDataPackage(this.src)) return false;
    if (!this.src) return false;
    try {
      return new URL(this.src, document.baseURI).pathname.toLowerCase().endsWith('.csv');
    } catch {
      return false;
    }
  }

  protected async parse(text: string) {
    if (this.isCsv()) {
      const csv = await import('./csv.js');
      const papa = await (this.csvParserLoader ?? csv.loadPapa)();
      return csv.parseBudgetCsv(papa, text, { currency: this.currency, population: this.population });
    }
    return parseBudgetJson(text);
  }

  protected isEmpty(data: BudgetDocument): boolean {
    return !data.years.some((y) => y.lines.length);
  }

  protected override willUpdate(changed?: PropertyValues<this>): void {
    super.willUpdate();
    if (!changed) return;
    if (changed.has('year')) this.selectedYear = this.year && Number.isInteger(this.year) ? this.year : undefined;
    if (changed.has('direction')) this.selectedDirection = DIRECTIONS.includes(this.direction) ? this.direction : 'expenditure';
    if (changed.has('view')) this.selectedView = BUDGET_VIEWS.includes(this.view) ? this.view : 'categories';
    if (changed.has('display')) this.shownAs = this.display === 'table' ? 'table' : 'chart';
    if (changed.has('year') || changed.has('direction')) this.resetLevel();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    this.chart?.destroy();
    this.chart = undefined;
    this.chartCanvas = undefined;
  }

  override render(): TemplateResult {
    const error = this.dataTask.error;
    if (this.dataTask.status === TaskStatus.ERROR && error instanceof MissingColumnError) {
      return html`<div class="root" part="base">
        <div class="state-box error" part="error" role="alert">
          <p><strong>${msg('The information could not be loaded.', { id: 'core.error.title' })}</strong></p>
          <p>${msg(str`The CSV file has no "${error.column}" column.`, { id: 'budget.error.column' })}</p>
          <p>${msg(str`Its first line must name the columns: ${CSV_COLUMNS_LIST}.`, { id: 'budget.error.columns-help' })}</p>
          <button class="og-button" part="button retry" type="button" @click=${() => this.reload()}>${msg('Try again', { id: 'core.retry' })}</button>
        </div>
      </div>`;
    }
    return super.render();
  }

  protected override updated(): void {
    this.syncChart();
    if (this.focusLevel) {
      this.focusLevel = false;
      this.renderRoot.querySelector<HTMLElement>('#level-title')?.focus();
    }
  }

  protected override renderLoading(): TemplateResult {
    return renderSkeleton(3);
  }

  protected renderEmptyState(data: BudgetDocument): TemplateResult {
    return html`${this.renderHeader(data)}${renderEmpty(msg('This budget has no lines yet.', { id: 'budget.empty' }))}`;
  }

  // ——— data helpers ———

  private money(amount: number | undefined, data: BudgetDocument, compact = false): string {
    return amount === undefined ? '—' : formatMoney(amount, data.currency, this.locale, compact);
  }

  private populationOf(data: BudgetDocument): number | undefined {
    return this.population && this.population > 0 ? this.population : data.population;
  }

  private currentKind(data: BudgetDocument): AmountKind {
    return this.kind && kindsPresent(data).includes(this.kind) ? this.kind : defaultKind(data);
  }

  private resetLevel(): void {
    this.path = [];
    this.shownCount = PAGE_SIZE;
    this.activeBar = -1;
  }

  private drill(code: string): void {
    this.path = [...this.path, code];
    this.shownCount = PAGE_SIZE;
    this.activeBar = -1;
    this.focusLevel = true;
  }

  private goTo(depth: number): void {
    this.path = this.path.slice(0, depth);
    this.shownCount = PAGE_SIZE;
    this.activeBar = -1;
    this.focusLevel = true;
  }

  // ——— render ———

  protected renderData(data: BudgetDocument): TemplateResult {
    const year = pickYear(data, this.selectedYear);
    const direction = this.selectedDirection;
    const tree = treeFor(data, year, direction);
    const level = levelAt(tree, this.path);
    if (level.path.length !== this.path.length) queueMicrotask(() => (this.path = level.path));
    const multiYear = yearsWithLines(data).length > 1;
    const view: BudgetView = this.selectedView === 'years' && !multiYear ? 'categories' : this.selectedView;
    const wantedMissing = this.selectedYear !== undefined && this.selectedYear !== year;
    const yearHasLines = data.years.some((y) => y.year === year && y.lines.length);

    let body: TemplateResult;
    if (!yearHasLines) {
      body = renderEmpty(msg(str`No budget lines for ${year ?? ''}.`, { id: 'budget.empty-year' }));
      this.bars = [];
      this.spec = undefined;
    } else if (view === 'overview') {
      body = this.renderOverview(data, year!);
    } else if (!tree.size) {
      body = renderEmpty(
        direction === 'revenue'
          ? msg(str`No revenue lines for ${year ?? ''}.`, { id: 'budget.no-revenue' })
          : msg(str`No expenditure lines for ${year ?? ''}.`, { id: 'budget.no-expenditure' }),
      );
      this.bars = [];
      this.spec = undefined;
    } else if (view === 'years') {
      body = html`${this.renderBreadcrumb(tree, level.path, direction)}${this.renderYears(data, year!, direction, level.path)}`;
    } else {
      body = html`${this.renderBreadcrumb(tree, level.path, direction)}${this.renderCategories(data, view, level.items, level.node?.label)}`;
    }

    return html`${this.renderHeader(data, year, tree)}
      ${wantedMissing
        ? html`<p class="notice" part="notice" role="status">${msg(str`The year ${this.selectedYear} is not in the data; showing ${year}.`, { id: 'budget.year-missing' })}</p>`
        : nothing}
      ${this.renderTreeNotices(tree.notices)} ${this.renderControls(data, year, view, multiYear)} ${body}`;
  }

  private renderHeader(data: BudgetDocument, year?: number, tree?: BudgetTree): TemplateResult {
    const entity = data.entity ? this.plain(data.entity) : '';
    const kind = this.currentKind(data);
    const total = tree?.totals[kind];
    const pop = this.populationOf(data);
    const per = perInhabitant(total, pop);
    const rate = tree ? executionRate(tree.totals) : undefined;
    return html`<header class="header" part="header">
      <h2>${entity ? msg(str`Budget of ${entity}`, { id: 'budget.title.entity' }) : msg('Commune budget', { id: 'budget.title' })}</h2>
      ${renderUpdated(data.updatedAt, this.locale, this.timeZone)}
      ${tree && total !== undefined && year !== undefined
        ? html`<p class="summary">
            <strong>${msg(str`Total for ${year} (${directionLabel(this.selectedDirection).toLowerCase()}, ${kindLabel(kind).toLowerCase()}): ${this.money(total, data)}`, { id: 'budget.summary' })}</strong>
            ${per !== undefined
              ? html`<span class="muted">${msg(str`${this.money(per, data)} per inhabitant (${formatNumber(pop!, this.locale)} inhabitants)`, { id: 'budget.summary.per-inhabitant' })}</span>`
              : nothing}
            ${rate !== undefined ? html`<span class="muted">${msg(str`Execution rate: ${formatPercent(rate, this.locale)}`, { id: 'budget.summary.rate' })}</span>` : nothing}
          </p>`
        : nothing}
    </header>`;
  }

  private renderTreeNotices(notices: TreeNotices): TemplateResult | typeof nothing {
    const list = (codes: string[]) => (codes.length > 6 ? `${codes.slice(0, 6).join(', ')}, … (${formatNumber(codes.length, this.locale)})` : codes.join(', '));
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

  private renderControls(data: BudgetDocument, year: number | undefined, view: BudgetView, multiYear: boolean): TemplateResult {
    const years = data.years.map((y) => y.year).sort((a, b) => b - a);
    const kinds = kindsPresent(data);
    const kind = this.currentKind(data);
    const views = BUDGET_VIEWS.filter((v) => v !== 'years' || multiYear);
    const pressed = (on: boolean) => (on ? 'true' : 'false');
    return html`<div class="controls no-print" part="controls">
      <div class="selects">
        ${years.length > 1
          ? html`<label class="field"
              ><span>${msg('Year', { id: 'budget.year' })}</span>
              <select name="year" @change=${(e: Event) => ((this.selectedYear = Number((e.target as HTMLSelectElement).value)), this.resetLevel())}>
                ${years.map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
              </select></label
            >`
          : nothing}
        <label class="field"
          ><span>${msg('Spending or revenue', { id: 'budget.direction.label' })}</span>
          <select name="direction" ?disabled=${view === 'overview'} @change=${(e: Event) => ((this.selectedDirection = (e.target as HTMLSelectElement).value as Direction), this.resetLevel())}>
            ${DIRECTIONS.map((d) => html`<option value=${d} ?selected=${d === this.selectedDirection}>${directionLabel(d)}</option>`)}
          </select></label
        >
        ${kinds.length > 1 && view !== 'execution'
          ? html`<label class="field"
              ><span>${msg('Amounts', { id: 'budget.kind.label' })}</span>
              <select name="amounts" @change=${(e: Event) => ((this.kind = (e.target as HTMLSelectElement).value as AmountKind), (this.sortKey = undefined))}>
                ${kinds.map((k) => html`<option value=${k} ?selected=${k === kind}>${kindLabel(k)}</option>`)}
              </select></label
            >`
          : nothing}
      </div>
      <div class="toggles">
        <div class="segmented" role="group" aria-label=${msg('View', { id: 'budget.view.label' })}>
          ${views.map(
            (v) =>
              html`<button type="button" part="button" data-view=${v} aria-pressed=${pressed(v === view)} @click=${() => ((this.selectedView = v), (this.activeBar = -1), (this.sortKey = undefined))}>
                ${viewLabel(v)}
              </button>`,
          )}
        </div>
        <div class="segmented" role="group" aria-label=${msg('Show as', { id: 'budget.display.label' })}>
          <button type="button" part="button" data-display="chart" aria-pressed=${pressed(this.shownAs === 'chart')} @click=${() => (this.shownAs = 'chart')}>
            ${msg('Chart and table', { id: 'budget.display.chart' })}
          </button>
          <button type="button" part="button" data-display="table" aria-pressed=${pressed(this.shownAs === 'table')} @click=${() => (this.shownAs = 'table')}>
            ${msg('Table only', { id: 'budget.display.table' })}
          </button>
        </div>
      </div>
    </div>`;
  }

  private renderBreadcrumb(tree: BudgetTree, path: string[], direction: Direction): TemplateResult {
    const crumbs = [{ label: topLabel(direction) as LocalizedText }, ...path.map((code) => ({ label: tree.byCode.get(code)?.label ?? code }))];
    return html`<nav class="breadcrumb" part="breadcrumb" aria-label=${msg('Budget levels', { id: 'budget.breadcrumb' })}>
      <ol>
        ${crumbs.map((crumb, depth) =>
          depth === crumbs.length - 1
            ? html`<li><span id="level-title" tabindex="-1" aria-current="location">${this.text(crumb.label)}</span></li>`
            : html`<li><button type="button" class="link" part="button" @click=${() => this.goTo(depth)}>${this.text(crumb.label)}</button></li>`,
        )}
      </ol>
    </nav>`;
  }

  // ——— categories and execution ———

  private renderCategories(data: BudgetDocument, view: 'categories' | 'execution', items: readonly BudgetNode[], parentLabel?: LocalizedText): TemplateResult {
    const kind = view === 'execution' ? 'approved' : this.currentKind(data);
    const pop = this.populationOf(data);
    const rows = categoryRows(items, kind, pop, (t) => this.plain(t));
    const key: SortKey = this.sortKey ?? kind;
    const sorted = sortRows(rows, (r) => (key === 'label' ? r.text : r[key]), this.sortKey ? this.sortDirection : 'descending', this.locale);
    const present = kindsPresent(data);
    const columns: { key: SortKey; label: string; value: (r: CategoryRow) => number | undefined; format: (v: number) => string }[] = [
      ...present.map((k) => ({ key: k as SortKey, label: kindLabel(k), value: (r: CategoryRow) => r[k], format: (v: number) => this.money(v, data) })),
      ...(present.includes('approved') && present.includes('executed')
        ? [{ key: 'rate' as SortKey, label: msg('Execution rate', { id: 'budget.rate' }), value: (r: CategoryRow) => r.rate, format: (v: number) => formatPercent(v, this.locale) }]
        : []),
      ...(pop
        ? [
            {
              key: 'perInhabitant' as SortKey,
              label: msg(str`${kindLabel(kind)} per inhabitant`, { id: 'budget.per-inhabitant' }),
              value: (r: CategoryRow) => r.perInhabitant,
              format: (v: number) => this.money(v, data),
            },
          ]
        : []),
    ];
    const totals = items.reduce(
      (acc, node) => {
        for (const k of present) if (node.totals[k] !== undefined) acc[k] = (acc[k] ?? 0) + node.totals[k]!;
        return acc;
      },
      {} as Partial<Record<AmountKind, number>>,
    );
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
    const chartRows = sortRows(rows, (r) => r[kind], 'descending', this.locale);
    const { shown, others } = topWithOthers(chartRows, MAX_BARS);
    const kinds: AmountKind[] = view === 'execution' ? (['approved', 'executed'] as AmountKind[]).filter((k) => present.includes(k)) : [kind];
    this.bars = [
      ...shown.map((r) => ({ label: r.text, code: r.code, drill: r.hasChildren, values: kinds.map((k) => r[k]) })),
      ...(others.length
        ? [{ label: msg(str`Others (${others.length})`, { id: 'budget.others' }), drill: false, values: kinds.map((k) => others.reduce<number | undefined>((s, r) => (r[k] === undefined ? s : (s ?? 0) + r[k]!), undefined)) }]
        : []),
    ];
    this.setSpec(data, kinds.map(kindLabel), 'horizontal');

    const caption = parentLabel ? this.plain(parentLabel) : topLabel(this.selectedDirection);
    const csv = () =>
      toCsv(
        [msg('Code', { id: 'budget.code' }), msg('Category', { id: 'budget.category' }), ...columns.map((c) => c.label)],
        [...sorted.map((r) => [r.code, r.text, ...columns.map((c) => c.value(r))]), ['', totalRow.text, ...columns.map((c) => c.value(totalRow))]],
      );
    return html`${this.renderChart(view === 'execution' ? msg(str`Approved and executed: ${caption}`, { id: 'budget.chart.execution' }) : caption)}
      ${this.renderTable(caption, columns, sorted, totalRow, view)} ${this.renderDownload(csv)}`;
  }

  private renderTable(
    caption: string,
    columns: { key: SortKey; label: string; value: (r: CategoryRow) => number | undefined; format: (v: number) => string }[],
    rows: CategoryRow[],
    total: CategoryRow,
    view: BudgetView,
  ): TemplateResult {
    const shown = rows.slice(0, this.shownCount);
    const cellsOf = (r: CategoryRow, signed = true): Cell[] =>
      columns.map((c) => {
        const v = c.value(r);
        return { text: v === undefined ? '—' : c.format(v), negative: signed && v !== undefined && v < 0 };
      });
    const sortHeader = (key: SortKey, label: string) => {
      const active = (this.sortKey ?? this.defaultSortKey(view)) === key;
      const direction = this.sortKey ? this.sortDirection : 'descending';
      return html`<th scope="col" aria-sort=${active ? direction : 'none'}>
        <button type="button" class="sort" part="button" data-sort=${key} @click=${() => this.sortBy(key)}>
          ${label}<span class="sort-mark" aria-hidden="true">${active ? (direction === 'ascending' ? '▲' : '▼') : ''}</span>
        </button>
      </th>`;
    };
    return html`<div class="table-wrap" part="table">
        <table>
          <caption>${caption}</caption>
          <thead>
            <tr>
              ${sortHeader('label', msg('Category', { id: 'budget.category' }))} ${columns.map((c) => sortHeader(c.key, c.label))}
            </tr>
          </thead>
          <tbody @click=${this.rowClick}>
            ${shown.map((r) => this.renderRow(r, cellsOf(r)))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${total.text}</th>
              ${valueCells(cellsOf(total, false))}
            </tr>
          </tfoot>
        </table>
      </div>
      ${rows.length > shown.length
        ? html`<button class="og-button secondary more" part="button" type="button" @click=${() => (this.shownCount += PAGE_SIZE)}>
            ${msg(str`Show more (${rows.length - shown.length} left)`, { id: 'budget.show-more' })}
          </button>`
        : nothing}`;
  }

  private defaultSortKey(view: BudgetView): SortKey {
    const data = this.dataTask.value?.data;
    if (view === 'execution') return 'approved';
    return data ? this.currentKind(data) : 'approved';
  }

  private sortBy(key: SortKey): void {
    const current = this.sortKey ?? this.defaultSortKey(this.selectedView);
    const direction = this.sortKey ? this.sortDirection : 'descending';
    if (current === key) this.sortDirection = direction === 'ascending' ? 'descending' : 'ascending';
    else this.sortDirection = key === 'label' ? 'ascending' : 'descending';
    this.sortKey = key;
  }

  /**
   * A table row: its heading (the category, a drill-down button when it has sub-categories, and
   * its code) and its figures. Few templates a row, and no listener a row (the table body has
   * one): opening a level renders up to PAGE_SIZE rows at once.
   */
  private renderRow(r: { code: string; label: LocalizedText; hasChildren: boolean }, cells: readonly Cell[]): TemplateResult {
    return html`<tr class=${r.hasChildren ? 'drill' : ''} data-code=${r.code}>
      <th scope="row">
        ${r.hasChildren
          ? html`<button type="button" class="link open" part="button" data-code=${r.code}>${this.text(r.label)}<span class="chevron" aria-hidden="true"></span></button>`
          : this.text(r.label)}
        <span class="code muted">${r.code}</span>
      </th>
      ${valueCells(cells)}
    </tr>`;
  }

  /** A click on a category's button, or anywhere else on its row, opens it. */
  private rowClick = (e: Event): void => {
    const row = (e.target as Element).closest('tr');
    if (!row?.classList.contains('drill') || !row.dataset.code) return;
    this.drill(row.dataset.code);
  };

  // ——— overview ———

  private renderOverview(data: BudgetDocument, year: number): TemplateResult {
    const kind = this.currentKind(data);
    const revenue = sectionTotals(treeFor(data, year, 'revenue'));
    const expenditure = sectionTotals(treeFor(data, year, 'expenditure'));
    const sections: SectionKey[] = ['operating', 'investment', ...(revenue.unspecified[kind] !== undefined || expenditure.unspecified[kind] !== undefined ? (['unspecified'] as SectionKey[]) : [])];
    const sum = (t: Record<SectionKey, Partial<Record<AmountKind, number>>>) =>
      sections.reduce<number | undefined>((s, k) => (t[k][kind] === undefined ? s : (s ?? 0) + t[k][kind]!), undefined);
    const rows = [
      ...sections.map((s) => ({ label: sectionLabel(s), revenue: revenue[s][kind], expenditure: expenditure[s][kind] })),
      { label: msg('Total', { id: 'budget.total' }), revenue: sum(revenue), expenditure: sum(expenditure) },
    ];
    const balance = (r: { revenue?: number; expenditure?: number }) => (r.revenue === undefined && r.expenditure === undefined ? undefined : (r.revenue ?? 0) - (r.expenditure ?? 0));
    this.bars = rows.map((r) => ({ label: r.label, drill: false, values: [r.revenue, r.expenditure] }));
    this.setSpec(data, [directionLabel('revenue'), directionLabel('expenditure')], 'vertical');
    const caption = msg(str`Revenue and expenditure by section, ${year} (${kindLabel(kind).toLowerCase()})`, { id: 'budget.overview.caption' });
    const header = [msg('Section', { id: 'budget.section' }), directionLabel('revenue'), directionLabel('expenditure'), msg('Balance', { id: 'budget.balance' })];
    const cell = (v: number | undefined) => html`<td class=${v !== undefined && v < 0 ? 'negative' : ''}>${this.money(v, data)}</td>`;
    return html`${this.renderChart(caption)}
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
      ${this.renderDownload(() => toCsv(header, rows.map((r) => [r.label, r.revenue, r.expenditure, balance(r)])))}`;
  }

  // ——— year over year ———

  private renderYears(data: BudgetDocument, year: number, direction: Direction, path: string[]): TemplateResult {
    const kind = this.currentKind(data);
    const yoy = yearOverYear(data, direction, kind, year, path);
    const at = yoy.years.indexOf(year);
    const prev = at > 0 ? at - 1 : -1;
    const rows = yoy.rows.map((r) => ({ ...r, text: this.plain(r.label), change: prev >= 0 ? change(r.values[prev], r.values[at]) : undefined }));
    const sorted = sortRows(rows, (r) => r.values[at], 'descending', this.locale);
    const { shown, others } = topWithOthers(sorted, MAX_BARS);
    this.bars = [
      ...shown.map((r) => ({ label: r.text, code: r.code, drill: r.hasChildren, values: r.values })),
      ...(others.length
        ? [{ label: msg(str`Others (${others.length})`, { id: 'budget.others' }), drill: false, values: yoy.years.map((_, i) => others.reduce<number | undefined>((s, r) => (r.values[i] === undefined ? s : (s ?? 0) + r.values[i]!), undefined)) }]
        : []),
    ];
    this.setSpec(data, yoy.years.map(String), 'horizontal');
    const caption = msg(str`${kindLabel(kind)} by year`, { id: 'budget.years.caption' });
    const changeLabel = prev >= 0 ? msg(str`Change ${yoy.years[prev]}–${year}`, { id: 'budget.change' }) : undefined;
    const totalChange = prev >= 0 ? change(yoy.totals[prev], yoy.totals[at]) : undefined;
    const pct = (v: number | undefined) => (v === undefined ? '—' : `${v > 0 ? '+' : ''}${formatPercent(v, this.locale)}`);
    const list = sorted.slice(0, this.shownCount);
    return html`${this.renderChart(caption)}
      <div class="table-wrap" part="table">
        <table>
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Category', { id: 'budget.category' })}</th>
              ${yoy.years.map((y) => html`<th scope="col">${y}</th>`)} ${changeLabel ? html`<th scope="col">${changeLabel}</th>` : nothing}
            </tr>
          </thead>
          <tbody @click=${this.rowClick}>
            ${list.map((r) =>
              this.renderRow(r, [
                ...r.values.map((v) => ({ text: this.money(v, data), negative: v !== undefined && v < 0 })),
                ...(changeLabel ? [{ text: pct(r.change) }] : []),
              ]),
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${msg('Total', { id: 'budget.total' })}</th>
              ${yoy.totals.map((v) => html`<td>${this.money(v, data)}</td>`)} ${changeLabel ? html`<td>${pct(totalChange)}</td>` : nothing}
            </tr>
          </tfoot>
        </table>
      </div>
      ${sorted.length > list.length
        ? html`<button class="og-button secondary more" part="button" type="button" @click=${() => (this.shownCount += PAGE_SIZE)}>
            ${msg(str`Show more (${sorted.length - list.length} left)`, { id: 'budget.show-more' })}
          </button>`
        : nothing}
      ${this.renderDownload(() =>
        toCsv(
          [msg('Code', { id: 'budget.code' }), msg('Category', { id: 'budget.category' }), ...yoy.years.map(String), ...(changeLabel ? [changeLabel] : [])],
          [
            ...sorted.map((r) => [r.code, r.text, ...r.values, ...(changeLabel ? [r.change] : [])]),
            ['', msg('Total', { id: 'budget.total' }), ...yoy.totals, ...(changeLabel ? [totalChange] : [])],
          ],
        ),
      )}`;
  }

  // ——— download ———

  private renderDownload(csv: () => string): TemplateResult {
    return html`<p class="download no-print">
      <button type="button" class="og-button secondary" part="button" data-download @click=${() => this.download(csv())}>
        ${msg('Download these figures (CSV)', { id: 'budget.download' })}
      </button>
    </p>`;
  }

  private download(text: string): void {
    const data = this.dataTask.value?.data;
    const year = data ? pickYear(data, this.selectedYear) : undefined;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `budget-${year ?? ''}-${this.selectedView === 'overview' ? 'overview' : this.selectedDirection}${this.path.length ? `-${this.path[this.path.length - 1]}` : ''}.csv`.replace(/[^\w.-]+/g, '_');
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }

  // ——— chart ———

  private setSpec(data: BudgetDocument, seriesLabels: string[], orientation: 'horizontal' | 'vertical'): void {
    // Table only: no chart to configure (reading the theme's colours costs a style recalculation).
    if (this.shownAs !== 'chart') {
      this.spec = undefined;
      return;
    }
    const colors = themeColors(this);
    this.spec = {
      labels: this.bars.map((b) => b.label),
      series: seriesLabels.map((label, i) => ({ label, values: this.bars.map((b) => b.values[i] ?? null), color: colors.series[i % colors.series.length] })),
      orientation,
      rtl: directionOf(this.locale) === 'rtl',
      colors,
      formatTick: (v) => formatMoney(v, data.currency, this.locale, true),
      formatValue: (v) => formatMoney(v, data.currency, this.locale),
      maxLabelChars: Math.max(10, Math.min(28, Math.round((this.clientWidth || 600) / 24))),
      reducedMotion: typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
      onSelect: (index) => this.selectBar(index),
    };
  }

  private selectBar(index: number): void {
    const bar = this.bars[index];
    if (bar?.drill && bar.code) this.drill(bar.code);
  }

  private renderChart(title: string): TemplateResult | typeof nothing {
    if (this.shownAs !== 'chart') return nothing;
    const active = this.bars[this.activeBar];
    const data = this.dataTask.value?.data;
    const describe = (bar: Bar) =>
      `${bar.label}: ${bar.values.map((v, i) => `${this.spec?.series[i]?.label ?? ''} ${v === undefined || !data ? '—' : this.money(v, data)}`).join(', ')}`;
    const height = Math.max(12, Math.min(40, this.bars.length * (this.spec?.series.length ?? 1) * 1.6 + 6));
    return html`<figure class="chart" part="chart" data-chart=${this.chartState}>
      <div
        class="chart-box"
        tabindex="0"
        role="group"
        aria-roledescription=${msg('chart', { id: 'budget.chart.role' })}
        aria-label=${msg(str`${title}. The same figures are in the table. Arrow keys go from bar to bar; Enter opens a category.`, { id: 'budget.chart.label' })}
        ${styleProps({ 'block-size': this.spec?.orientation === 'horizontal' ? `min(${height}rem, var(--og-chart-height, 40rem))` : undefined })}
        @keydown=${this.chartKey_}
        @blur=${() => this.chart?.highlight(-1)}
      >
        <canvas aria-hidden="true"></canvas>
        ${this.chartState === 'loading' || this.chartState === 'idle' ? html`<p class="chart-status muted">${msg('Loading the chart…', { id: 'budget.chart.loading' })}</p>` : nothing}
        ${this.chartState === 'failed'
          ? html`<p class="chart-status">${msg('The chart could not be loaded. The table has the same figures.', { id: 'budget.chart.failed' })}</p>`
          : nothing}
      </div>
      <p class="visually-hidden" aria-live="polite">${active ? describe(active) : ''}</p>
    </figure>`;
  }

  private chartKey_ = (e: KeyboardEvent) => {
    const count = this.bars.length;
    if (!count) return;
    const rtl = directionOf(this.locale) === 'rtl';
    const next = ['ArrowDown', rtl ? 'ArrowLeft' : 'ArrowRight'];
    const prev = ['ArrowUp', rtl ? 'ArrowRight' : 'ArrowLeft'];
    if (next.includes(e.key)) this.activeBar = Math.min(count - 1, this.activeBar + 1);
    else if (prev.includes(e.key)) this.activeBar = Math.max(0, this.activeBar - 1);
    else if (e.key === 'Home') this.activeBar = 0;
    else if (e.key === 'End') this.activeBar = count - 1;
    else if ((e.key === 'Enter' || e.key === ' ') && this.activeBar >= 0) {
      e.preventDefault();
      this.selectBar(this.activeBar);
      return;
    } else return;
    e.preventDefault();
    this.chart?.highlight(this.activeBar);
  };

  /** Watches the chart's place; loads chart.js when it is within ~200px of the viewport. */
  private syncChart(): void {
    const figure = this.renderRoot.querySelector<HTMLElement>('figure.chart');
    if (!figure) {
      // Table only: stop watching, so chart.js is not loaded for nothing.
      this.observer?.disconnect();
      this.observer = undefined;
      this.observed = undefined;
      this.chart?.destroy();
      this.chart = undefined;
      this.chartCanvas = undefined;
      return;
    }
    if (!this.chartModule) {
      if (this.chartState !== 'idle') return;
      if (typeof IntersectionObserver === 'undefined') return void this.loadChart();
      if (this.observed === this) return;
      this.observer?.disconnect();
      this.observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            this.observer?.disconnect();
            this.observer = undefined;
            void this.loadChart();
          }
        },
        { rootMargin: '200px' },
      );
      this.observer.observe(this);
      this.observed = this;
      return;
    }
    const canvas = figure.querySelector('canvas')!;
    if (!this.spec) return;
    const key = JSON.stringify([this.spec.labels, this.spec.series, this.spec.orientation, this.spec.rtl, this.locale]);
    if (this.chart && this.chartCanvas === canvas) {
      if (key !== this.chartKey) this.chart.update(this.spec);
    } else {
      this.chart?.destroy();
      this.chart = this.chartModule.drawChart(canvas, this.spec);
      this.chartCanvas = canvas;
    }
    this.chartKey = key;
  }

  private async loadChart(): Promise<void> {
    this.chartState = 'loading';
    try {
      this.chartModule = await this.chartLoader();
      this.chartState = 'ready';
    } catch (error) {
      console.warn('[opengov-widgets] the chart could not be loaded', error);
      this.chartState = 'failed';
    }
  }

  /** Whether chart.js has been loaded for this widget (for tests and pages that want to know). */
  get chartLoaded(): boolean {
    return this.chartModule !== undefined;
  }
}
