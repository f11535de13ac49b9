/**
 * What shows instead of the form: no address to send to, or a consultation not open yet or
 * already closed (proposal.ts windowState says which).
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { failureMessage } from '../core/state-views.js';
import { formatDateTime } from '../core/format.js';
import type { WindowState } from './proposal.js';

export function renderNoSource(): TemplateResult {
  return html`<div class="state-box error" part="error" role="alert"><p>${failureMessage('no-source')}</p></div>`;
}

/** The consultation is not open: when it opens, or when it closed. */
export function renderWindowNotice(win: Exclude<WindowState, { phase: 'open' }>, locale: string, timeZone?: string): TemplateResult {
  if (win.phase === 'upcoming') {
    return html`<div class="state-box closed" part="notice closed" role="status">
      <p>${msg(str`Proposals can be sent from ${formatDateTime(win.opens, locale, timeZone)}.`, { id: 'proposals.window.upcoming' })}</p>
    </div>`;
  }
  return html`<div class="state-box closed" part="notice closed" role="status">
    <p>
      ${win.closes
        ? msg(str`Proposals closed on ${formatDateTime(win.closes, locale, timeZone)}. Thank you to everyone who took part.`, { id: 'proposals.window.closed-on' })
        : msg('Proposals are closed. Thank you to everyone who took part.', { id: 'proposals.window.closed' })}
    </p>
  </div>`;
}
