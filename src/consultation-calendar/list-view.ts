import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../core/format.js';
import type { CalendarEvent } from './schema.js';
import { splitByTime } from './filter.js';
import { renderEvent } from './event-view.js';
import type { CalendarContext } from './calendar-context.js';

/** The list view: upcoming events soonest first, then past ones, each section with its "show more". */
export function renderList(ctx: CalendarContext, filtered: CalendarEvent[]): TemplateResult {
  if (!filtered.length) return renderNoMatch(ctx);
  const { upcoming, past } = splitByTime(filtered, ctx.now);
  const section = (id: string, title: string, list: CalendarEvent[], shown: number, more: () => void) =>
    list.length
      ? html`<section class="section" aria-labelledby=${id}>
          <h3 id=${id}>${title}</h3>
          <ol class="list" part="list">
            ${repeat(list.slice(0, shown), (e) => e.key, (e) => renderEvent(ctx, e))}
          </ol>
          ${list.length > shown
            ? html`<button class="og-button secondary more" part="button" type="button" @click=${more}>
                ${msg(str`Show more (${formatNumber(list.length - shown, ctx.locale)} left)`, { id: 'calendar.show-more' })}
              </button>`
            : nothing}
        </section>`
      : nothing;
  return html`${section('upcoming-title', msg('Upcoming', { id: 'calendar.when.upcoming' }), upcoming, ctx.shownUpcoming, ctx.moreUpcoming)}
  ${section('past-title', msg('Past', { id: 'calendar.when.past' }), past, ctx.shownPast, ctx.morePast)}`;
}

function renderNoMatch(ctx: CalendarContext): TemplateResult {
  return html`<div class="state-box" part="empty">
    <p>${msg('No event matches these filters.', { id: 'calendar.no-match' })}</p>
    <button class="og-button secondary" part="button" type="button" @click=${ctx.clearFilters}>${msg('Clear filters', { id: 'calendar.clear-filters' })}</button>
  </div>`;
}
