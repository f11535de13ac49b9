import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { LoadError, type FailureReason } from './loader.js';
import { formatDateTime, formatNumber, formatSeconds } from './format.js';
import type { SourceNotice } from './data-source.js';

/**
 * The views every widget shows for its states, so that all five fail and recover the same
 * way: skeleton while loading, empty, error with a plain reason and a retry, and the notices
 * for partial data and offline copies.
 */

/** A skeleton shaped like a list of cards, with a text status for screen readers. */
export function renderSkeleton(cards = 3): TemplateResult {
  return html`<div class="skeleton" part="skeleton" aria-busy="true">
    <p class="visually-hidden" role="status">${msg('Loading…', { id: 'core.loading' })}</p>
    <div class="bone short"></div>
    ${Array.from({ length: cards }, () => html`<div class="bone card"></div>`)}
  </div>`;
}

/** The plain-language reason for a failure. */
export function failureMessage(reason: FailureReason | string, status?: number): string {
  switch (reason) {
    case 'offline':
      return msg('You seem to be offline. Check your connection, then try again.', { id: 'core.error.offline' });
    case 'timeout':
      return msg('The server took too long to answer.', { id: 'core.error.timeout' });
    case 'server':
      return msg('The server had a problem. It may work again in a moment.', { id: 'core.error.server' });
    case 'not-found':
      return msg('The data was not found at the configured address.', { id: 'core.error.not-found' });
    case 'rate-limited':
      return msg('The server is busy. Please wait a moment, then try again.', { id: 'core.error.rate-limited' });
    case 'invalid':
      return msg('The data received is not valid, so it cannot be shown.', { id: 'core.error.invalid' });
    case 'too-large':
      return msg('The data is too large to be shown on this page.', { id: 'core.error.too-large' });
    case 'no-source':
      return msg('No data source is set for this widget (attribute api or src).', { id: 'core.error.no-source' });
    case 'not-data':
      return msg('The address answered with a web page, not data (the platform may be under maintenance, or the address is not its API).', { id: 'core.error.not-data' });
    case 'query-refused':
      return msg('The platform refused the request for this data. Its version may not be supported.', { id: 'core.error.query-refused' });
    case 'no-component':
      return msg('This part of the platform was not found: it may be private, unpublished or deleted. Check its number.', { id: 'core.error.no-component' });
    case 'wrong-component':
      return msg('This part of the platform holds another kind of content than this widget shows. Check its number.', { id: 'core.error.wrong-component' });
    case 'missing-column':
      return msg('The data package names a column its data file does not have.', { id: 'core.error.missing-column' });
    case 'http':
      return msg(str`The server refused the request (code ${status ?? '?'}).`, { id: 'core.error.http' });
    default:
      return msg('The server could not be reached.', { id: 'core.error.network' });
  }
}

export function reasonOf(error: unknown): { reason: FailureReason; status?: number } {
  if (error instanceof LoadError) return { reason: error.reason, status: error.status };
  return { reason: 'invalid' };
}

/**
 * Error state: what happened, in plain words, and a retry button. `waitSeconds` (a server's
 * Retry-After still running) says how long to wait and keeps the button off until then.
 */
export function renderError(error: unknown, retry: () => void, opts: { locale: string; waitSeconds?: number }): TemplateResult {
  const { reason, status } = reasonOf(error);
  const wait = opts.waitSeconds ?? 0;
  return html`<div class="state-box error" part="error" role="alert">
    <p><strong>${msg('The information could not be loaded.', { id: 'core.error.title' })}</strong></p>
    <p>
      ${wait > 0
        ? msg(str`The server is busy. Please try again in ${formatSeconds(wait, opts.locale)}.`, { id: 'core.error.rate-limited-wait' })
        : failureMessage(reason, status)}
    </p>
    <button class="og-button" part="button retry" type="button" ?disabled=${wait > 0} @click=${retry}>${msg('Try again', { id: 'core.retry' })}</button>
  </div>`;
}

export function renderEmpty(message: string): TemplateResult {
  return html`<div class="state-box" part="empty" role="status"><p>${message}</p></div>`;
}

/** What a source adapter noticed, in the page's language. */
export function sourceNoticeText(notice: SourceNotice, locale: string): string {
  switch (notice.kind) {
    case 'truncated':
      return msg(str`Only the first ${formatNumber(notice.shown, locale)} items are shown: the source holds more.`, { id: 'core.notice.truncated' });
    case 'partial':
      return msg('The source reported errors: some information may be missing.', { id: 'core.notice.partial' });
    case 'missing-fields':
      return msg(str`This platform's version does not provide some information (${notice.fields.join(', ')}): it is not shown.`, { id: 'core.notice.missing-fields' });
  }
}

/** Partial data and offline-copy notices, shown above the content. */
export function renderNotices(opts: { skipped: number; offlineSince?: string; notices?: SourceNotice[]; locale: string; timeZone?: string }): TemplateResult | typeof nothing {
  const { skipped, offlineSince, locale } = opts;
  const notices = opts.notices ?? [];
  if (!skipped && !offlineSince && !notices.length) return nothing;
  return html`${offlineSince
    ? html`<p class="notice offline" part="notice offline" role="status">
        ${msg(str`Offline — data as of ${formatDateTime(offlineSince, locale, opts.timeZone)}.`, { id: 'core.offline' })}
      </p>`
    : nothing}
  ${skipped
    ? html`<p class="notice" part="notice partial" role="status">
        ${msg(str`Items not shown because their data is not valid: ${skipped}.`, { id: 'core.partial' })}
      </p>`
    : nothing}
  ${notices.map((notice) => html`<p class="notice" part="notice source" role="status" data-notice=${notice.kind}>${sourceNoticeText(notice, locale)}</p>`)}`;
}

/** "Last updated …" under a widget's title. */
export function renderUpdated(updatedAt: string | undefined, locale: string, timeZone?: string): TemplateResult | typeof nothing {
  if (!updatedAt) return nothing;
  return html`<p class="muted updated" part="updated">
    ${msg(str`Last updated: ${formatDateTime(updatedAt, locale, timeZone)}`, { id: 'core.updated' })}
  </p>`;
}
