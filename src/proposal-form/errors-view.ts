/**
 * What went wrong, at the top of the form: the "there is a problem" summary linking to each
 * field, and the "not sent yet" box after a failed attempt (what is kept, when to send again).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { failureMessage } from '../core/state-views.js';
import { formatSeconds, formatTime } from '../core/format.js';
import type { SendController, SendFailure } from '../core/send-controller.js';
import type { FieldName } from './schema.js';
import type { FormContext } from './form-context.js';
import { problemText } from './fields-view.js';

/** A summary link moves focus to its control (a plain jump to `#f-…` would not focus it in a shadow root). */
function focusField(event: Event): void {
  event.preventDefault();
  const link = event.currentTarget as HTMLAnchorElement;
  const control = (link.getRootNode() as ParentNode).querySelector<HTMLElement>(link.getAttribute('href')!);
  control?.scrollIntoView?.({ block: 'center' });
  control?.focus();
}

/** Every problem of the shown `fields` in their order, then what the server said about anything else. */
export function renderErrorSummary(ctx: FormContext, fields: readonly FieldName[]): TemplateResult | typeof nothing {
  const items: { field?: string; text: TemplateResult | string | typeof nothing }[] = [];
  for (const field of fields) {
    const server = ctx.serverErrors[field];
    const problem = ctx.problems[field];
    if (problem) items.push({ field, text: problemText(field, problem, ctx.locale) });
    else if (server) items.push({ field, text: ctx.text(server) });
  }
  for (const [field, message] of Object.entries(ctx.serverErrors)) {
    if (!(fields as readonly string[]).includes(field)) items.push({ text: ctx.text(message) });
  }
  if (!items.length) return nothing;
  return html`<div class="error-summary" part="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${msg('There is a problem', { id: 'proposals.summary.title' })}</h3>
    <ul>
      ${items.map((item) => (item.field ? html`<li><a href=${`#f-${item.field}`} @click=${focusField}>${item.text}</a></li>` : html`<li>${item.text}</li>`))}
    </ul>
  </div>`;
}

function failureText(ctx: FormContext, failure: SendFailure): string {
  switch (failure.reason) {
    case 'offline':
      return msg('You seem to be offline. Send it again once you are connected.', { id: 'proposals.failure.offline' });
    case 'timeout':
      return msg('The server took too long to answer. Send it again: if it did arrive, it will not be counted twice.', { id: 'proposals.failure.timeout' });
    case 'server':
    case 'rate-limited':
    case 'network':
      return msg('The server could not take your proposal right now. Try again in a moment.', { id: 'proposals.failure.server' });
    case 'no-source':
      return msg('This form has no valid address to send proposals to. Please tell the site’s webmaster.', { id: 'proposals.failure.no-target' });
    case 'http':
      if (failure.status === 400 || failure.status === 422) {
        return Object.keys(ctx.serverErrors).length
          ? msg('The server found problems in the proposal: see the messages beside the fields.', { id: 'proposals.failure.fields' })
          : msg(str`The server refused the proposal (code ${failure.status}). Check it, then try again.`, { id: 'proposals.failure.refused' });
      }
      return failureMessage(failure.reason, failure.status);
    default:
      return failureMessage(failure.reason, failure.status);
  }
}

/**
 * The last attempt's failure (none while sending). `blocked`: the server's Retry-After still runs
 * (read once per render by the caller, so that this box and the disabled button agree).
 */
export function renderFailure(ctx: FormContext, sender: SendController, blocked: boolean): TemplateResult | typeof nothing {
  const failure = sender.failure;
  if (!failure || sender.sending) return nothing;
  return html`<div class="state-box error failure" part="failure" id="failure" tabindex="-1" role="alert">
    <p><strong>${msg('Your proposal has not been sent yet. What you wrote is kept.', { id: 'proposals.failure.title' })}</strong></p>
    <p>${failureText(ctx, failure)}</p>
    ${failure.retryAt
      ? html`<p id="retry-at">
          ${!blocked
            ? msg('You can send it again now.', { id: 'proposals.failure.retry-ready' })
            : failure.waitSeconds !== undefined && failure.waitSeconds <= 90
              ? msg(str`The server asks to wait ${formatSeconds(failure.waitSeconds, ctx.locale)}: the button will work again by itself.`, { id: 'proposals.failure.retry-in' })
              : msg(str`The server asks to wait: you can send it again from ${formatTime(new Date(failure.retryAt), ctx.locale, ctx.timeZone)}.`, { id: 'proposals.failure.retry-at' })}
        </p>`
      : nothing}
  </div>`;
}
