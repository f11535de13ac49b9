import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { msg, str } from '@lit/localize';
import { OgDataElement } from '../core/data-element.js';
import { renderEmpty, renderSkeleton } from '../core/state-views.js';
import { formatMoney } from '../core/format.js';
import { directionOf } from '../core/localization.js';
import { themeStyles } from '../core/theme.js';
import { styleProps } from '../core/style-props.js';
import { DIRECTIONS, parseBudgetJson, type AmountKind, type BudgetDocument, type Direction } from './schema.js';
import { MissingColumnError } from './errors.js';
import { CSV_COLUMNS_LIST } from './csv-columns.js';
import { defaultKind, kindsPresent, levelAt, pickYear, treeFor, yearsWithLines } from './tree.js';
import type { SortDirection, SortKey } from './figures.js';
import { themeColors } from './chart-colors.js';
import type { ChartSpec } from './chart-config.js';
import type { ChartHandle } from './chart-renderer.js';
import type { CsvParser } from './csv.js';
import { BUDGET_VIEWS, type BudgetDisplay, type BudgetView } from './labels.js';
import type { Bar, ViewActions, ViewContext } from './view-context.js';
import { renderYears } from './years-view.js';
import { barAfterKey } from './chart-bars.js';
import { renderBreadcrumb, renderControls } from './controls-view.js';
import { renderOverview } from './overview-view.js';
import { mainKind, renderCategories } from './categories-view.js';
import { renderHeader, renderTreeNotices } from './header-view.js';
import { downloadFile } from '../core/csv-file.js';
import { budgetChartStyles } from './budget-chart.styles.js';

/** Table rows rendered at first and added by "show more" (a level with thousands of lines stays light). */
export const PAGE_SIZE = 50;
/**
 * Rows drawn in the frame that opens a level or shows more (a phone's screen and more); the
 * others follow as soon as that frame is painted. Laying out new rows is most of a drill-down's
 * time. Sorting or another amount changes the rows already drawn, in one frame.
 */
export const FIRST_ROWS = 12;
export { MAX_BARS } from './chart-bars.js';

export type ChartModule = typeof import('./chart-renderer.js');

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
  @state() private rowLimit = Infinity;

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

  /** This frame draws FIRST_ROWS rows after the first `from`, the next frame the others. */
  private drawRowsFrom(from: number): void {
    this.rowLimit = from + FIRST_ROWS;
    // After the paint, not before it: a frame callback alone would run before this frame is drawn.
    requestAnimationFrame(() => setTimeout(() => (this.rowLimit = Infinity)));
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
    return html`${renderHeader(this.viewContext(data))}${renderEmpty(msg('This budget has no lines yet.', { id: 'budget.empty' }))}`;
  }

  // ——— data helpers ———

  private currentKind(data: BudgetDocument): AmountKind {
    return this.kind && kindsPresent(data).includes(this.kind) ? this.kind : defaultKind(data);
  }

  private resetLevel(): void {
    this.path = [];
    this.drawRowsFrom(0);
    this.shownCount = PAGE_SIZE;
    this.activeBar = -1;
  }

  private drill(code: string): void {
    this.openLevel([...this.path, code]);
  }

  /** Shows a level from its first rows, and moves the focus to its title once it is drawn. */
  private openLevel(path: string[]): void {
    this.path = path;
    this.drawRowsFrom(0);
    this.shownCount = PAGE_SIZE;
    this.activeBar = -1;
    this.focusLevel = true;
  }

  // ——— render ———

  /** What the views read for this render. */
  private viewContext(data: BudgetDocument): ViewContext {
    const money = (amount: number | undefined) => (amount === undefined ? '—' : formatMoney(amount, data.currency, this.locale));
    return {
      ...this.actions,
      data,
      locale: this.locale,
      timeZone: this.timeZone,
      kind: this.currentKind(data),
      direction: this.selectedDirection,
      population: this.population && this.population > 0 ? this.population : data.population,
      shownAs: this.shownAs,
      shownCount: this.shownCount,
      rowLimit: this.rowLimit,
      sortKey: this.sortKey,
      sortDirection: this.sortDirection,
      money,
      chart: (title, bars, seriesLabels, orientation) => {
        this.bars = bars;
        this.setSpec(data, seriesLabels, orientation);
        if (this.shownAs !== 'chart') return nothing;
        return this.renderChart(title, money);
      },
    };
  }

  protected renderData(data: BudgetDocument): TemplateResult {
    const ctx = this.viewContext(data);
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
      body = renderOverview(ctx, year!);
    } else if (!tree.size) {
      body = renderEmpty(
        direction === 'revenue'
          ? msg(str`No revenue lines for ${year ?? ''}.`, { id: 'budget.no-revenue' })
          : msg(str`No expenditure lines for ${year ?? ''}.`, { id: 'budget.no-expenditure' }),
      );
      this.bars = [];
      this.spec = undefined;
    } else if (view === 'years') {
      body = html`${renderBreadcrumb(ctx, tree, level.path, direction)}${renderYears(ctx, year!, direction, level.path)}`;
    } else {
      body = html`${renderBreadcrumb(ctx, tree, level.path, direction)}${renderCategories(ctx, view, level.items, level.node?.label)}`;
    }

    return html`${renderHeader(ctx, year, tree)}
      ${wantedMissing
        ? html`<p class="notice" part="notice" role="status">${msg(str`The year ${this.selectedYear} is not in the data; showing ${year}.`, { id: 'budget.year-missing' })}</p>`
        : nothing}
      ${renderTreeNotices(tree.notices, this.locale)} ${renderControls(ctx, year, view, multiYear)} ${body}`;
  }

  // ——— actions ———

  /** What the views do to the widget; made once, so a listener passed as it is stays the same function. */
  private actions: ViewActions = {
    text: (value) => this.text(value),
    plain: (value) => this.plain(value),
    rowClick: (e) => {
      // A click on a category's button, or anywhere else on its row, opens it.
      const row = (e.target as Element).closest('tr');
      if (row?.classList.contains('drill') && row.dataset.code) this.drill(row.dataset.code);
    },
    sortBy: (key) => {
      const data = this.dataTask.value?.data;
      // Before the visitor sorts, the table is in the order of the view's main amount.
      const current = this.sortKey ?? mainKind(this.selectedView, data ? this.currentKind(data) : 'approved');
      const direction = this.sortKey ? this.sortDirection : 'descending';
      if (current === key) this.sortDirection = direction === 'ascending' ? 'descending' : 'ascending';
      else this.sortDirection = key === 'label' ? 'ascending' : 'descending';
      this.sortKey = key;
    },
    showMore: () => (this.drawRowsFrom(this.shownCount), (this.shownCount += PAGE_SIZE)),
    goTo: (depth) => this.openLevel(this.path.slice(0, depth)),
    selectYear: (e) => ((this.selectedYear = Number((e.target as HTMLSelectElement).value)), this.resetLevel()),
    selectDirection: (e) => ((this.selectedDirection = (e.target as HTMLSelectElement).value as Direction), this.resetLevel()),
    selectKind: (e) => ((this.kind = (e.target as HTMLSelectElement).value as AmountKind), (this.sortKey = undefined)),
    selectView: (view) => ((this.selectedView = view), (this.activeBar = -1), (this.sortKey = undefined)),
    showAs: (display) => (this.shownAs = display),
    download: (csv) => {
      const data = this.dataTask.value?.data;
      const year = data ? pickYear(data, this.selectedYear) : undefined;
      downloadFile(this.renderRoot, csv, `budget-${year ?? ''}-${this.selectedView === 'overview' ? 'overview' : this.selectedDirection}${this.path.length ? `-${this.path[this.path.length - 1]}` : ''}.csv`);
    },
  };

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

  private renderChart(title: string, money: (amount: number | undefined) => string): TemplateResult {
    const active = this.bars[this.activeBar];
    const describe = (bar: Bar) => `${bar.label}: ${bar.values.map((v, i) => `${this.spec?.series[i]?.label ?? ''} ${money(v)}`).join(', ')}`;
    const height = Math.max(12, Math.min(40, this.bars.length * (this.spec?.series.length ?? 1) * 1.6 + 6));
    return html`<figure class="chart" part="chart" data-chart=${this.chartState}>
      <div
        class="chart-box"
        tabindex="0"
        role="group"
        aria-roledescription=${msg('chart', { id: 'budget.chart.role' })}
        aria-label=${msg(str`${title}. The same figures are in the table. Arrow keys go from bar to bar; Enter opens a category.`, { id: 'budget.chart.label' })}
        ${styleProps({ 'block-size': this.spec?.orientation === 'horizontal' ? `min(${height}rem, var(--og-chart-height, 40rem))` : undefined })}
        @keydown=${this.chartKeydown}
        @blur=${this.chartBlur}
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

  private selectBar(index: number): void {
    const bar = this.bars[index];
    if (bar?.drill && bar.code) this.drill(bar.code);
  }

  /** The chart's keyboard walk: arrows, Home and End move from bar to bar, Enter or Space opens a category. */
  private chartKeydown = (e: KeyboardEvent): void => {
    const count = this.bars.length;
    if (!count) return;
    if ((e.key === 'Enter' || e.key === ' ') && this.activeBar >= 0) {
      e.preventDefault();
      this.selectBar(this.activeBar);
      return;
    }
    const next = barAfterKey(e.key, this.activeBar, count, directionOf(this.locale) === 'rtl');
    if (next === undefined) return;
    e.preventDefault();
    this.activeBar = next;
    this.chart?.highlight(next);
  };

  private chartBlur = (): void => this.chart?.highlight(-1);

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
