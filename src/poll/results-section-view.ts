/**
 * The results section around the figures (results-view.ts): why they are not shown yet, why
 * they cannot be, while they load, and the figures with their heading, base, table switch and
 * download.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderError, renderSkeleton, renderUpdated } from '../core/state-views.js';
import type { WindowState } from '../core/time-window.js';
import { ResultsRefused, type Poll } from './schema.js';
import { resultRows } from './tally.js';
import { baseText, renderBars, renderTable } from './results-view.js';
import type { PollContext } from './poll-context.js';

export function renderResults(ctx: PollContext, poll: Poll, phase: WindowState['phase']): TemplateResult | typeof nothing {
  const hidden = (text: string) => html`<p class="muted" part="notice results-hidden">${text}</p>`;
  if (!ctx.resultsShown) {
    if (phase === 'upcoming') return nothing;
    switch (poll.showResults) {
      case 'never':
        return hidden(msg('The results of this poll are not published here.', { id: 'poll.results.never' }));
      case 'after-close':
        return hidden(msg('The results will be shown when voting closes.', { id: 'poll.results.after-close' }));
      default:
        return ctx.voting ? hidden(msg('The results are shown once you have voted.', { id: 'poll.results.after-vote' })) : nothing;
    }
  }
  const heading = msg('Results', { id: 'poll.results.title' });
  const error = ctx.resultsError;
  if (error) {
    return html`<section class="results" part="results" aria-label=${heading}>
      <h3>${heading}</h3>
      ${error instanceof ResultsRefused
        ? html`<div class="state-box error" part="error" role="alert"><p>${refusedText(error)}</p></div>`
        : renderError(error, ctx.retryResults, { locale: ctx.locale })}
    </section>`;
  }
  const tally = ctx.tally;
  if (!tally) return html`<section class="results" part="results" aria-label=${heading} aria-busy="true"><h3>${heading}</h3>${renderSkeleton(1)}</section>`;
  const rows = resultRows(poll, tally);
  const base = baseText(ctx, tally, rows);
  return html`<section class="results" part="results" aria-labelledby="results-heading">
    <h3 id="results-heading">${heading}</h3>
    <p class="base" id="results-base">${base}</p>
    ${tally.respondents === 0
      ? html`<p class="muted">${msg('No responses yet.', { id: 'poll.results.none' })}</p>`
      : ctx.asTable
        ? renderTable(ctx, tally, rows, html`${ctx.text(poll.question)} — ${base}`)
        : renderBars(ctx, tally, rows)}
    ${renderUpdated(tally.updated, ctx.locale, ctx.timeZone)}
    <div class="actions no-print">
      <button class="og-button secondary" part="button" type="button" aria-pressed=${ctx.asTable ? 'true' : 'false'} @click=${ctx.toggleTable}>
        ${msg('Show as a table', { id: 'poll.results.as-table' })}
      </button>
      <button class="og-button secondary" part="button" type="button" data-download @click=${ctx.download}>
        ${msg('Download the results (CSV)', { id: 'poll.results.download' })}
      </button>
    </div>
  </section>`;
}

/** Why figures that add up to the impossible are not shown. */
export function refusedText(error: ResultsRefused): string {
  return error.problem === 'over-respondents'
    ? msg('These results cannot be shown: with one answer per person, the answers add up to more than the people who responded.', { id: 'poll.results.refused-over' })
    : msg('These results cannot be shown: an answer was counted more times than there were people responding.', { id: 'poll.results.refused-count' });
}
