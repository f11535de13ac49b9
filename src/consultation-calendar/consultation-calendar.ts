import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { resourceUrl } from '../core/config.js';
import { decidimSource } from '../adapters/decidim-source.js';
import { OgDataElement } from '../core/data-element.js';
import { renderEmpty, renderError, renderSkeleton, renderUpdated } from '../core/state-views.js';
import { formatNumber, timeZone as configuredZone, viewerTimeZone as browserTimeZone } from '../core/format.js';
import { resolveText } from '../core/localized-text.js';
import { safeUrl } from '../core/safe-url.js';
import { themeStyles } from '../core/theme.js';
import { listWidgetStyles } from '../core/list-styles.js';
import { parseEventsJson, EVENT_MODES, type CalendarData, type CalendarEvent, type EventMode, type EventStatus } from './schema.js';
import { eventsInWindow } from './occurrences.js';
import { loadPart, LoadError } from '../core/loader.js';
import { filterEvents, isUpcoming, searchableText, splitByTime, themesOf, type When } from './filter.js';
import { registrationState } from './registration.js';
import { monthOfDay, parseMonth, shiftMonth } from './month-key.js';
import {
  formatClock,
  formatEventRange,
  formatInstant,
  osmUrl,
  zoneLabel,
} from './display.js';
import { dayOf, isValidTimeZone, startOfDay } from './zoned.js';
import { consultationCalendarStyles } from './consultation-calendar.styles.js';

/** Events rendered at first in each list section, and added by "show more". */
export const PAGE_SIZE = 20;
const YEAR_MS = 366 * 86_400_000;

export type IcalReader = typeof import('./ical-import.js');
export type IcsExport = typeof import('./ics-export.js');
export type MonthView = typeof import('./month-view.js');

export function modeLabel(mode: EventMode): string {
  switch (mode) {
    case 'in-person':
      return msg('In person', { id: 'calendar.mode.in-person' });
    case 'online':
      return msg('Online', { id: 'calendar.mode.online' });
    case 'hybrid':
      return msg('In person and online', { id: 'calendar.mode.hybrid' });
  }
}

export function statusLabel(status: EventStatus): string {
  switch (status) {
    case 'scheduled':
      return msg('Scheduled', { id: 'calendar.status.scheduled' });
    case 'cancelled':
      return msg('Cancelled', { id: 'calendar.status.cancelled' });
    case 'postponed':
      return msg('Postponed', { id: 'calendar.status.postponed' });
    case 'completed':
      return msg('Held', { id: 'calendar.status.completed' });
  }
}

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

  @state() private themeFilter = '';
  @state() private modeFilter: EventMode | '' = '';
  @state() private whenFilter: When = 'all';
  @state() private query = '';
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
    return this.format === 'decidim' ? resourceUrl({ src: this.src || this.api, path: '' }) : super.sourceUrl();
  }

  protected override sourceVariant(): string {
    return this.format === 'decidim' ? `decidim:${this.component ?? ''}` : '';
  }

  protected override sourceAdapter(url: string) {
    return this.format === 'decidim' ? decidimSource('events', url, this.component) : undefined;
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
    return html`${this.renderHeader(data)}${renderEmpty(msg('No consultation is planned or recorded yet.', { id: 'calendar.empty' }))}`;
  }

  private themeOf = (e: CalendarEvent) => resolveText(e.theme, this.locale).text;

  protected renderData(data: CalendarData): TemplateResult {
    const { events, index } = this.visibleEvents(data);
    const now = this.nowMs();
    const filtered = filterEvents(events, { theme: this.themeFilter, mode: this.modeFilter, when: this.whenFilter, query: this.query }, now, this.themeOf, index);
    return html`${this.renderHeader(data)}
      <div class="toolbar" part="toolbar">${this.renderViewSwitch()} ${this.renderFilters(events)}</div>
      <p class="result-count muted" role="status" aria-live="polite">
        ${msg(str`${formatNumber(filtered.length, this.locale)} of ${formatNumber(events.length, this.locale)} events shown`, { id: 'calendar.result-count' })}
      </p>
      ${this.view === 'month' ? this.renderMonth(filtered) : this.renderList(filtered, now)}`;
  }

  private renderHeader(data: CalendarData): TemplateResult {
    const feed = data.format === 'ical' ? safeUrl(this.sourceUrl()) : undefined;
    return html`<div class="header" part="header">
      <h2>${msg('Consultations and public meetings', { id: 'calendar.title' })}</h2>
      ${renderUpdated(data.updatedAt, this.locale, this.zone())}
      <p class="muted zone-note">${msg(str`Times are shown in ${zoneLabel(this.zone(), this.locale, this.nowMs())} (${this.zone()}).`, { id: 'calendar.zone-note' })}</p>
      ${feed
        ? html`<p class="subscribe">
            <a href=${feed} rel="noopener">${msg('Subscribe to this calendar', { id: 'calendar.subscribe' })}</a>
            <span class="muted">${msg('Copy this address into your calendar app to follow new meetings:', { id: 'calendar.subscribe-hint' })}</span>
            <code class="feed-url" dir="ltr">${feed}</code>
          </p>`
        : nothing}
    </div>`;
  }

  private renderViewSwitch(): TemplateResult {
    const set = (view: 'list' | 'month') => () => {
      if (view === 'month' && this.monthFailed) this.retryMonth();
      this.view = view;
    };
    return html`<div class="view-switch" role="group" aria-label=${msg('View', { id: 'calendar.view' })}>
      <button type="button" class="og-button secondary" part="button" aria-pressed=${this.view !== 'month' ? 'true' : 'false'} @click=${set('list')}>
        ${msg('List', { id: 'calendar.view.list' })}
      </button>
      <button type="button" class="og-button secondary" part="button" aria-pressed=${this.view === 'month' ? 'true' : 'false'}
        @pointerenter=${this.prefetchMonth}
        @focus=${this.prefetchMonth}
        @click=${set('month')}
      >
        ${msg('Month', { id: 'calendar.view.month' })}
      </button>
    </div>`;
  }

  private resetPaging(): void {
    this.shownUpcoming = PAGE_SIZE;
    this.shownPast = PAGE_SIZE;
  }

  private renderFilters(events: readonly CalendarEvent[]): TemplateResult {
    const themes = themesOf(events, this.themeOf, this.locale);
    const modes = EVENT_MODES.filter((m) => events.some((e) => e.mode === m));
    return html`<div class="filters" part="filters" role="search">
      <label class="field search">
        <span>${msg('Search', { id: 'calendar.search' })}</span>
        <input type="search" name="q" .value=${this.query} @input=${(e: Event) => ((this.query = (e.target as HTMLInputElement).value), this.resetPaging())} />
      </label>
      ${themes.length
        ? html`<label class="field">
            <span>${msg('Theme', { id: 'calendar.filter-theme' })}</span>
            <select name="theme" @change=${(e: Event) => ((this.themeFilter = (e.target as HTMLSelectElement).value), this.resetPaging())}>
              <option value="" ?selected=${!this.themeFilter}>${msg('All themes', { id: 'calendar.all-themes' })}</option>
              ${themes.map((t) => html`<option value=${t} ?selected=${t === this.themeFilter}>${t}</option>`)}
            </select>
          </label>`
        : nothing}
      ${modes.length
        ? html`<label class="field">
            <span>${msg('How to take part', { id: 'calendar.filter-mode' })}</span>
            <select name="mode" @change=${(e: Event) => ((this.modeFilter = (e.target as HTMLSelectElement).value as EventMode | ''), this.resetPaging())}>
              <option value="" ?selected=${!this.modeFilter}>${msg('All modes', { id: 'calendar.all-modes' })}</option>
              ${modes.map((m) => html`<option value=${m} ?selected=${m === this.modeFilter}>${modeLabel(m)}</option>`)}
            </select>
          </label>`
        : nothing}
      <label class="field">
        <span>${msg('When', { id: 'calendar.filter-when' })}</span>
        <select name="when" @change=${(e: Event) => ((this.whenFilter = (e.target as HTMLSelectElement).value as When), this.resetPaging())}>
          <option value="all" ?selected=${this.whenFilter === 'all'}>${msg('Upcoming and past', { id: 'calendar.when.all' })}</option>
          <option value="upcoming" ?selected=${this.whenFilter === 'upcoming'}>${msg('Upcoming', { id: 'calendar.when.upcoming' })}</option>
          <option value="past" ?selected=${this.whenFilter === 'past'}>${msg('Past', { id: 'calendar.when.past' })}</option>
        </select>
      </label>
    </div>`;
  }

  private clearFilters = () => {
    this.themeFilter = '';
    this.modeFilter = '';
    this.whenFilter = 'all';
    this.query = '';
    this.resetPaging();
  };

  private renderNoMatch(): TemplateResult {
    return html`<div class="state-box" part="empty">
      <p>${msg('No event matches these filters.', { id: 'calendar.no-match' })}</p>
      <button class="og-button secondary" part="button" type="button" @click=${this.clearFilters}>${msg('Clear filters', { id: 'calendar.clear-filters' })}</button>
    </div>`;
  }

  private renderList(filtered: CalendarEvent[], now: number): TemplateResult {
    if (!filtered.length) return this.renderNoMatch();
    const { upcoming, past } = splitByTime(filtered, now);
    const section = (id: string, title: string, list: CalendarEvent[], shown: number, more: () => void) =>
      list.length
        ? html`<section class="section" aria-labelledby=${id}>
            <h3 id=${id}>${title}</h3>
            <ol class="list" part="list">
              ${repeat(list.slice(0, shown), (e) => e.key, (e) => this.renderEvent(e, now))}
            </ol>
            ${list.length > shown
              ? html`<button class="og-button secondary more" part="button" type="button" @click=${more}>
                  ${msg(str`Show more (${formatNumber(list.length - shown, this.locale)} left)`, { id: 'calendar.show-more' })}
                </button>`
              : nothing}
          </section>`
        : nothing;
    return html`${section('upcoming-title', msg('Upcoming', { id: 'calendar.when.upcoming' }), upcoming, this.shownUpcoming, () => (this.shownUpcoming += PAGE_SIZE))}
    ${section('past-title', msg('Past', { id: 'calendar.when.past' }), past, this.shownPast, () => (this.shownPast += PAGE_SIZE))}`;
  }

  // ---- Month view -------------------------------------------------------------------------

  /** The month view, or its loading or failure state while its module is not here. */
  private renderMonth(filtered: CalendarEvent[]): TemplateResult {
    if (this.monthView) {
      const now = this.nowMs();
      return this.monthView.renderMonthView(
        {
          locale: this.locale,
          zone: this.zone(),
          today: this.todayDay(),
          month: this.currentMonth(),
          focusedDay: this.focusedDay,
          selectedDay: this.selectedDay,
          goToMonth: this.goToMonth,
          selectDay: this.selectDay,
          moveFocus: this.moveFocus,
          noteFocus: this.noteFocus,
          renderEvent: (e) => this.renderEvent(e, now),
        },
        filtered,
      );
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
  private prefetchMonth = (): void => {
    this.loadMonthView().catch(() => {
      /* monthFailed shows the error with its retry */
    });
  };

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

  // ---- One event --------------------------------------------------------------------------

  private renderEvent(e: CalendarEvent, now: number): TemplateResult {
    const zone = this.zone();
    const viewer = this.viewerZone();
    const when = formatEventRange(e, this.locale, zone, viewer ?? null);
    const range = when.text;
    const viewerRange = when.viewer?.text;
    const past = !isUpcoming(e, now);
    const alert = e.status === 'cancelled' || e.status === 'postponed';
    const domId = `e-${e.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
    const lat = e.location?.lat;
    const lon = e.location?.lon;
    return html`<li class="card status-${e.status} ${past ? 'past' : 'upcoming'}" part="card" aria-labelledby=${`${domId}-title`}>
      ${alert
        ? html`<p class="status-banner ${e.status}" part="status-banner">
            <span class="icon" aria-hidden="true">⚠</span>
            <strong>${e.status === 'cancelled' ? msg('Cancelled: this meeting will not take place.', { id: 'calendar.banner.cancelled' }) : msg('Postponed: a new date will be announced.', { id: 'calendar.banner.postponed' })}</strong>
          </p>`
        : nothing}
      <h4 class="title" id=${`${domId}-title`}>
        ${alert ? html`<span class="visually-hidden">${statusLabel(e.status)}: </span>` : nothing}<span class="title-text">${this.text(e.title)}</span>
      </h4>
      <p class="when">
        <time datetime=${new Date(e.start).toISOString()}>${range}</time>
        ${e.recurring ? html`<span class="badge" part="badge">${msg('Repeats', { id: 'calendar.recurring' })}</span>` : nothing}
      </p>
      ${viewerRange && viewerRange !== range
        ? html`<p class="viewer-time muted">${msg(str`Your time (${zoneLabel(viewer!, this.locale, e.start)}): ${viewerRange}`, { id: 'calendar.viewer-time' })}</p>`
        : nothing}
      <ul class="facts">
        ${e.mode ? html`<li><span class="badge mode-${e.mode}" part="badge">${modeLabel(e.mode)}</span></li>` : nothing}
        ${e.status === 'completed' ? html`<li><span class="badge" part="badge">${statusLabel('completed')}</span></li>` : nothing}
        ${e.theme ? html`<li><span class="label">${msg('Theme:', { id: 'calendar.theme-label' })}</span> ${this.text(e.theme)}</li>` : nothing}
        ${e.organizer ? html`<li><span class="label">${msg('Organizer:', { id: 'calendar.organizer-label' })}</span> ${this.text(e.organizer)}</li>` : nothing}
        ${e.location
          ? html`<li class="place">
              <span class="label">${msg('Place:', { id: 'calendar.place-label' })}</span>
              ${this.text(e.location.name)}${e.location.name && e.location.address ? ', ' : ''}${this.text(e.location.address)}
              ${lat !== undefined && lon !== undefined
                ? html`<a href=${osmUrl(lat, lon)} rel="noopener" target="_blank">${msg('See on OpenStreetMap', { id: 'calendar.map-link' })}</a>`
                : nothing}
            </li>`
          : nothing}
        ${e.onlineUrl && !past && e.status !== 'cancelled'
          ? html`<li><a href=${e.onlineUrl} rel="noopener" target="_blank">${msg('Join online', { id: 'calendar.online-link' })}</a></li>`
          : nothing}
        ${e.url ? html`<li><a href=${e.url} rel="noopener" target="_blank">${msg('More information', { id: 'calendar.more-info' })}</a></li>` : nothing}
      </ul>
      ${this.renderRegistration(e, now)}
      ${e.description ? html`<p class="description">${this.text(e.description)}</p>` : nothing}
      ${e.agenda?.length
        ? html`<details class="agenda">
            <summary>${msg(str`Agenda (${formatNumber(e.agenda.length, this.locale)} items)`, { id: 'calendar.agenda' })}</summary>
            <ol>
              ${e.agenda.map(
                (a) => html`<li>
                  ${a.start !== undefined ? html`<span class="agenda-time">${this.clock(a.start)}${a.end !== undefined ? html`–${this.clock(a.end)}` : nothing}</span>` : nothing}
                  ${this.text(a.title)}
                </li>`,
              )}
            </ol>
          </details>`
        : nothing}
      ${past ? this.renderOutcome(e, domId) : nothing}
      <p class="actions">
        <button
          type="button"
          class="og-button secondary add"
          part="button"
          aria-describedby=${this.exportFailed === e.key ? `${domId}-export-error` : nothing}
          @pointerenter=${this.prefetchExport}
          @focus=${this.prefetchExport}
          @click=${() => this.download(e)}
        >
          ${msg('Add to my calendar', { id: 'calendar.add' })}<span class="visually-hidden">: ${resolveText(e.title, this.locale).text}</span>
        </button>
      </p>
      ${this.exportFailed === e.key
        ? html`<p class="export-error" id=${`${domId}-export-error`} role="alert">
            ${msg('The calendar file could not be prepared: the connection failed. Try again.', { id: 'calendar.export-failed' })}
          </p>`
        : nothing}
    </li>`;
  }

  private clock(value: number | string): string {
    return typeof value === 'number' ? formatClock(value, this.locale, this.zone()) : value;
  }

  private renderRegistration(e: CalendarEvent, now: number): TemplateResult | typeof nothing {
    const reg = e.registration;
    const st = registrationState(e, now);
    if (!reg || !st) return nothing;
    const zone = this.zone();
    const count =
      reg.registered !== undefined
        ? reg.capacity !== undefined
          ? msg(str`${formatNumber(reg.registered, this.locale)} registered for ${formatNumber(reg.capacity, this.locale)} places`, { id: 'calendar.registered-of' })
          : msg(str`${formatNumber(reg.registered, this.locale)} registered`, { id: 'calendar.registered' })
        : undefined;
    let text: string;
    switch (st.kind) {
      case 'not-open-yet':
        text = msg(str`Registration opens on ${formatInstant({ ms: st.opens, offset: reg.opensOffset }, this.locale, zone)}`, { id: 'calendar.reg.not-open' });
        break;
      case 'open':
        text = st.closes !== undefined ? msg(str`Registration open until ${formatInstant({ ms: st.closes, offset: reg.closes !== undefined ? reg.closesOffset : e.startOffset }, this.locale, zone)}`, { id: 'calendar.reg.open-until' }) : msg('Registration open', { id: 'calendar.reg.open' });
        break;
      case 'full':
        text = msg('Full: no places left', { id: 'calendar.reg.full' });
        break;
      case 'closed':
        text = msg('Registration closed', { id: 'calendar.reg.closed' });
        break;
    }
    return html`<div class="registration reg-${st.kind}">
      <p><span class="badge" part="badge">${text}</span></p>
      ${count || (st.kind === 'open' && st.remaining !== undefined)
        ? html`<p class="muted">
            ${count ?? nothing}${st.kind === 'open' && st.remaining !== undefined
              ? html` · ${msg(str`${formatNumber(st.remaining, this.locale)} places left`, { id: 'calendar.places-left' })}`
              : nothing}
          </p>`
        : nothing}
      ${st.kind === 'open' && reg.url ? html`<p><a class="og-button" part="button" href=${reg.url} rel="noopener" target="_blank">${msg('Register', { id: 'calendar.register' })}</a></p>` : nothing}
    </div>`;
  }

  private renderOutcome(e: CalendarEvent, domId: string): TemplateResult | typeof nothing {
    const o = e.outcome;
    if (!o) return nothing;
    const p = o.participants;
    let participants: string | undefined;
    if (p?.total !== undefined && p.women !== undefined && p.men !== undefined)
      participants = msg(str`${formatNumber(p.total, this.locale)} participants: ${formatNumber(p.women, this.locale)} women, ${formatNumber(p.men, this.locale)} men`, { id: 'calendar.participants-gender' });
    else if (p?.total !== undefined) participants = msg(str`${formatNumber(p.total, this.locale)} participants`, { id: 'calendar.participants' });
    return html`<div class="outcome">
      <h5 id=${`${domId}-outcome`}>${msg('Outcome', { id: 'calendar.outcome' })}</h5>
      ${o.summary ? html`<p>${this.text(o.summary)}</p>` : nothing}
      ${participants ? html`<p class="participants">${participants}</p>` : nothing}
      ${o.reportUrl ? html`<p><a href=${o.reportUrl} rel="noopener" target="_blank">${msg('Read the report', { id: 'calendar.report' })}</a></p>` : nothing}
    </div>`;
  }

  /** Starts fetching the .ics export when a person is about to use it, so the click is instant. */
  private prefetchExport = (): void => {
    this.loadExport().catch(() => {
      /* the click tries again and tells the person if it fails */
    });
  };

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
      const module = await this.loadExport();
      this.exportFailed = undefined;
      this.saveIcs(module, e);
    } catch (error) {
      console.warn('[opengov-widgets] the calendar export could not be loaded', error);
      this.exportFailed = e.key;
    }
  }

  /** Builds the event's .ics and downloads it through a Blob URL. */
  private saveIcs({ eventToIcs, icsFileName }: IcsExport, e: CalendarEvent): void {
    this.exportFailed = undefined;
    const text = (v: CalendarEvent['title'] | undefined) => resolveText(v, this.locale).text;
    const extra: string[] = [];
    if (e.onlineUrl) extra.push(msg(str`Online: ${e.onlineUrl}`, { id: 'calendar.ics.online' }));
    if (e.location?.lat !== undefined && e.location.lon !== undefined) extra.push(msg(str`Map: ${osmUrl(e.location.lat, e.location.lon)}`, { id: 'calendar.ics.map' }));
    const ics = eventToIcs(e, { now: this.nowMs(), text, extraDescription: extra });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = icsFileName(e);
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}

