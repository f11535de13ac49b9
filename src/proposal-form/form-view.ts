/**
 * The form while the consultation is open: heading, what went wrong, notices (spam check,
 * settings not loaded, draft restored), the fields, the consent and the send button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime } from '../core/format.js';
import type { FormViewContext } from './form-context.js';
import { renderConsent, renderContactFields, renderProposalFields } from './fields-view.js';
import { renderErrorSummary, renderFailure } from './errors-view.js';

export function renderForm(ctx: FormViewContext): TemplateResult {
  const { sender, fields } = ctx;
  const blocked = sender.blocked;
  return html`<form part="form" novalidate @submit=${ctx.onSubmit} @focusout=${ctx.onBlur} aria-labelledby="form-heading">
    <header part="header">
      <h2 id="form-heading" tabindex="-1">${msg('Your proposal', { id: 'proposals.heading' })}</h2>
      <p class="muted">${msg('Fields marked “optional” can be left empty.', { id: 'proposals.intro' })}</p>
      ${ctx.closes ? html`<p class="muted">${msg(str`Open until ${formatDateTime(ctx.closes, ctx.locale, ctx.timeZone)}.`, { id: 'proposals.window.open-until' })}</p>` : nothing}
    </header>
    ${ctx.showSummary ? renderErrorSummary(ctx, fields) : nothing} ${renderFailure(ctx, sender, blocked)}
    ${ctx.spamNotice
      ? html`<p class="notice" part="notice" id="spam-notice" tabindex="-1" role="status">
          ${msg('Please take a moment to read your proposal again, then send it.', { id: 'proposals.spam-notice' })}
        </p>`
      : nothing}
    ${ctx.configFailed
      ? html`<p class="notice" part="notice">${msg('The form’s settings could not be loaded. You can still write and send your proposal.', { id: 'proposals.config-failed' })}</p>`
      : nothing}
    ${ctx.restoredFrom
      ? html`<div class="notice restored" part="notice restored" role="status">
          <p>${msg(str`Your draft from ${formatDateTime(ctx.restoredFrom, ctx.locale, ctx.timeZone)} was restored.`, { id: 'proposals.draft.restored' })}</p>
          <button class="og-button secondary small" part="button" type="button" @click=${ctx.discardDraft}>${msg('Discard draft', { id: 'proposals.draft.discard' })}</button>
        </div>`
      : nothing}

    ${renderProposalFields(ctx, fields.includes('theme'))}

    ${ctx.isMailto
      ? html`<p class="muted">${msg('Your proposal will be sent from your own mail app: the commune can answer you at your email address.', { id: 'proposals.mailto-hint' })}</p>`
      : renderContactFields(ctx)}

    ${ctx.spam.render()}

    ${renderConsent(ctx)}

    <div class="actions">
      <button class="og-button send" part="button submit" type="submit" ?disabled=${sender.sending || blocked} aria-describedby=${blocked ? 'retry-at' : nothing}>
        ${sender.sending
          ? msg('Sending…', { id: 'proposals.sending' })
          : sender.failure
            ? msg('Send again', { id: 'proposals.send-again' })
            : msg('Send my proposal', { id: 'proposals.send' })}
      </button>
      ${ctx.draftSaved && !ctx.isMailto
        ? html`<span class="muted saved">${msg('Draft saved on this device.', { id: 'proposals.draft.saved' })}</span>`
        : nothing}
    </div>
    <p class="visually-hidden" role="status" aria-live="polite">${sender.sending ? msg('Sending…', { id: 'proposals.sending' }) : ctx.liveMessage}</p>
  </form>`;
}
