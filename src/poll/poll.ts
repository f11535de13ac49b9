import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { OgElement } from '../core/og-element.js';
import { onConfigChange, resolveUrl, resourceUrl } from '../core/config.js';
import { loadDocument } from '../core/data-source.js';
import { isAbort, LoadError } from '../core/loader.js';
import { failureMessage, reasonOf, renderError, renderNotices, renderSkeleton, renderUpdated } from '../core/state-views.js';
import { formatDateTime, formatNumber, timeZone } from '../core/format.js';
import { downloadFile } from '../core/csv-file.js';
import { windowState } from '../core/time-window.js';
import { FocusAfterRender } from '../core/focus-after-render.js';
import { SendController, postJson } from '../core/send-controller.js';
import { KioskController } from '../core/kiosk.js';
import { SpamCheck } from '../core/spam-check.js';
import { RefreshController } from '../core/refresh.js';
import { themeStyles } from '../core/theme.js';
import { parsePoll, parseResults, readResults, ResultsRefused, voteProblem, parseVoteReceipt, type Poll, type PollResults, type VotePayload } from './schema.js';
import { resultRows, resultsVisible } from './tally.js';
import { baseText, renderBars, renderTable, resultsCsv, type ResultsContext } from './results-view.js';
import { renderVoteFailure, renderVoteForm, type VoteFormHost } from './vote-form.js';
import { pendingVotes, votedNotes } from './vote-record.js';
import { pollStyles } from './poll.styles.js';

/** `detail` of `og-vote`. */
export interface OgVoteDetail {
  reference?: string;
  choices: string[];
  other?: string;
}

type Phase = 'loading' | 'no-source' | 'error' | 'ready';

/**
 * A quick poll: one question, 2 to 20 answers (one, or up to `maxChoices`), an optional
 * "other" answer, a voting window, and results shown as bars and a table with counts,
 * percentages and their base, live while the poll is open. A published past poll (no vote
 * endpoint) shows its results only.
 *
 * Reads `{api}/polls/{poll}.json` (or `src`), votes to `POST {api}/polls/{poll}/votes` (or
 * `action`) and reads `{api}/polls/{poll}/results.json` (or `results`).
 *
 * @element og-poll
 * @attr state - `loading`, `ready`, `submitting`, `submitted` or `error` (set by the widget).
 * @attr window - `open`, `upcoming` or `closed`: the voting window (set by the widget).
 * @fires og-vote - The vote was received. `detail`: `{ reference, choices, other }`.
 * @fires og-load - The poll was read. `detail`: `{ data, skipped }`.
 * @fires og-error - Reading or voting failed. `detail`: `{ kind, status, reason, source: 'poll'|'results'|'vote' }`.
 * @csspart base - The widget's outer box.
 * @csspart header - Question, description and window.
 * @csspart form - The voting form.
 * @csspart choice - One answer (control and label).
 * @csspart limit - "Choose up to …" and how many are chosen.
 * @csspart notice - Window, already voted, spam-check and limit notices.
 * @csspart failure - The "not received yet" message after a failed attempt.
 * @csspart receipt - The thank-you with the reference.
 * @csspart results - The results section.
 * @csspart bars - The list of bars.
 * @csspart bar-row - One answer's bar with its figures.
 * @csspart bar - The coloured part of a bar.
 * @csspart figure - A count with its percentage.
 * @csspart table - The results table.
 * @csspart button - Every button.
 * @csspart skeleton - The placeholder while the poll loads.
 * @cssproperty --og-poll-bar-color - Colour of the bars (default: the primary colour).
 * @cssproperty --og-poll-kiosk-font-size - Text size in kiosk mode (default 1.25rem).
 */
export class OgPoll extends OgElement implements VoteFormHost {
  static override styles = [themeStyles, pollStyles];

  /** The poll's id: `{api}/polls/{poll}.json`. */
  @property() poll?: string;
  /** Base URL of the data set. */
  @property() api?: string;
  /** Full URL of the poll file; overrides `api` and `poll` for reading the poll. */
  @property() src?: string;
  /** Full URL of the results file; default `{api}/polls/{poll}/results.json`. */
  @property() results?: string;
  /** Where votes are sent; default `{api}/polls/{poll}/votes`. */
  @property() action?: string;
  /** Show the results only, never a vote button (a past poll published as a file). */
  @property({ type: Boolean, attribute: 'results-only', reflect: true }) resultsOnly = false;
  /** Sent with each vote so results can be split (e.g. `meeting` on the meeting's tablet, `online`). */
  @property() channel?: string;
  /** Seconds between refreshes of the results while the poll is open (0: never; default 20). */
  @property({ type: Number }) refresh = 20;
  /** Milliseconds before a request is given up. */
  @property({ type: Number }) timeout?: number;
  /** Several people vote in turn on one device: nothing remembered, reset for the next person. */
  @property({ type: Boolean, reflect: true }) kiosk = false;
  /** Kiosk mode: seconds without activity before the screen is cleared (default 60). */
  @property({ type: Number, attribute: 'idle-reset' }) idleReset = 60;
  /** Seconds a person needs at least between the poll appearing and voting (spam check; default 2). */
  @property({ type: Number, attribute: 'min-fill-time' }) minFillTime = 2;
  /** The current instant (ISO 8601) for the voting window; defaults to the real time. */
  @property() now?: string;

  @state() private phase: Phase = 'loading';
  @state() private data?: Poll;
  @state() private skipped = 0;
  @state() private offlineSince?: string;
  @state() private loadError?: unknown;
  @state() private tally?: PollResults;
  @state() private resultsError?: unknown;
  @state() private asTable = false;
  // The voting form's state, read by vote-form.ts (internal: not part of the element's API).
  /** @internal The answers chosen, by choice id (the "other" answer is `otherChosen` + `otherText`). */
  @state() chosen: string[] = [];
  /** @internal */
  @state() otherChosen = false;
  /** @internal */
  @state() otherText = '';
  /** @internal */
  @state() limitMessage = '';
  /** @internal */
  @state() spamNotice = false;
  @state() private voted?: { at: string; reference?: string; justNow: boolean; already?: boolean };
  @state() private liveMessage = '';

  /** @internal Sending with one Idempotency-Key per vote, honouring Retry-After (core). */
  readonly sender = new SendController(this, {
    autoRetries: 2,
    onRetryReady: () => (this.liveMessage = msg('You can send your vote again now.', { id: 'poll.retry-now' })),
  });
  /** @internal Honeypot and minimum time (core). */
  readonly spam = new SpamCheck(this);
  private readonly kioskTimer = new KioskController(this, () => this.nextPerson());
  private readonly live = new RefreshController(this, (signal) => this.loadResults(signal), { intervalMs: () => Math.max(1, this.refresh) * 1000 });

  private loadedFrom?: string;
  private loadAbort?: AbortController;
  private resultsAbort?: AbortController;
  /** Where focus goes after the next render (a failure, a receipt). */
  private readonly focusNext = new FocusAfterRender(this);
  private stopWatchingConfig?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingConfig = onConfigChange(() => this.loadIfChanged());
    this.loadIfChanged(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingConfig?.();
    this.loadAbort?.abort(new DOMException('The widget left the page', 'AbortError'));
    this.resultsAbort?.abort(new DOMException('The widget left the page', 'AbortError'));
    if (this.state === 'submitting') this.setState('ready');
    this.loadedFrom = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown> = new Map()): void {
    super.willUpdate();
    if (['poll', 'api', 'src', 'results', 'action', 'resultsOnly'].some((key) => changed.has(key)) && this.isConnected && this.hasUpdated) this.loadIfChanged();
    const phase = this.phase === 'ready' ? this.window().phase : undefined;
    if (phase) {
      if (this.getAttribute('window') !== phase) this.setAttribute('window', phase);
    } else this.removeAttribute('window');
  }

  protected override updated(): void {
    const live = this.phase === 'ready' && !this.data?.results && this.refresh > 0 && !!this.resultsUrl() && this.window().phase === 'open' && this.showsResults();
    if (live) this.live.start();
    else this.live.stop();
    // Results that became visible (the window closed, a vote) are read once.
    if (this.phase === 'ready' && !this.tally && !this.resultsError && !this.resultsAbort && this.showsResults()) void this.loadResults();
  }

  // ── Where things are ──────────────────────────────────────────────────────────

  private pollUrl(): string | undefined {
    return resourceUrl({ src: this.src, api: this.api, path: this.poll ? `polls/${encodeURIComponent(this.poll)}.json` : '' });
  }

  private resultsUrl(): string | undefined {
    if (this.results) return resolveUrl(this.results);
    return this.poll ? resourceUrl({ api: this.api, path: `polls/${encodeURIComponent(this.poll)}/results.json` }) : undefined;
  }

  /** @internal Undefined when there is nothing to vote with: then no vote button is ever shown. */
  voteUrl(): string | undefined {
    if (this.resultsOnly || this.data?.voting === false) return undefined;
    if (this.action) return resolveUrl(this.action);
    return this.poll ? resourceUrl({ api: this.api, path: `polls/${encodeURIComponent(this.poll)}/votes` }) : undefined;
  }

  private currentTime(): Date {
    const parsed = this.now ? new Date(this.now) : undefined;
    return parsed && !Number.isNaN(parsed.getTime()) ? parsed : new Date();
  }

  private window() {
    return windowState(this.data ?? {}, this.currentTime(), timeZone(this.timeZone));
  }

  private showsResults(): boolean {
    if (!this.data) return false;
    return resultsVisible(this.data.showResults, { window: this.window().phase, voted: !!this.voted, resultsOnly: !this.voteUrl() });
  }

  // ── Loading ───────────────────────────────────────────────────────────────────

  private loadIfChanged(force = false): void {
    const key = `${this.pollUrl() ?? ''}|${this.resultsUrl() ?? ''}|${this.voteUrl() ?? ''}|${this.resultsOnly}`;
    if (!force && key === this.loadedFrom) return;
    if (this.sender.sending) return;
    this.loadedFrom = key;
    void this.load();
  }

  private reload = () => void this.load();

  private async load(): Promise<void> {
    this.loadAbort?.abort(new DOMException('Replaced', 'AbortError'));
    const url = this.pollUrl();
    if (!url) {
      this.phase = 'no-source';
      this.setState('error');
      return;
    }
    const abort = (this.loadAbort = new AbortController());
    this.phase = 'loading';
    this.setState('loading');
    try {
      const loaded = await loadDocument(url, { signal: abort.signal, timeoutMs: this.timeout, parse: parsePoll });
      if (abort.signal.aborted) return;
      this.data = loaded.data;
      this.skipped = loaded.skipped;
      this.offlineSince = loaded.offlineSince;
      this.loadError = undefined;
      this.restoreVote();
      this.phase = 'ready';
      this.setState('ready');
      this.emit('og-load', { data: loaded.data, skipped: loaded.skipped });
      this.tally = loaded.data.results;
      this.resultsError = undefined;
      this.resultsAbort?.abort(new DOMException('Replaced', 'AbortError'));
      this.resultsAbort = undefined;
    } catch (error) {
      if (isAbort(error) || abort.signal.aborted) return;
      this.loadError = error;
      this.phase = 'error';
      this.setState('error');
      const { reason, status } = reasonOf(error);
      this.emit('og-error', { kind: error instanceof LoadError ? error.kind : 'invalid', status, reason, source: 'poll' });
    }
  }

  /** Reads the results; true when they could be read (the live refresh backs off otherwise). */
  private async loadResults(signal?: AbortSignal): Promise<boolean> {
    const url = this.resultsUrl();
    const poll = this.data;
    if (!url || !poll) return false;
    this.resultsAbort?.abort(new DOMException('Replaced', 'AbortError'));
    const abort = (this.resultsAbort = new AbortController());
    signal?.addEventListener('abort', () => abort.abort(signal.reason), { once: true });
    try {
      const loaded = await loadDocument(url, { signal: abort.signal, timeoutMs: this.timeout, parse: (text) => parseResults(text, poll) });
      if (abort.signal.aborted) return false;
      this.tally = loaded.data;
      this.resultsError = undefined;
      return true;
    } catch (error) {
      if (isAbort(error) || abort.signal.aborted) return false;
      // A failed refresh keeps the figures already shown; only a first failure is shown.
      if (!this.tally) this.resultsError = error;
      const { reason, status } = reasonOf(error);
      this.emit('og-error', { kind: error instanceof LoadError ? error.kind : 'invalid', status, reason, source: 'results' });
      return false;
    }
  }

  private retryResults = () => {
    this.resultsError = undefined;
    void this.loadResults();
  };

  // ── The person's vote ─────────────────────────────────────────────────────────

  private restoreVote(): void {
    const url = this.voteUrl();
    this.voted = undefined;
    if (!url || this.kiosk) return;
    const note = votedNotes.get(url);
    if (note) this.voted = { ...note, justNow: false };
    const pending = pendingVotes.get(url);
    if (pending && !note && !this.chosen.length && !this.otherText) {
      const known = new Set(this.data?.choices.map((c) => c.id));
      this.chosen = pending.choices.filter((c) => known.has(c));
      this.otherText = pending.other;
      this.otherChosen = !!pending.other;
      this.sender.adoptKey(pending.idempotencyKey);
      this.spam.resumeFrom(pending.startedAt);
    }
  }

  /** Keeps the choices being sent, with their key, until the server has them. */
  private keepPending(url: string): void {
    if (this.kiosk) return;
    pendingVotes.set(url, { choices: this.chosen, other: this.otherChosen ? this.otherText : '', idempotencyKey: this.sender.ensureKey(), startedAt: this.spam.startedAt });
  }

  private rememberVoted(url: string, reference: string | undefined, already = false): void {
    const at = new Date().toISOString();
    this.voted = { at, reference, justNow: true, already };
    if (this.kiosk) return;
    pendingVotes.clear(url);
    votedNotes.set(url, { at, reference });
  }

  /** @internal Picks or unpicks an answer; past the limit, the pick is refused and the limit said. */
  toggle(id: string, on: boolean, event?: Event): void {
    const poll = this.data!;
    if (poll.maxChoices === 1) {
      this.chosen = id === 'other' ? [] : [id];
      this.otherChosen = id === 'other';
    } else if (on && this.chosen.length + (this.otherChosen ? 1 : 0) >= poll.maxChoices) {
      event?.preventDefault();
      const n = formatNumber(poll.maxChoices, this.locale);
      this.limitMessage = msg(str`You can choose at most ${n} answers. Untick one to choose another.`, { id: 'poll.limit.reached' });
      return;
    } else if (id === 'other') this.otherChosen = on;
    else this.chosen = on ? [...this.chosen, id] : this.chosen.filter((c) => c !== id);
    this.limitMessage = '';
    this.spamNotice = false;
  }

  /** @internal */
  setOther(text: string): void {
    this.otherText = text;
    if (text.trim() && !this.otherChosen) this.toggle('other', true);
  }

  /** @internal */
  onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const url = this.voteUrl();
    const poll = this.data;
    if (!url || !poll || this.sender.sending || this.sender.blocked) return;
    const other = this.otherChosen ? this.otherText : '';
    const problem = voteProblem(poll, this.chosen, other);
    if (problem) {
      this.limitMessage =
        problem === 'none'
          ? msg('Choose an answer before voting.', { id: 'poll.error.none' })
          : problem === 'other-too-long'
            ? msg(str`Your other answer is too long: ${formatNumber(poll.other?.maxLength ?? 0, this.locale)} characters at most.`, { id: 'poll.error.other-too-long' })
            : msg(str`You can choose at most ${formatNumber(poll.maxChoices, this.locale)} answers. Untick one to choose another.`, { id: 'poll.limit.reached' });
      this.focusNext.request('#limit-status');
      return;
    }
    if (this.spam.tripped()) {
      this.spamNotice = true;
      this.focusNext.request('#spam-notice');
      return;
    }
    const payload: VotePayload = { choices: [...this.chosen], locale: this.locale };
    if (other.trim()) payload.other = other.trim();
    if (this.channel) payload.channel = this.channel;
    this.sender.ensureKey();
    this.keepPending(url);
    this.setState('submitting');
    const result = await this.sender.send(async (key, signal) => parseVoteReceipt(await postJson(url, payload, key, { timeoutMs: this.timeout, signal })));
    if ('aborted' in result) return;
    if (result.sent) {
      const receipt = result.value;
      this.rememberVoted(url, receipt.reference);
      this.afterVote();
      this.setState('submitted');
      this.emit<OgVoteDetail>('og-vote', { reference: receipt.reference, choices: payload.choices, other: payload.other });
      if (receipt.results !== undefined) {
        try {
          this.tally = readResults(receipt.results, poll).data;
        } catch {
          /* the results file is read below */
        }
      }
      if (this.showsResults()) void this.loadResults();
      return;
    }
    const { error, reason, status } = result.failure;
    if (status === 409) {
      // Already voted: the earlier vote stands. Nothing to send again.
      this.sender.reset();
      this.rememberVoted(url, undefined, true);
      this.afterVote();
      this.setState('submitted');
      if (this.showsResults()) void this.loadResults();
      return;
    }
    this.focusNext.request('#failure');
    this.setState('error');
    this.emit('og-error', { kind: error instanceof LoadError ? error.kind : 'invalid', status, reason, source: 'vote' });
  };

  private afterVote(): void {
    this.chosen = [];
    this.otherChosen = false;
    this.otherText = '';
    this.limitMessage = '';
    this.spam.restart();
    this.focusNext.request('#receipt-heading');
    this.kioskTimer.arm();
  }

  /** Kiosk: the next person gets an empty poll (nothing of the previous vote is left). */
  private nextPerson = (): void => {
    if (this.sender.sending) return;
    this.sender.reset();
    this.chosen = [];
    this.otherChosen = false;
    this.otherText = '';
    this.limitMessage = '';
    this.spamNotice = false;
    this.voted = undefined;
    this.spam.restart();
    this.setState('ready');
    this.focusNext.request('#question');
  };

  // ── Rendering ─────────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    return html`<div class="root" part="base">${this.renderPhase()}</div>`;
  }

  private renderPhase(): TemplateResult {
    switch (this.phase) {
      case 'loading':
        return renderSkeleton(3);
      case 'no-source':
        return html`<div class="state-box error" part="error" role="alert"><p>${failureMessage('no-source')}</p></div>`;
      case 'error':
        return renderError(this.loadError, this.reload, { locale: this.locale });
      case 'ready':
        return this.renderPoll(this.data!);
    }
  }

  private renderPoll(poll: Poll): TemplateResult {
    const win = this.window();
    const url = this.voteUrl();
    return html`<section aria-labelledby="question">
      <header part="header">
        <h2 id="question" tabindex="-1">${this.text(poll.question)}</h2>
        ${poll.description ? html`<p class="muted">${this.text(poll.description)}</p>` : nothing}
        ${url ? this.renderWindow(win) : nothing}
      </header>
      ${renderNotices({ skipped: this.skipped, offlineSince: this.offlineSince, locale: this.locale, timeZone: this.timeZone })}
      ${url && win.phase === 'open' ? (this.voted ? this.renderVoted(this.voted) : html`${renderVoteFailure(this)}${renderVoteForm(this, poll, this.resultsContext(poll))}`) : nothing}
      ${this.renderResults(poll, win.phase)}
      <p class="visually-hidden" role="status" aria-live="polite">${this.liveMessage}</p>
    </section>`;
  }

  private renderWindow(win: ReturnType<typeof windowState>): TemplateResult | typeof nothing {
    const when = (at: string) => formatDateTime(at, this.locale, this.timeZone);
    if (win.phase === 'upcoming') return html`<p class="notice" part="notice window" role="status">${msg(str`Voting opens on ${when(win.opens)}.`, { id: 'poll.window.upcoming' })}</p>`;
    if (win.phase === 'closed') {
      return html`<p class="notice" part="notice window" role="status">
        ${win.closes ? msg(str`Voting closed on ${when(win.closes)}.`, { id: 'poll.window.closed-on' }) : msg('Voting is closed.', { id: 'poll.window.closed' })}
      </p>`;
    }
    return win.closes ? html`<p class="muted">${msg(str`You can vote until ${when(win.closes)}.`, { id: 'poll.window.open-until' })}</p>` : nothing;
  }

  private renderVoted(voted: NonNullable<OgPoll['voted']>): TemplateResult {
    const title = voted.already
      ? msg('Your vote had already been counted.', { id: 'poll.receipt.already' })
      : voted.justNow
        ? msg('Thank you: your vote was received.', { id: 'poll.receipt.title' })
        : msg(str`This device already voted on ${formatDateTime(voted.at, this.locale, this.timeZone)}.`, { id: 'poll.receipt.earlier' });
    return html`<div class="receipt" part="receipt" role="status">
      <h3 id="receipt-heading" tabindex="-1">${title}</h3>
      ${voted.reference ? html`<p>${msg('Reference:', { id: 'poll.receipt.reference' })} <span class="reference" dir="ltr">${voted.reference}</span></p>` : nothing}
      ${this.kiosk
        ? html`<button class="og-button" part="button next" type="button" @click=${this.nextPerson}>${msg('Next person', { id: 'poll.kiosk.next' })}</button>`
        : html`<p class="muted">
            ${msg('This device remembers that it voted, as a courtesy so you are not asked again. It is not a guarantee: it is not who you are, and clearing the browser’s data forgets it.', { id: 'poll.receipt.courtesy' })}
          </p>`}
    </div>`;
  }

  private resultsContext(poll: Poll): ResultsContext {
    return { locale: this.locale, text: (v) => this.text(v), plain: (v) => this.plain(v), multiple: poll.maxChoices > 1 };
  }

  private renderResults(poll: Poll, window: 'open' | 'upcoming' | 'closed'): TemplateResult | typeof nothing {
    const hidden = (text: string) => html`<p class="muted" part="notice results-hidden">${text}</p>`;
    if (!this.showsResults()) {
      if (window === 'upcoming') return nothing;
      switch (poll.showResults) {
        case 'never':
          return hidden(msg('The results of this poll are not published here.', { id: 'poll.results.never' }));
        case 'after-close':
          return hidden(msg('The results will be shown when voting closes.', { id: 'poll.results.after-close' }));
        default:
          return this.voteUrl() ? hidden(msg('The results are shown once you have voted.', { id: 'poll.results.after-vote' })) : nothing;
      }
    }
    const heading = msg('Results', { id: 'poll.results.title' });
    if (this.resultsError) {
      const refused = this.resultsError instanceof ResultsRefused;
      return html`<section class="results" part="results" aria-label=${heading}>
        <h3>${heading}</h3>
        ${refused
          ? html`<div class="state-box error" part="error" role="alert"><p>${this.refusedText(this.resultsError as ResultsRefused)}</p></div>`
          : renderError(this.resultsError, this.retryResults, { locale: this.locale })}
      </section>`;
    }
    const tally = this.tally;
    if (!tally) return html`<section class="results" part="results" aria-label=${heading} aria-busy="true"><h3>${heading}</h3>${renderSkeleton(1)}</section>`;
    const ctx = this.resultsContext(poll);
    const rows = resultRows(poll, tally);
    const base = baseText(ctx, tally, rows);
    return html`<section class="results" part="results" aria-labelledby="results-heading">
      <h3 id="results-heading">${heading}</h3>
      <p class="base" id="results-base">${base}</p>
      ${tally.respondents === 0
        ? html`<p class="muted">${msg('No responses yet.', { id: 'poll.results.none' })}</p>`
        : this.asTable
          ? renderTable(ctx, tally, rows, html`${this.text(poll.question)} — ${base}`)
          : renderBars(ctx, tally, rows)}
      ${renderUpdated(tally.updated, this.locale, this.timeZone)}
      <div class="actions no-print">
        <button class="og-button secondary" part="button" type="button" aria-pressed=${this.asTable ? 'true' : 'false'} @click=${() => (this.asTable = !this.asTable)}>
          ${msg('Show as a table', { id: 'poll.results.as-table' })}
        </button>
        <button class="og-button secondary" part="button" type="button" data-download @click=${() => this.download(ctx, tally)}>
          ${msg('Download the results (CSV)', { id: 'poll.results.download' })}
        </button>
      </div>
    </section>`;
  }

  private refusedText(error: ResultsRefused): string {
    return error.problem === 'over-respondents'
      ? msg('These results cannot be shown: with one answer per person, the answers add up to more than the people who responded.', { id: 'poll.results.refused-over' })
      : msg('These results cannot be shown: an answer was counted more times than there were people responding.', { id: 'poll.results.refused-count' });
  }

  private download(ctx: ResultsContext, tally: PollResults): void {
    downloadFile(this.renderRoot, resultsCsv(ctx, tally, resultRows(this.data!, tally)), `poll-${this.data?.id ?? this.poll ?? 'results'}.csv`);
  }
}
