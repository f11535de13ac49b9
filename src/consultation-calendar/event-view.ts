import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../core/format.js';
import { resolveText } from '../core/localized-text.js';
import type { CalendarEvent } from './schema.js';
import { isUpcoming } from './filter.js';
import { registrationState } from './registration.js';
import { formatClock, formatEventRange, formatInstant, osmUrl, zoneLabel } from './display.js';
import { modeLabel, statusLabel } from './event-labels.js';
import type { CalendarContext } from './calendar-context.js';

/** One event's card (in the list and in the month view's day panel). */
export function renderEvent(ctx: CalendarContext, e: CalendarEvent): TemplateResult {
  const { locale, zone, viewer } = ctx;
  const when = formatEventRange(e, locale, zone, viewer ?? null);
  const range = when.text;
  const viewerRange = when.viewer?.text;
  const past = !isUpcoming(e, ctx.now);
  const alert = e.status === 'cancelled' || e.status === 'postponed';
  const domId = `e-${e.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const lat = e.location?.lat;
  const lon = e.location?.lon;
  const clock = (value: number | string) => (typeof value === 'number' ? formatClock(value, locale, zone) : value);
  return html`<li class="card status-${e.status} ${past ? 'past' : 'upcoming'}" part="card" aria-labelledby=${`${domId}-title`}>
    ${alert
      ? html`<p class="status-banner ${e.status}" part="status-banner">
          <span class="icon" aria-hidden="true">⚠</span>
          <strong>${e.status === 'cancelled' ? msg('Cancelled: this meeting will not take place.', { id: 'calendar.banner.cancelled' }) : msg('Postponed: a new date will be announced.', { id: 'calendar.banner.postponed' })}</strong>
        </p>`
      : nothing}
    <h4 class="title" id=${`${domId}-title`}>
      ${alert ? html`<span class="visually-hidden">${statusLabel(e.status)}: </span>` : nothing}<span class="title-text">${ctx.text(e.title)}</span>
    </h4>
    <p class="when">
      <time datetime=${new Date(e.start).toISOString()}>${range}</time>
      ${e.recurring ? html`<span class="badge" part="badge">${msg('Repeats', { id: 'calendar.recurring' })}</span>` : nothing}
    </p>
    ${viewerRange && viewerRange !== range
      ? html`<p class="viewer-time muted">${msg(str`Your time (${zoneLabel(viewer!, locale, e.start)}): ${viewerRange}`, { id: 'calendar.viewer-time' })}</p>`
      : nothing}
    <ul class="facts">
      ${e.mode ? html`<li><span class="badge mode-${e.mode}" part="badge">${modeLabel(e.mode)}</span></li>` : nothing}
      ${e.status === 'completed' ? html`<li><span class="badge" part="badge">${statusLabel('completed')}</span></li>` : nothing}
      ${e.theme ? html`<li><span class="label">${msg('Theme:', { id: 'calendar.theme-label' })}</span> ${ctx.text(e.theme)}</li>` : nothing}
      ${e.organizer ? html`<li><span class="label">${msg('Organizer:', { id: 'calendar.organizer-label' })}</span> ${ctx.text(e.organizer)}</li>` : nothing}
      ${e.location
        ? html`<li class="place">
            <span class="label">${msg('Place:', { id: 'calendar.place-label' })}</span>
            ${ctx.text(e.location.name)}${e.location.name && e.location.address ? ', ' : ''}${ctx.text(e.location.address)}
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
    ${renderRegistration(ctx, e)}
    ${e.description ? html`<p class="description">${ctx.text(e.description)}</p>` : nothing}
    ${e.agenda?.length
      ? html`<details class="agenda">
          <summary>${msg(str`Agenda (${formatNumber(e.agenda.length, locale)} items)`, { id: 'calendar.agenda' })}</summary>
          <ol>
            ${e.agenda.map(
              (a) => html`<li>
                ${a.start !== undefined ? html`<span class="agenda-time">${clock(a.start)}${a.end !== undefined ? html`–${clock(a.end)}` : nothing}</span>` : nothing}
                ${ctx.text(a.title)}
              </li>`,
            )}
          </ol>
        </details>`
      : nothing}
    ${past ? renderOutcome(ctx, e, domId) : nothing}
    <p class="actions">
      <button
        type="button"
        class="og-button secondary add"
        part="button"
        aria-describedby=${ctx.exportFailed === e.key ? `${domId}-export-error` : nothing}
        @pointerenter=${ctx.prefetchExport}
        @focus=${ctx.prefetchExport}
        @click=${() => ctx.download(e)}
      >
        ${msg('Add to my calendar', { id: 'calendar.add' })}<span class="visually-hidden">: ${resolveText(e.title, locale).text}</span>
      </button>
    </p>
    ${ctx.exportFailed === e.key
      ? html`<p class="export-error" id=${`${domId}-export-error`} role="alert">
          ${msg('The calendar file could not be prepared: the connection failed. Try again.', { id: 'calendar.export-failed' })}
        </p>`
      : nothing}
  </li>`;
}

/** Whether one can register, until when, how many places are left, and the link to do it. */
function renderRegistration(ctx: CalendarContext, e: CalendarEvent): TemplateResult | typeof nothing {
  const reg = e.registration;
  const st = registrationState(e, ctx.now);
  if (!reg || !st) return nothing;
  const { locale, zone } = ctx;
  const count =
    reg.registered !== undefined
      ? reg.capacity !== undefined
        ? msg(str`${formatNumber(reg.registered, locale)} registered for ${formatNumber(reg.capacity, locale)} places`, { id: 'calendar.registered-of' })
        : msg(str`${formatNumber(reg.registered, locale)} registered`, { id: 'calendar.registered' })
      : undefined;
  let text: string;
  switch (st.kind) {
    case 'not-open-yet':
      text = msg(str`Registration opens on ${formatInstant({ ms: st.opens, offset: reg.opensOffset }, locale, zone)}`, { id: 'calendar.reg.not-open' });
      break;
    case 'open':
      text = st.closes !== undefined ? msg(str`Registration open until ${formatInstant({ ms: st.closes, offset: reg.closes !== undefined ? reg.closesOffset : e.startOffset }, locale, zone)}`, { id: 'calendar.reg.open-until' }) : msg('Registration open', { id: 'calendar.reg.open' });
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
            ? html` · ${msg(str`${formatNumber(st.remaining, locale)} places left`, { id: 'calendar.places-left' })}`
            : nothing}
        </p>`
      : nothing}
    ${st.kind === 'open' && reg.url ? html`<p><a class="og-button" part="button" href=${reg.url} rel="noopener" target="_blank">${msg('Register', { id: 'calendar.register' })}</a></p>` : nothing}
  </div>`;
}

/** What came out of a past event: summary, participants (by gender when known), report. */
function renderOutcome(ctx: CalendarContext, e: CalendarEvent, domId: string): TemplateResult | typeof nothing {
  const o = e.outcome;
  if (!o) return nothing;
  const p = o.participants;
  const locale = ctx.locale;
  let participants: string | undefined;
  if (p?.total !== undefined && p.women !== undefined && p.men !== undefined)
    participants = msg(str`${formatNumber(p.total, locale)} participants: ${formatNumber(p.women, locale)} women, ${formatNumber(p.men, locale)} men`, { id: 'calendar.participants-gender' });
  else if (p?.total !== undefined) participants = msg(str`${formatNumber(p.total, locale)} participants`, { id: 'calendar.participants' });
  return html`<div class="outcome">
    <h5 id=${`${domId}-outcome`}>${msg('Outcome', { id: 'calendar.outcome' })}</h5>
    ${o.summary ? html`<p>${ctx.text(o.summary)}</p>` : nothing}
    ${participants ? html`<p class="participants">${participants}</p>` : nothing}
    ${o.reportUrl ? html`<p><a href=${o.reportUrl} rel="noopener" target="_blank">${msg('Read the report', { id: 'calendar.report' })}</a></p>` : nothing}
  </div>`;
}
