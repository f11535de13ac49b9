import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { formatNumber, intlLocale } from '../core/format.js';
import { directionOf } from '../core/localization.js';
import { resolveText } from '../core/localized-text.js';
import type { CalendarEvent } from './schema.js';
import { eventsByDay, firstDayOfWeek, monthWeeks, moveDay } from './month.js';
import { monthOfDay, shiftMonth } from './month-key.js';
import { formatDayNumber, formatLongDay, formatMonthTitle, weekdayName } from './display.js';

/*
 * The month view: navigation, the ARIA grid of days (APG grid / date picker keyboard) and the
 * selected day's events. The element loads it with a dynamic import() when the month view is
 * shown (or about to be): a page that only lists events never downloads it.
 */

/** What the month view reads from the widget, and how it changes what the widget shows. */
export interface MonthViewHost {
  locale: string;
  zone: string;
  /** Today, `YYYY-MM-DD` in the zone. */
  today: string;
  /** The month shown, `YYYY-MM`. */
  month: string;
  focusedDay?: string;
  selectedDay?: string;
  goToMonth(month: string, focusDay?: string): void;
  /** Shows a day's events (and moves the grid to its month). */
  selectDay(day: string): void;
  /** Moves the grid's focus to a day (and the grid to its month). */
  moveFocus(day: string): void;
  /** Records which day has the focus (the person tabbed or clicked into the grid). */
  noteFocus(day: string): void;
  renderEvent(event: CalendarEvent): TemplateResult;
}

export function renderMonthView(view: MonthViewHost, filtered: CalendarEvent[]): TemplateResult {
  const month = view.month;
  const firstDay = firstDayOfWeek(intlLocale(view.locale));
  const weeks = monthWeeks(month, firstDay);
  const from = weeks[0][0];
  const to = weeks[weeks.length - 1][6];
  const byDay = eventsByDay(filtered, view.zone, from, to);
  const today = view.today;
  const focused = view.focusedDay && monthOfDay(view.focusedDay) === month ? view.focusedDay : monthOfDay(today) === month ? today : `${month}-01`;
  const title = formatMonthTitle(month, view.locale);
  const selected = view.selectedDay;
  return html`<div class="month" part="month">
    <div class="month-nav">
      <button type="button" class="og-button secondary nav prev" part="button" aria-label=${msg('Previous month', { id: 'calendar.prev-month' })} @click=${() => view.goToMonth(shiftMonth(month, -1))}>
        <span class="arrow" aria-hidden="true">‹</span>
      </button>
      <h3 id="month-title" aria-live="polite">${title}</h3>
      <button type="button" class="og-button secondary nav next" part="button" aria-label=${msg('Next month', { id: 'calendar.next-month' })} @click=${() => view.goToMonth(shiftMonth(month, 1))}>
        <span class="arrow" aria-hidden="true">›</span>
      </button>
      <button type="button" class="og-button secondary" part="button" @click=${() => view.goToMonth(monthOfDay(today), today)}>${msg('Today', { id: 'calendar.today' })}</button>
    </div>
    <p class="muted grid-help" id="grid-help">${msg('Use the arrow keys to move between days, Page Up and Page Down to change month, Enter to show a day.', { id: 'calendar.grid-help' })}</p>
    <div class="grid-wrap">
      <table role="grid" class="grid" part="grid" aria-labelledby="month-title" aria-describedby="grid-help" @keydown=${(event: KeyboardEvent) => onGridKey(view, event, firstDay)}>
        <thead>
          <tr>
            ${weeks[0].map(
              (d) => html`<th scope="col" role="columnheader">
                <span class="wd-short" aria-hidden="true">${weekdayName(d, view.locale, 'short')}</span
                ><span class="wd-narrow" aria-hidden="true">${weekdayName(d, view.locale, 'narrow')}</span
                ><span class="visually-hidden">${weekdayName(d, view.locale, 'long')}</span>
              </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) => html`<tr>
              ${week.map((day) => renderDayCell(view, day, month, byDay.get(day) ?? [], day === focused, day === today, day === selected))}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${selected ? renderDayPanel(view, selected, byDay.get(selected) ?? filtered.filter((e) => eventsByDay([e], view.zone, selected, selected).size)) : nothing}
  </div>`;
}

function renderDayCell(view: MonthViewHost, day: string, month: string, events: CalendarEvent[], focused: boolean, today: boolean, selected: boolean): TemplateResult {
  const outside = monthOfDay(day) !== month;
  const count = events.length;
  const label =
    count === 0
      ? formatLongDay(day, view.locale)
      : count === 1
        ? msg(str`${formatLongDay(day, view.locale)}: 1 event`, { id: 'calendar.day-label-one' })
        : msg(str`${formatLongDay(day, view.locale)}: ${formatNumber(count, view.locale)} events`, { id: 'calendar.day-label' });
  return html`<td
    role="gridcell"
    part="day"
    class="day ${outside ? 'outside' : ''} ${today ? 'today' : ''} ${count ? 'has-events' : ''}"
    data-day=${day}
    tabindex=${focused ? '0' : '-1'}
    aria-selected=${selected ? 'true' : 'false'}
    aria-current=${today ? 'date' : nothing}
    @click=${() => view.selectDay(day)}
    @focus=${() => view.noteFocus(day)}
  >
    <span class="visually-hidden">${label}</span>
    <span class="day-number" aria-hidden="true">${formatDayNumber(day, view.locale)}</span>
    ${count
      ? html`<ul class="day-events" aria-hidden="true">
          ${events.slice(0, 2).map((e) => html`<li class="chip ${e.status}">${e.status === 'cancelled' || e.status === 'postponed' ? '⚠ ' : ''}${resolveText(e.title, view.locale).text}</li>`)}
          ${count > 2 ? html`<li class="chip more-chip">+${formatNumber(count - 2, view.locale)}</li>` : nothing}
        </ul>`
      : nothing}
  </td>`;
}

function renderDayPanel(view: MonthViewHost, day: string, events: CalendarEvent[]): TemplateResult {
  return html`<section class="day-panel" part="day-panel" aria-labelledby="day-title">
    <h3 id="day-title">${msg(str`Events on ${formatLongDay(day, view.locale)}`, { id: 'calendar.day-title' })}</h3>
    ${events.length
      ? html`<ol class="list" part="list">${repeat(events, (e) => e.key, (e) => view.renderEvent(e))}</ol>`
      : html`<p class="muted">${msg('No event on this day.', { id: 'calendar.day-empty' })}</p>`}
  </section>`;
}

function onGridKey(view: MonthViewHost, event: KeyboardEvent, firstDay: number): void {
  const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-day]');
  if (!cell) return;
  const day = cell.dataset.day!;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    view.selectDay(day);
    return;
  }
  const next = moveDay(day, event.key, { firstDay, rtl: directionOf(view.locale) === 'rtl', shift: event.shiftKey });
  if (!next) return;
  event.preventDefault();
  view.moveFocus(next);
}
