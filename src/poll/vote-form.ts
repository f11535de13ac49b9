import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { failureMessage } from '../core/state-views.js';
import { formatNumber, formatSeconds, formatTime } from '../core/format.js';
import type { SendController, SendFailure } from '../core/send-controller.js';
import type { SpamCheck } from '../core/spam-check.js';
import type { Poll } from './schema.js';
import type { ResultsContext } from './results-view.js';

/** What the voting form reads from and calls on its element. */
export interface VoteFormHost {
  readonly locale: string;
  timeZone?: string;
  chosen: string[];
  otherChosen: boolean;
  otherText: string;
  limitMessage: string;
  spamNotice: boolean;
  readonly sender: SendController;
  readonly spam: SpamCheck;
  /**
   * Picks or unpicks the answer clicked: one listener on the answers' box, made once, which
   * reads the input's `value` (a choice's id), or its element id `other` for the built-in
   * free-text answer (a choice may be called `other` too: its element id is `c-other`).
   */
  readonly onPick: (event: Event) => void;
  /** Typing in the "other" text box (made once). */
  readonly onOther: (event: Event) => void;
  readonly onSubmit: (event: Event) => void;
}

/** How many are chosen, against the limit ("1 of 2 chosen"). */
function chosenText(host: VoteFormHost, poll: Poll): string {
  const n = host.chosen.length + (host.otherChosen ? 1 : 0);
  return msg(str`${formatNumber(n, host.locale)} of ${formatNumber(poll.maxChoices, host.locale)} chosen.`, { id: 'poll.limit.count' });
}

/**
 * The question's answers as native radio buttons (one answer) or checkboxes (several): past
 * the limit a tick is refused — by pointer and by keyboard alike, since both click — and the
 * limit is said in a live region; the hint and the count are tied to the group. No listener
 * an answer: the answers' box has one (`onPick`), and every listener is the host's, made once.
 */
export function renderVoteForm(host: VoteFormHost, poll: Poll, ctx: ResultsContext): TemplateResult {
  const single = poll.maxChoices === 1;
  const type = single ? 'radio' : 'checkbox';
  const sending = host.sender.sending;
  const blocked = host.sender.blocked;
  const hint = single
    ? msg('Choose one answer.', { id: 'poll.limit.one' })
    : msg(str`Choose up to ${formatNumber(poll.maxChoices, host.locale)} answers.`, { id: 'poll.limit.up-to' });
  const otherMax = poll.other?.maxLength ?? 0;
  return html`<form part="form" novalidate @submit=${host.onSubmit}>
    <fieldset aria-describedby="limit-hint limit-status">
      <legend class="visually-hidden">${ctx.plain(poll.question)}</legend>
      <p class="hint" id="limit-hint" part="limit">${hint}</p>
      <div class="choices" @click=${host.onPick}>
        ${poll.choices.map(
          (choice) => html`<div class="choice" part="choice">
            <input
              id=${`c-${choice.id}`}
              type=${type}
              name="choice"
              value=${choice.id}
              .checked=${live(host.chosen.includes(choice.id))}
            />
            <label for=${`c-${choice.id}`}>${ctx.text(choice.label)}</label>
          </div>`,
        )}
        ${poll.other
          ? // Element id `other`, which no choice's `c-${id}` can be; in the choices' radio group (name).
            html`<div class="choice other" part="choice">
              <input id="other" type=${type} name="choice" .checked=${live(host.otherChosen)} />
              <label for="other">${poll.other.label ? ctx.text(poll.other.label) : msg('Other', { id: 'poll.other' })}</label>
              <input
                id="other-text"
                name="other"
                type="text"
                dir="auto"
                maxlength=${otherMax}
                aria-label=${msg('Your other answer', { id: 'poll.other.text' })}
                .value=${live(host.otherText)}
                @input=${host.onOther}
              />
            </div>`
          : nothing}
      </div>
      ${single ? nothing : html`<p class="muted count" part="limit">${chosenText(host, poll)}</p>`}
      <p class="limit-status" id="limit-status" part="notice limit" tabindex="-1" role="status" aria-live="polite">${host.limitMessage}</p>
    </fieldset>
    ${host.spamNotice
      ? html`<p class="notice" part="notice" id="spam-notice" tabindex="-1" role="status">
          ${msg('Please check your answers, then send your vote again.', { id: 'poll.spam-notice' })}
        </p>`
      : nothing}
    ${host.spam.render()}
    <div class="actions">
      <button class="og-button" part="button vote" type="submit" ?disabled=${sending || blocked} aria-describedby=${blocked ? 'retry-at' : nothing}>
        ${sending
          ? msg('Sending…', { id: 'poll.sending' })
          : host.sender.failure
            ? msg('Send my vote again', { id: 'poll.send-again' })
            : msg('Vote', { id: 'poll.vote' })}
      </button>
    </div>
    <p class="visually-hidden" role="status" aria-live="polite">${sending ? msg('Sending…', { id: 'poll.sending' }) : ''}</p>
  </form>`;
}

function failureText(failure: SendFailure): string {
  switch (failure.reason) {
    case 'offline':
      return msg('You seem to be offline. Send it again once you are connected.', { id: 'poll.failure.offline' });
    case 'timeout':
      return msg('The server took too long to answer. Send it again: if it did arrive, it will not be counted twice.', { id: 'poll.failure.timeout' });
    case 'server':
    case 'rate-limited':
    case 'network':
      return msg('The server could not take your vote right now. Try again in a moment.', { id: 'poll.failure.server' });
    case 'invalid':
      return msg('The server’s answer could not be read. Send it again: if your vote did arrive, it will not be counted twice.', { id: 'poll.failure.invalid' });
    case 'http':
      if (failure.status === 422) return msg('The server says this poll is closed or does not accept these answers: your vote was not counted.', { id: 'poll.failure.refused' });
      return failureMessage(failure.reason, failure.status);
    default:
      return failureMessage(failure.reason, failure.status);
  }
}

/** "Not received yet", why, and when it may be sent again (a server's Retry-After). */
export function renderVoteFailure(host: VoteFormHost): TemplateResult | typeof nothing {
  const failure = host.sender.failure;
  if (!failure || host.sender.sending) return nothing;
  const blocked = host.sender.blocked;
  return html`<div class="state-box error failure" part="failure" id="failure" tabindex="-1" role="alert">
    <p><strong>${msg('Your vote has not been received yet. Your answers are kept.', { id: 'poll.failure.title' })}</strong></p>
    <p>${failureText(failure)}</p>
    ${failure.retryAt
      ? html`<p id="retry-at">
          ${!blocked
            ? msg('You can send it again now.', { id: 'poll.failure.retry-ready' })
            : failure.waitSeconds !== undefined && failure.waitSeconds <= 90
              ? msg(str`The server asks to wait ${formatSeconds(failure.waitSeconds, host.locale)}: the button will work again by itself.`, { id: 'poll.failure.retry-in' })
              : msg(str`The server asks to wait: you can send it again from ${formatTime(new Date(failure.retryAt), host.locale, host.timeZone)}.`, { id: 'poll.failure.retry-at' })}
        </p>`
      : nothing}
  </div>`;
}
