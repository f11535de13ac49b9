import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { EVENT_MODES, type CalendarEvent } from './schema.js';
import { modeLabel } from './event-labels.js';
import type { CalendarContext } from './calendar-context.js';

/** The "List" / "Month" switch (`month`: the month view is shown); pointing at "Month" starts fetching it. */
export function renderViewSwitch(ctx: CalendarContext, month: boolean): TemplateResult {
  return html`<div class="view-switch" role="group" aria-label=${msg('View', { id: 'calendar.view' })}>
    <button type="button" class="og-button secondary" part="button" aria-pressed=${month ? 'false' : 'true'} @click=${ctx.showList}>
      ${msg('List', { id: 'calendar.view.list' })}
    </button>
    <button type="button" class="og-button secondary" part="button" aria-pressed=${month ? 'true' : 'false'}
      @pointerenter=${ctx.prefetchMonth}
      @focus=${ctx.prefetchMonth}
      @click=${ctx.showMonth}
    >
      ${msg('Month', { id: 'calendar.view.month' })}
    </button>
  </div>`;
}

/**
 * Search, theme, mode and time. A theme or mode select shows only when some event has one;
 * `themes` are the events' themes as shown (resolved text), sorted.
 */
export function renderFilters(ctx: CalendarContext, events: readonly CalendarEvent[], themes: string[]): TemplateResult {
  const { theme, mode, when } = ctx.filter;
  const modes = EVENT_MODES.filter((m) => events.some((e) => e.mode === m));
  return html`<div class="filters" part="filters" role="search">
    <label class="field search">
      <span>${msg('Search', { id: 'calendar.search' })}</span>
      <input type="search" name="q" .value=${ctx.filter.query} @input=${ctx.onFilter} />
    </label>
    ${themes.length
      ? html`<label class="field">
          <span>${msg('Theme', { id: 'calendar.filter-theme' })}</span>
          <select name="theme" @change=${ctx.onFilter}>
            <option value="" ?selected=${!theme}>${msg('All themes', { id: 'calendar.all-themes' })}</option>
            ${themes.map((t) => html`<option value=${t} ?selected=${t === theme}>${t}</option>`)}
          </select>
        </label>`
      : nothing}
    ${modes.length
      ? html`<label class="field">
          <span>${msg('How to take part', { id: 'calendar.filter-mode' })}</span>
          <select name="mode" @change=${ctx.onFilter}>
            <option value="" ?selected=${!mode}>${msg('All modes', { id: 'calendar.all-modes' })}</option>
            ${modes.map((m) => html`<option value=${m} ?selected=${m === mode}>${modeLabel(m)}</option>`)}
          </select>
        </label>`
      : nothing}
    <label class="field">
      <span>${msg('When', { id: 'calendar.filter-when' })}</span>
      <select name="when" @change=${ctx.onFilter}>
        <option value="all" ?selected=${when === 'all'}>${msg('Upcoming and past', { id: 'calendar.when.all' })}</option>
        <option value="upcoming" ?selected=${when === 'upcoming'}>${msg('Upcoming', { id: 'calendar.when.upcoming' })}</option>
        <option value="past" ?selected=${when === 'past'}>${msg('Past', { id: 'calendar.when.past' })}</option>
      </select>
    </label>
  </div>`;
}
