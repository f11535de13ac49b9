import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { OgElement } from '../core/og-element.js';
import { onConfigChange, resolveUrl, resourceUrl } from '../core/config.js';
import { loadDocument } from '../core/data-source.js';
import { isAbort, LoadError } from '../core/loader.js';
import { failureMessage, reasonOf, renderError, renderNotices, renderSkeleton } from '../core/state-views.js';
import { formatNumber, timeZone } from '../core/format.js';
import { downloadFile } from '../core/csv-file.js';
import { windowState } from '../core/time-window.js';
import { FocusAfterRender } from '../core/focus-after-render.js';
import { SendController, postJson } from '../core/send-controller.js';
import { KioskController } from '../core/kiosk.js';
import { SpamCheck } from '../core/spam-check.js';
import { RefreshController } from '../core/refresh.js';
import { themeStyles } from '../core/theme.js';
import { parsePoll, parseResults, readResults, voteProblem, parseVoteReceipt, type Poll, type PollResults, type VotePayload } from './schema.js';
import { resultRows, resultsVisible } from './tally.js';
import { resultsCsv } from './results-view.js';
import { renderVoteFailure, renderVoteForm, type VoteFormHost } from './vote-form.js';
import { pendingVotes, votedNotes, type Voted } from './vote-record.js';
import { renderReceipt, renderWindow } from './voting-view.js';
import { renderResults } from './results-section-view.js';
import type { PollActions, PollContext } from './poll-context.js';
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
  @state() private voted?: Voted;
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

  /** Whether the results show now; a render passes the window's phase and the vote address it already has. */
  private showsResults(phase = this.window().phase, voteUrl = this.voteUrl()): boolean {
    if (!this.data) return false;
    return resultsVisible(this.data.showResults, { window: phase, voted: !!this.voted, resultsOnly: !voteUrl });
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

  /**
   * Picks or unpicks an answer, a choice by its id or the built-in "other" answer by `null` (a
   * choice may be called `other`); past the limit, the pick is refused and the limit said.
   */
  private toggle(id: string | null, on: boolean, event?: Event): void {
    const poll = this.data!;
    if (poll.maxChoices === 1) {
      this.chosen = id === null ? [] : [id];
      this.otherChosen = id === null;
    } else if (on && this.chosen.length + (this.otherChosen ? 1 : 0) >= poll.maxChoices) {
      event?.preventDefault();
      const n = formatNumber(poll.maxChoices, this.locale);
      this.limitMessage = msg(str`You can choose at most ${n} answers. Untick one to choose another.`, { id: 'poll.limit.reached' });
      return;
    } else if (id === null) this.otherChosen = on;
    else this.chosen = on ? [...this.chosen, id] : this.chosen.filter((c) => c !== id);
    this.limitMessage = '';
    this.spamNotice = false;
  }

  /**
   * @internal The answers' one click listener (vote-form.ts): the input clicked says which answer,
   * a choice by its value, the built-in "other" answer by its element id (never a choice's).
   */
  onPick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'choice') this.toggle(input.id === 'other' ? null : input.value, input.checked, event);
  };

  /** @internal The "other" text box's listener: typing an answer there picks "other". */
  onOther = (event: Event): void => {
    const text = (this.otherText = (event.target as HTMLInputElement).value);
    if (text.trim() && !this.otherChosen) this.toggle(null, true);
  };

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
  private nextPerson(): void {
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
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────
  // The parts are plain functions given a PollContext (voting-view.ts, results-section-view.ts,
  // results-view.ts) or the element itself (vote-form.ts); the element picks what shows.

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
    const ctx = this.context(poll, win.phase, url);
    return html`<section aria-labelledby="question">
      <header part="header">
        <h2 id="question" tabindex="-1">${this.text(poll.question)}</h2>
        ${poll.description ? html`<p class="muted">${this.text(poll.description)}</p>` : nothing}
        ${url ? renderWindow(ctx, win) : nothing}
      </header>
      ${renderNotices({ skipped: this.skipped, offlineSince: this.offlineSince, locale: this.locale, timeZone: this.timeZone })}
      ${url && win.phase === 'open' ? (this.voted ? renderReceipt(ctx, this.voted) : html`${renderVoteFailure(this)}${renderVoteForm(this, poll, ctx)}`) : nothing}
      ${renderResults(ctx, poll, win.phase)}
      <p class="visually-hidden" role="status" aria-live="polite">${this.liveMessage}</p>
    </section>`;
  }

  /** What the views read for this render (poll-context.ts), with the handlers made once. */
  private context(poll: Poll, phase = this.window().phase, voteUrl = this.voteUrl()): PollContext {
    return {
      ...this.actions,
      locale: this.locale,
      timeZone: this.timeZone,
      multiple: poll.maxChoices > 1,
      kiosk: this.kiosk,
      voting: !!voteUrl,
      resultsShown: this.showsResults(phase, voteUrl),
      tally: this.tally,
      resultsError: this.resultsError,
      asTable: this.asTable,
    };
  }

  /** What the views do to the widget; made once, so lit sees the same listener at every render. */
  private actions: PollActions = {
    text: (value) => this.text(value),
    plain: (value) => this.plain(value),
    nextPerson: () => this.nextPerson(),
    toggleTable: () => (this.asTable = !this.asTable),
    download: () => {
      const poll = this.data;
      const tally = this.tally;
      if (poll && tally) downloadFile(this.renderRoot, resultsCsv(this.context(poll), tally, resultRows(poll, tally)), `poll-${poll.id ?? this.poll ?? 'results'}.csv`);
    },
    retryResults: () => {
      this.resultsError = undefined;
      void this.loadResults();
    },
  };
}
