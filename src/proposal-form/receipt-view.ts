/**
 * After sending: the receipt with the reference (copy, print, follow it, send another), or,
 * for a `mailto:` action, what to do once the mail app has opened.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { safeUrl } from '../core/safe-url.js';
import type { Receipt } from './schema.js';

// A module-level function, so the button's listener is the same at every render (lit calls a
// listener with the element as `this`, which `window.print` itself would refuse).
const print = () => window.print();

/**
 * The receipt of a proposal the server took. `copyMessage`: what the last copy did; `outcomesUrl`:
 * the page showing `<og-proposal-outcomes>`; the handlers are the element's own, the same at each render.
 */
export function renderReceipt(
  receipt: Receipt,
  copyMessage: string,
  outcomesUrl: string | undefined,
  copy: () => void,
  startOver: () => void,
): TemplateResult {
  const track = safeUrl(receipt.trackUrl);
  const outcomes = outcomesUrl ? safeUrl(outcomesUrl, document.baseURI) : undefined;
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
    <h2 id="receipt-heading" tabindex="-1">${msg('Thank you: your proposal was received.', { id: 'proposals.receipt.title' })}</h2>
    ${receipt.reference
      ? html`<p>${msg('Your reference — keep it to follow what becomes of your proposal:', { id: 'proposals.receipt.reference' })}</p>
          <p class="reference" part="reference"><span id="reference" dir="ltr">${receipt.reference}</span></p>
          <div class="actions no-print">
            <button class="og-button secondary" part="button" type="button" @click=${copy}>${msg('Copy the reference', { id: 'proposals.receipt.copy' })}</button>
            <button class="og-button secondary" part="button" type="button" @click=${print}>${msg('Print this receipt', { id: 'proposals.receipt.print' })}</button>
          </div>
          <p class="muted" role="status">${copyMessage}</p>`
      : html`<p>${msg('The server did not give a reference number.', { id: 'proposals.receipt.no-reference' })}</p>`}
    ${track ? html`<p><a href=${track} target="_blank" rel="noopener">${msg('Follow your proposal', { id: 'proposals.receipt.track' })}</a></p>` : nothing}
    ${outcomes && receipt.reference
      ? html`<p><a class="outcome-link" href=${`${outcomes.split('#')[0]}#og-proposal=${encodeURIComponent(receipt.reference)}`}>${msg('See what becomes of it', { id: 'proposals.receipt.outcome' })}</a></p>`
      : nothing}
    <p class="muted">${msg('Every proposal is reviewed, and what becomes of it is published, with the reasons when it is not kept.', { id: 'proposals.receipt.next' })}</p>
    <div class="actions no-print">
      <button class="og-button" part="button" type="button" @click=${startOver}>${msg('Send another proposal', { id: 'proposals.receipt.another' })}</button>
    </div>
  </section>`;
}

/** Copies the reference, or selects it where the clipboard cannot be written; says which happened. */
export async function copyReference(reference: string, root: ParentNode): Promise<string> {
  let copied = false;
  try {
    await navigator.clipboard.writeText(reference);
    copied = true;
  } catch {
    // No clipboard API or no permission: select it, and try the older copy command.
    const node = root.querySelector('#reference');
    const selection = window.getSelection();
    if (node && selection) {
      selection.selectAllChildren(node);
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
  }
  return copied
    ? msg('Reference copied.', { id: 'proposals.copied' })
    : msg('The reference is selected: copy it with your device’s copy command.', { id: 'proposals.copy-selected' });
}

/** The proposal went to the person's mail app: it stays here until they say they sent it. */
export function renderMailReceipt(link: string, mailSent: () => void, backToForm: () => void): TemplateResult {
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
    <h2 id="receipt-heading" tabindex="-1">${msg('Your mail app should now open with your proposal.', { id: 'proposals.mail.title' })}</h2>
    <p>${msg('Send the email to finish. Your proposal is kept here until you say it is sent.', { id: 'proposals.mail.body' })}</p>
    <div class="actions">
      <a class="og-button secondary" part="button" href=${link}>${msg('Open the email again', { id: 'proposals.mail.again' })}</a>
      <button class="og-button" part="button" type="button" @click=${mailSent}>${msg('I sent it: clear the form', { id: 'proposals.mail.sent' })}</button>
      <button class="og-button secondary" part="button" type="button" @click=${backToForm}>${msg('Back to my proposal', { id: 'proposals.mail.back' })}</button>
    </div>
  </section>`;
}
