import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderUpdated } from '../core/state-views.js';
import type { CalendarData } from './schema.js';
import { zoneLabel } from './display.js';
import type { CalendarContext } from './calendar-context.js';

/** Title, last update, the zone times are shown in and, for an iCalendar feed, its address to subscribe. */
export function renderHeader(ctx: CalendarContext, data: CalendarData): TemplateResult {
  const feed = ctx.feed;
  return html`<div class="header" part="header">
    <h2>${msg('Consultations and public meetings', { id: 'calendar.title' })}</h2>
    ${renderUpdated(data.updatedAt, ctx.locale, ctx.zone)}
    <p class="muted zone-note">${msg(str`Times are shown in ${zoneLabel(ctx.zone, ctx.locale, ctx.now)} (${ctx.zone}).`, { id: 'calendar.zone-note' })}</p>
    ${feed
      ? html`<p class="subscribe">
          <a href=${feed} rel="noopener">${msg('Subscribe to this calendar', { id: 'calendar.subscribe' })}</a>
          <span class="muted">${msg('Copy this address into your calendar app to follow new meetings:', { id: 'calendar.subscribe-hint' })}</span>
          <code class="feed-url" dir="ltr">${feed}</code>
        </p>`
      : nothing}
  </div>`;
}
