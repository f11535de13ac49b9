import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { decidimSource } from '../adapters/decidim-source.js';
import { OgDataElement } from '../core/data-element.js';
import { renderEmpty, renderError, renderSkeleton } from '../core/state-views.js';
import { formatNumber, timeZone as configuredZone, viewerTimeZone as browserTimeZone } from '../core/format.js';
import { resolveText } from '../core/localized-text.js';
import { safeUrl } from '../core/safe-url.js';
import { themeStyles } from '../core/theme.js';
import { listWidgetStyles } from '../core/list-styles.js';
import { parseEventsJson, type CalendarData, type CalendarEvent } from './schema.js';
import { eventsInWindow } from './occurrences.js';
import { loadPart, LoadError } from '../core/loader.js';
import { filterEvents, searchableText, themesOf, type EventFilter } from './filter.js';
import { monthOfDay, parseMonth, shiftMonth } from './month-key.js';
import { dayOf, isValidTimeZone, startOfDay } from './zoned.js';
import { consultationCalendarStyles } from './consultation-calendar.styles.js';
import type { CalendarActions, CalendarContext } from './calendar-context.js';
import { renderHeader } from './header-view.js';
import { renderFilters, renderViewSwitch } from './filters-view.js';
import { renderList } from './list-view.js';
import { renderEvent } from './event-view.js';
import { downloadIcs } from './ics-download.js';

/** Events rendered at first in each list section, and added by "show more". */
export const PAGE_SIZE = 20;
const YEAR_MS = 366 * 86_400_000;
/** No filter (never changed: a filter control sets a new object). */
const NO_FILTER: Required<EventFilter> = { theme: '', mode: '', when: 'all', query: '' };

export type IcalReader = typeof import('./ical-import.js');
export type IcsExport = typeof import('./ics-export.js');
export type MonthView = typeof import('./month-view.js');

/**
 * When and where to take part in consultations, and what came out of them.
 *
 * Reads `{api}/events.json` (or `src`), an iCalendar feed when `src` ends in `.ics` or
 * `format="ical"`, or a Decidim meetings component (`format="decidim" src="https://…/api" component="ID"`). Shows a list (upcoming first, then past) or a month grid, with filters by
 * theme, mode and time, a search, each event's times in the configured zone (and the viewer's
 * own time when it differs), place with an OpenStreetMap link, registration state, agenda and
 * outcome, and an "add to my calendar" `.ics` download per event.
 *
 * @element og-consultation-calendar
 * @attr state - `loading`, `ready`, `empty` or `error` (set by the widget; style with it).
 * @fires og-load - Data shown. `detail`: `{ data, skipped, offlineSince }`.
 * @fires og-error - Loading failed. `detail`: `{ kind: network|http|timeout|invalid, status, reason }`.
 * @csspart base - The widget's outer box.
 * @csspart header - Title, last update, time zone and subscribe link.
 * @csspart toolbar - View switch and filters.
 * @csspart filters - The search and filter controls.
 * @csspart list - A list of events.
 * @csspart card - One event.
 * @csspart status-banner - The "cancelled" / "postponed" banner of an event.
 * @csspart badge - Mode and registration badges.
 * @csspart month - The month view (navigation and grid).
 * @csspart grid - The month grid (a table with role grid).
 * @csspart day - One day cell of the month grid.
 * @csspart day-panel - The events of the selected day, under the grid.
 * @csspart button - Every button.
 * @csspart error - The error box (with its retry button).
 * @csspart empty - The box shown when there is nothing to show.
 * @csspart notice - Partial-data and offline notices.
 * @csspart skeleton - The loading placeholder.
 * @cssproperty --og-calendar-today - Outline of today's cell (default: the primary color).
 * @cssproperty --og-calendar-event-dot - Marker of days with events (default: the primary color).
 */
export class OgConsultationCalendar extends OgDataElement<CalendarData> {
  static override styles = [themeStyles, listWidgetStyles, consultationCalendarStyles];

  protected readonly resourcePath = 'events.json';

  /** `list` (upcoming first, then past) or `month`. */
  @property({ reflect: true }) view: 'list' | 'month' = 'list';

  /** The month first shown in the month view, `YYYY-MM` (default: the current month). */
  @property() month?: string;

  /**
   * `json` (default), `ical` (a `src` ending in `.ics` is read as iCalendar anyway) or
   * `decidim`: `src` is a Decidim instance's API (`https://…/api`), `component` its meetings component.
   */
  @property() format?: 'json' | 'ical' | 'decidim';

  /** With `format="decidim"`: the id of the meetings component whose meetings are shown. */
  @property() component?: string;

  /** "Now" as an ISO instant, for today, upcoming/past and registration (default: the real clock). */
  @property() now?: string;

  /** The viewer's IANA time zone (default: the browser's); their time is shown when it differs. */
  @property({ attribute: 'viewer-time-zone' }) viewerTimeZone?: string;

  /** Search, theme, mode and time, as the filter controls set them. */
  @state() private filter = NO_FILTER;
  @state() private shownUpcoming = PAGE_SIZE;
  @state() private shownPast = PAGE_SIZE;
  @state() private shownMonth?: string;
  @state() private focusedDay?: string;
  @state() private selectedDay?: string;
  private focusPending = false;

  /**
   * Loads the iCalendar reader with ical.js (one lazy chunk, fetched only for an iCalendar
   * source). Replaceable, for tests and for pages that bundle it themselves.
   */
  icalLoader: () => Promise<IcalReader> = () => import('./ical-import.js');

  /**
   * Loads the .ics export ("add to my calendar"), fetched when a person first points at or
   * focuses such a button, or clicks it. Replaceable like `icalLoader`.
   */
  exportLoader: () => Promise<IcsExport> = () => import('./ics-export.js');

  /**
   * Loads the month view, fetched when it is shown or about to be (pointer or focus on the
   * "Month" button). Replaceable like `icalLoader`.
   */
  monthLoader: () => Promise<MonthView> = () => import('./month-view.js');

  @state() private monthView?: MonthView;
  /** The month view could not be fetched: its place shows the network error with a retry. */
  @state() private monthFailed = false;
  private monthLoading?: Promise<MonthView>;

  private icsExport?: IcsExport;
  private icsExportLoading?: Promise<IcsExport>;
  /** The event whose .ics could not be made because the export did not load (its message shows). */
  @state() private exportFailed?: string;

  private windowCache?: { data: CalendarData; from: number; to: number; events: CalendarEvent[]; index: Map<string, string> };

  protected async parse(text: string, url: string) {
    const zone = this.zone();
    // In the month view, the data is shown ("ready") once the grid can be drawn too: its module
    // loads beside the data (started at the first render), and the grid never flashes a placeholder.
    const month = this.view === 'month' ? this.loadMonthView().catch(() => undefined) : undefined;
    const parsed = this.isIcalSource(url) ? (await loadPart('the iCalendar reader', this.icalLoader)).readICalendar(text, zone) : parseEventsJson(text, zone);
    await month;
    return parsed;
  }

  protected isEmpty(data: CalendarData): boolean {
    return data.events.length === 0 && data.series.length === 0;
  }

  protected override sourceUrl(): string | undefined {
    return decidimSource(this, 'events')?.url ?? super.sourceUrl();
  }

  protected override sourceVariant(): string {
    return decidimSource(this, 'events')?.variant ?? '';
  }

  protected override sourceAdapter(url: string) {
    return decidimSource(this, 'events')?.adapter(url);
  }

  private isIcalSource(url: string | undefined): boolean {
    if (this.format === 'ical') return true;
    if (this.format === 'json' || this.format === 'decidim' || !url) return false;
    try {
      return /\.ics$/i.test(new URL(url, document.baseURI).pathname);
    } catch {
      return false;
    }
  }

  /** The zone times are shown in. */
  private zone(): string {
    const zone = configuredZone(this.timeZone);
    return isValidTimeZone(zone) ? zone : 'Africa/Casablanca';
  }

  private nowMs(): number {
    const parsed = this.now ? Date.parse(this.now) : NaN;
    return Number.isFinite(parsed) ? parsed : Date.now();
  }

  private viewerZone(): string | undefined {
    const zone = this.viewerTimeZone || browserTimeZone();
    return zone && isValidTimeZone(zone) ? zone : undefined;
  }

  private todayDay(): string {
    return dayOf(this.nowMs(), this.zone());
  }

  private currentMonth(): string {
    return this.shownMonth ?? parseMonth(this.month) ?? monthOfDay(this.todayDay());
  }

  private lastMonthAttr?: string;

  protected override willUpdate(): void {
    super.willUpdate();
    if (this.view === 'month' && !this.monthView && !this.monthLoading && !this.monthFailed) this.prefetchMonth();
    if (this.month !== this.lastMonthAttr) {
      // A new `month` from the page wins over where the person navigated.
      this.lastMonthAttr = this.month;
      this.shownMonth = undefined;
      this.focusedDay = undefined;
    }
  }

  protected override updated(): void {
    if (this.focusPending && this.focusedDay) {
      const cell = this.renderRoot.querySelector<HTMLElement>(`[data-day="${this.focusedDay}"]`);
      if (cell) {
        this.focusPending = false;
        cell.focus();
      }
    }
  }

  /** The events of the data, repeating ones expanded around now and the shown month. */
  private visibleEvents(data: CalendarData): { events: CalendarEvent[]; index: Map<string, string> } {
    const now = this.nowMs();
    const zone = this.zone();
    const month = this.currentMonth();
    const monthStart = startOfDay(`${month}-01`, zone) - 7 * 86_400_000;
    const monthEnd = startOfDay(`${shiftMonth(month, 1)}-01`, zone) + 7 * 86_400_000;
    const from = Math.min(now - YEAR_MS, monthStart);
    const to = Math.max(now + YEAR_MS, monthEnd);
    const cached = this.windowCache;
    if (cached && cached.data === data && (!data.series.length || (cached.from <= from && cached.to >= to))) return cached;
    const events = eventsInWindow(data, from, to);
    const index = new Map(events.map((e) => [e.key, searchableText(e)]));
    this.windowCache = { data, from, to, events, index };
    return this.windowCache;
  }

  protected override renderLoading(): TemplateResult {
    return renderSkeleton(3);
  }

  protected renderEmptyState(data: CalendarData): TemplateResult {
    return html`${renderHeader(this.context(data), data)}${renderEmpty(msg('No consultation is planned or recorded yet.', { id: 'calendar.empty' }))}`;
  }

  private themeOf = (e: CalendarEvent) => resolveText(e.theme, this.locale).text;

  protected renderData(data: CalendarData): TemplateResult {
    const { events, index } = this.visibleEvents(data);
    const ctx = this.context(data);
    const filtered = filterEvents(events, this.filter, ctx.now, this.themeOf, index);
    return html`${renderHeader(ctx, data)}
      <div class="toolbar" part="toolbar">${renderViewSwitch(ctx, this.view === 'month')} ${renderFilters(ctx, events, themesOf(events, this.themeOf, this.locale))}</div>
      <p class="result-count muted" role="status" aria-live="polite">
        ${msg(str`${formatNumber(filtered.length, this.locale)} of ${formatNumber(events.length, this.locale)} events shown`, { id: 'calendar.result-count' })}
      </p>
      ${this.view === 'month' ? this.renderMonth(ctx, filtered) : renderList(ctx, filtered)}`;
  }

  /** What the views read for this render (calendar-context.ts), with the handlers made once. */
  private context(data: CalendarData): CalendarContext {
    return {
      ...this.actions,
      // An iCalendar source is also a feed one can subscribe to.
      feed: data.format === 'ical' ? safeUrl(this.sourceUrl()) : undefined,
      locale: this.locale,
      zone: this.zone(),
      viewer: this.viewerZone(),
      now: this.nowMs(),
      filter: this.filter,
      shownUpcoming: this.shownUpcoming,
      shownPast: this.shownPast,
      exportFailed: this.exportFailed,
    };
  }

  private resetPaging(): void {
    this.shownUpcoming = PAGE_SIZE;
    this.shownPast = PAGE_SIZE;
  }

  /** What the views do to the widget; made once, so lit sees the same listener at every render. */
  private actions: CalendarActions = {
    text: (value) => this.text(value),
    onFilter: (e) => {
      const { name, value } = e.target as HTMLInputElement;
      this.filter = { ...this.filter, [name === 'q' ? 'query' : name]: value };
      this.resetPaging();
    },
    clearFilters: () => {
      this.filter = NO_FILTER;
      this.resetPaging();
    },
    moreUpcoming: () => (this.shownUpcoming += PAGE_SIZE),
    morePast: () => (this.shownPast += PAGE_SIZE),
    showList: () => (this.view = 'list'),
    showMonth: () => {
      if (this.monthFailed) this.retryMonth();
      this.view = 'month';
    },
    prefetchMonth: () => this.prefetchMonth(),
    prefetchExport: () => this.prefetchExport(),
    download: (e) => this.download(e),
  };

  // ---- Month view -------------------------------------------------------------------------

  /** The month view, or its loading or failure state while its module is not here. */
  private renderMonth(ctx: CalendarContext, filtered: CalendarEvent[]): TemplateResult {
    if (this.monthView) {
      // What month-view.ts reads (MonthViewHost): this render's month and days, and the element's own handlers.
      return this.monthView.renderMonthView({
        locale: ctx.locale, zone: ctx.zone, today: this.todayDay(), month: this.currentMonth(), focusedDay: this.focusedDay, selectedDay: this.selectedDay,
        goToMonth: this.goToMonth, selectDay: this.selectDay, moveFocus: this.moveFocus, noteFocus: this.noteFocus, renderEvent: (e) => renderEvent(ctx, e),
      }, filtered);
    }
    return html`<div class="month" part="month">
      ${this.monthFailed ? renderError(new LoadError('network', 'network'), this.retryMonth, { locale: this.locale }) : renderSkeleton(1)}
    </div>`;
  }

  private loadMonthView(): Promise<MonthView> {
    this.monthLoading ??= this.monthLoader().then(
      (module) => {
        this.monthFailed = false;
        return (this.monthView = module);
      },
      (error: unknown) => {
        console.warn('[opengov-widgets] the month view could not be loaded', error);
        this.monthLoading = undefined;
        this.monthFailed = true;
        throw error;
      },
    );
    return this.monthLoading;
  }

  /** Starts fetching the month view (it shows its loading state, then the grid or its error). */
  private prefetchMonth(): void {
    this.loadMonthView().catch(() => {
      /* monthFailed shows the error with its retry */
    });
  }

  private retryMonth = (): void => {
    this.monthFailed = false;
    this.prefetchMonth();
  };

  private goToMonth = (month: string, focusDay?: string): void => {
    this.shownMonth = month;
    this.focusedDay = focusDay ?? `${month}-01`;
  };

  private selectDay = (day: string): void => {
    this.selectedDay = day;
    this.focusedDay = day;
    if (monthOfDay(day) !== this.currentMonth()) this.shownMonth = monthOfDay(day);
    this.focusPending = true;
  };

  private moveFocus = (day: string): void => {
    this.focusedDay = day;
    this.shownMonth = monthOfDay(day);
    this.focusPending = true;
  };

  private noteFocus = (day: string): void => {
    this.focusedDay = day;
  };

  /** Starts fetching the .ics export when a person is about to use it, so the click is instant. */
  private prefetchExport(): void {
    this.loadExport().catch(() => {
      /* the click tries again and tells the person if it fails */
    });
  }

  private loadExport(): Promise<IcsExport> {
    this.icsExportLoading ??= this.exportLoader().then(
      (module) => (this.icsExport = module),
      (error: unknown) => {
        this.icsExportLoading = undefined; // a later click fetches it again
        throw error;
      },
    );
    return this.icsExportLoading;
  }

  /** Downloads the event's .ics: at once when the export is here, else once it arrives. */
  private async download(e: CalendarEvent): Promise<void> {
    if (this.icsExport) return this.saveIcs(this.icsExport, e);
    try {
      this.saveIcs(await this.loadExport(), e);
    } catch (error) {
      console.warn('[opengov-widgets] the calendar export could not be loaded', error);
      this.exportFailed = e.key;
    }
  }

  private saveIcs(module: IcsExport, e: CalendarEvent): void {
    this.exportFailed = undefined;
    downloadIcs(module, e, this.locale, this.nowMs(), this.renderRoot);
  }
}
