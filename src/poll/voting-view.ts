/**
 * What the person is told about voting: when the window opens or closed, and the receipt of
 * their vote (sent just now, or remembered by this device).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime } from '../core/format.js';
import type { WindowState } from '../core/time-window.js';
import type { Voted } from './vote-record.js';
import type { PollContext } from './poll-context.js';

/** When voting opens, or closed; while it is open, until when (if the poll says). */
export function renderWindow(ctx: PollContext, win: WindowState): TemplateResult | typeof nothing {
  const when = (at: string) => formatDateTime(at, ctx.locale, ctx.timeZone);
  if (win.phase === 'upcoming') return html`<p class="notice" part="notice window" role="status">${msg(str`Voting opens on ${when(win.opens)}.`, { id: 'poll.window.upcoming' })}</p>`;
  if (win.phase === 'closed') {
    return html`<p class="notice" part="notice window" role="status">
      ${win.closes ? msg(str`Voting closed on ${when(win.closes)}.`, { id: 'poll.window.closed-on' }) : msg('Voting is closed.', { id: 'poll.window.closed' })}
    </p>`;
  }
  return win.closes ? html`<p class="muted">${msg(str`You can vote until ${when(win.closes)}.`, { id: 'poll.window.open-until' })}</p>` : nothing;
}

/** The receipt instead of the form: thanks (or "already counted", or "this device voted on …"), the reference, and in a kiosk the button for the next person. */
export function renderReceipt(ctx: PollContext, voted: Voted): TemplateResult {
  const title = voted.already
    ? msg('Your vote had already been counted.', { id: 'poll.receipt.already' })
    : voted.justNow
      ? msg('Thank you: your vote was received.', { id: 'poll.receipt.title' })
      : msg(str`This device already voted on ${formatDateTime(voted.at, ctx.locale, ctx.timeZone)}.`, { id: 'poll.receipt.earlier' });
  return html`<div class="receipt" part="receipt" role="status">
    <h3 id="receipt-heading" tabindex="-1">${title}</h3>
    ${voted.reference ? html`<p>${msg('Reference:', { id: 'poll.receipt.reference' })} <span class="reference" dir="ltr">${voted.reference}</span></p>` : nothing}
    ${ctx.kiosk
      ? html`<button class="og-button" part="button next" type="button" @click=${ctx.nextPerson}>${msg('Next person', { id: 'poll.kiosk.next' })}</button>`
      : html`<p class="muted">
          ${msg('This device remembers that it voted, as a courtesy so you are not asked again. It is not a guarantee: it is not who you are, and clearing the browser’s data forgets it.', { id: 'poll.receipt.courtesy' })}
        </p>`}
  </div>`;
}
