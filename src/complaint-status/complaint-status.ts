import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { msg, str } from '@lit/localize';
import { OgElement } from '../core/og-element.js';
import { onConfigChange, resourceUrl } from '../core/config.js';
import { isAbort, LoadError } from '../core/loader.js';
import { failureMessage, reasonOf, renderNotices, renderSkeleton } from '../core/state-views.js';
import { dayInZone, formatDateTime, formatDay, formatSeconds, formatTime, timeZone } from '../core/format.js';
import { themeStyles } from '../core/theme.js';
import type { WorkCalendar } from '../core/working-days.js';
import { currentHolder, type Complaint, type ComplaintStatus } from './complaint.js';
import { fileDeadline, renderDeadline } from './deadline-view.js';
import { answerTitle, dueLabel, formTitle, notFoundText, referenceLabel, resultTitle, statusLabel, wordingOf, type Wording } from './file-wording.js';
import { checkReference, lookupComplaint, prepareLookup, type ComplaintFormat, type LookupQuery, type LookupResult } from './lookup.js';
import { forget, recall, remember } from './remember.js';
import { complaintStatusStyles } from './complaint-status.styles.js';

/** A status in a complaint's words (kinds have their own: file-wording.ts `statusLabel`). */
export function complaintStatusLabel(status: ComplaintStatus): string {
  return statusLabel(status);
}

/** What the `og-lookup` event carries: the complaint found, or `{ found: false }`. */
export type OgLookupDetail = { found: true; complaint: Complaint } | { found: false };

type Outcome = { kind: 'result'; result: LookupResult } | { kind: 'error'; error: unknown; retryAt?: number };

/**
 * Follow a complaint, an access-to-information request or an application (licence, permit,
 * certificate) by the reference on its receipt: status in the words of its kind, category,
 * agency, the service holding it now, dates, the history, the answer, and where it stands
 * against its deadline ("answer due by … (working days left: N)", "late by N days", "answered
 * on …, N days after the request"), counted with the commune's calendar when the page gives one.
 *
 * Reads `{api}/complaints/{reference}.json` (API.md), or an Open311 GeoReport v2 server
 * (`format="open311"`: `{api}/requests/{reference}.json`), or a folder of encrypted files
 * on a static host (`format="static"`, written by `npx opengov-widgets complaints publish`;
 * the person then also types the secret code printed on the receipt). The reference never
 * goes into the page URL and is kept on the device only when the person asks.
 *
 * @element og-complaint-status
 * @attr state - `idle`, `loading`, `ready`, `not-found` or `error` (set by the widget; style with it).
 * @fires og-lookup - A lookup ended. `detail`: `{ found: true, complaint }` or `{ found: false }`.
 * @fires og-error - A lookup failed. `detail`: `{ kind: network|http|timeout|invalid, status, reason, retryAfter }`.
 * @csspart base - The widget's outer box.
 * @csspart form - The lookup form.
 * @csspart field - A label with its input.
 * @csspart input - The reference and secret inputs.
 * @csspart field-error - The message under a field that is not filled in correctly.
 * @csspart button - Every button.
 * @csspart remember - The "remember on this device" choice and the "forget" button.
 * @csspart result - The complaint found.
 * @csspart badge - The status badge.
 * @csspart overdue - The "overdue" marker.
 * @csspart deadline - The sentence saying where the file stands against its deadline.
 * @csspart extension - The extension of the time limit, with its reason.
 * @csspart facts - Category, agency and dates.
 * @csspart answer - The administration's answer.
 * @csspart timeline - The history.
 * @csspart not-found - The box shown when no complaint has this reference.
 * @csspart error - The error box (with its retry button).
 * @csspart notice - The partial-data notice.
 * @csspart skeleton - The loading placeholder.
 * @cssproperty --og-complaint-overdue-color - Color of the overdue marker (default: the danger color).
 */
export class OgComplaintStatus extends OgElement {
  static override styles = [themeStyles, complaintStatusStyles];

  /** Base URL of the data set (the folder of encrypted files in static mode). Default: the page config. */
  @property() api?: string;

  /** `json` (default, the contract), `open311` (GeoReport v2) or `static` (encrypted files). */
  @property({ reflect: true }) format: ComplaintFormat = 'json';

  /**
   * The kind of file this page is for (`complaint`, `information-request`, `application`): the
   * form's wording. The file found is worded by its own `kind`.
   */
  @property() kind?: string;

  /**
   * The commune's calendar.json (relative to `api`, e.g. `calendar.json`): weekends, holidays and
   * time limits, to count working days. Without it only the dates the file states are shown.
   */
  @property() calendar?: string;

  /** Prefills the reference field (e.g. on a page that has just shown the receipt). */
  @property() reference?: string;

  /** Regular expression the whole reference must match before anything is sent, e.g. `[A-Z]{2}-\d{4}-\d{6}`. */
  @property() pattern?: string;

  /** An example reference shown under the field, e.g. `SL-2024-000123`. */
  @property() example?: string;

  /** Open311 only: the `jurisdiction_id` the server needs, if any. */
  @property({ attribute: 'jurisdiction-id' }) jurisdictionId?: string;

  /** Milliseconds before a request is given up (default 15000). */
  @property({ type: Number }) timeout?: number;

  /** The current instant for the overdue marker (ISO 8601); defaults to the real clock. */
  @property() now?: string;

  /** Hides "remember on this device" (shared computers, kiosks). */
  @property({ type: Boolean, attribute: 'no-remember' }) noRemember = false;

  /** Static mode: use the pure-JS crypto even where Web Crypto exists (tests). Property only. */
  @property({ attribute: false }) pureJsCrypto = false;

  @state() private referenceValue = '';
  @state() private secretValue = '';
  @state() private rememberChecked = false;
  @state() private stored = false;
  @state() private fieldErrors: { reference?: string; secret?: string } = {};
  @state() private outcome?: Outcome;
  @state() private retryBlocked = false;

  private lastQuery?: LookupQuery;
  private focusOutcome = false;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private stopWatchingConfig?: () => void;
  private storedScope?: string;

  private readonly lookupTask = new Task(this, {
    autoRun: false,
    task: ([query]: readonly [LookupQuery], { signal }) => lookupComplaint(query, signal),
    onComplete: (result: LookupResult) => this.finish({ kind: 'result', result }),
    onError: (error: unknown) => {
      if (isAbort(error)) return;
      const retryAfter = error instanceof LoadError ? error.retryAfter : undefined;
      this.finish({ kind: 'error', error, retryAt: retryAfter ? this.clock().getTime() + retryAfter * 1000 : undefined });
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingConfig = onConfigChange(() => this.requestUpdate());
    if (!this.state) this.setState('idle');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingConfig?.();
    clearTimeout(this.retryTimer);
    if (this.lookupTask.status === 1 /* PENDING */) {
      this.lookupTask.abort(new DOMException('The widget left the page', 'AbortError'));
      this.setState('idle');
    }
  }

  protected override willUpdate(changed?: Map<PropertyKey, unknown>): void {
    super.willUpdate();
    if (changed?.has('reference') && this.reference != null) this.referenceValue = this.reference;
    const scope = this.storageScope();
    if (scope !== this.storedScope) {
      this.storedScope = scope;
      const saved = scope && !this.noRemember ? recall(scope) : undefined;
      this.stored = !!saved;
      this.rememberChecked = !!saved;
      if (saved && !this.reference && !this.referenceValue) this.referenceValue = saved;
    }
  }

  protected override updated(): void {
    if (this.focusOutcome) {
      const target = this.renderRoot.querySelector<HTMLElement>('.outcome');
      if (target) {
        this.focusOutcome = false;
        target.focus();
      }
    }
  }

  /** The data set's base URL, or undefined when none is configured. */
  private baseUrl(): string | undefined {
    return resourceUrl({ api: this.api, path: '' });
  }

  private storageScope(): string | undefined {
    const base = this.baseUrl();
    return base ? `${this.format}:${base}` : undefined;
  }

  private clock(): Date {
    const fixed = this.now ? new Date(this.now) : undefined;
    return fixed && !Number.isNaN(fixed.getTime()) ? fixed : new Date();
  }

  /**
   * Looks up what the form holds (as if the person pressed the button). Resolves when the
   * lookup has ended, or at once when the form is not filled in correctly.
   */
  async lookup(): Promise<void> {
    const errors: { reference?: string; secret?: string } = {};
    const problem = checkReference(this.referenceValue, this.pattern);
    if (problem === 'empty') errors.reference = msg('Enter the reference printed on your receipt.', { id: 'complaints.error.reference-empty' });
    else if (problem === 'pattern')
      errors.reference = msg('This does not look like a complaint reference. Check how it is written on your receipt.', { id: 'complaints.error.reference-pattern' });
    if (this.format === 'static' && !this.secretValue.trim()) errors.secret = msg('Enter the secret code printed on your receipt.', { id: 'complaints.error.secret-empty' });
    this.fieldErrors = errors;
    if (errors.reference || errors.secret) {
      // A refused entry is not a lookup: the previous result goes away with it.
      if (this.lookupTask.status === 1) this.lookupTask.abort();
      this.outcome = undefined;
      this.setState('idle');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[name=${errors.reference ? 'reference' : 'secret'}]`)?.focus();
      return;
    }
    const base = this.baseUrl();
    if (!base) {
      this.finish({ kind: 'error', error: new LoadError('invalid', 'no-source') });
      return;
    }
    this.lastQuery = {
      format: this.format,
      base,
      reference: this.referenceValue.trim(),
      secret: this.format === 'static' ? this.secretValue : undefined,
      jurisdictionId: this.jurisdictionId,
      timeoutMs: this.timeout,
      pureJsCrypto: this.pureJsCrypto,
      calendarUrl: this.calendar ? resourceUrl({ api: this.api, path: this.calendar }) : undefined,
    };
    await this.run();
  }

  private async run(): Promise<void> {
    if (!this.lastQuery) return;
    this.outcome = undefined;
    this.setState('loading');
    await this.lookupTask.run([this.lastQuery]);
  }

  private finish(outcome: Outcome): void {
    this.outcome = outcome;
    this.focusOutcome = true;
    clearTimeout(this.retryTimer);
    this.retryBlocked = false;
    if (outcome.kind === 'result') {
      const { result } = outcome;
      this.setState(result.found ? 'ready' : 'not-found');
      if (result.found) this.keepOrForget(result.complaint.reference);
      this.emit<OgLookupDetail>('og-lookup', result.found ? { found: true, complaint: result.complaint } : { found: false });
      return;
    }
    this.setState('error');
    const { reason, status } = reasonOf(outcome.error);
    const kind = outcome.error instanceof LoadError ? outcome.error.kind : 'invalid';
    const retryAfter = outcome.error instanceof LoadError ? outcome.error.retryAfter : undefined;
    this.emit('og-error', { kind, status, reason, retryAfter });
    if (outcome.retryAt) {
      this.retryBlocked = true;
      this.retryTimer = setTimeout(() => (this.retryBlocked = false), Math.max(0, outcome.retryAt - this.clock().getTime()));
    }
  }

  /** After a complaint was found: keep the reference only if the box is ticked. */
  private keepOrForget(found: string): void {
    const scope = this.storageScope();
    if (!scope || this.noRemember) return;
    if (this.rememberChecked) this.stored = remember(scope, this.format === 'static' ? this.referenceValue.trim() : found);
    else if (this.stored) {
      forget(scope);
      this.stored = false;
    }
  }

  /** "Forget": removes the remembered reference, empties the form and the result. */
  forgetReference(): void {
    const scope = this.storageScope();
    if (scope) forget(scope);
    if (this.lookupTask.status === 1) this.lookupTask.abort();
    this.stored = false;
    this.rememberChecked = false;
    this.referenceValue = '';
    this.secretValue = '';
    this.fieldErrors = {};
    this.outcome = undefined;
    this.setState('idle');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[name=reference]')?.focus());
  }

  /** The person reached the form: what their format's lookup needs starts loading now. */
  private prepare = () => prepareLookup(this.format);

  private onSubmit = (event: Event) => {
    event.preventDefault();
    void this.lookup();
  };

  override render(): TemplateResult {
    const loading = this.state === 'loading';
    return html`<div class="root" part="base">
      ${this.renderForm(loading)}
      <div class="outcome-area">${loading ? renderSkeleton(2) : this.renderOutcome()}</div>
    </div>`;
  }

  private renderField(name: 'reference' | 'secret', label: string, hint: string | TemplateResult, value: string): TemplateResult {
    const error = this.fieldErrors[name];
    return html`<div class="field" part="field">
      <label for=${name}>${label}</label>
      <p class="hint muted" id=${`${name}-hint`}>${hint}</p>
      ${error ? html`<p class="field-error" part="field-error" id=${`${name}-error`}>${error}</p>` : nothing}
      <input
        id=${name}
        name=${name}
        part="input"
        type="text"
        dir="ltr"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        .value=${value}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${name}-error ${name}-hint` : `${name}-hint`}
        @input=${(e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          if (name === 'reference') this.referenceValue = v;
          else this.secretValue = v;
        }}
      />
    </div>`;
  }

  private renderForm(loading: boolean): TemplateResult {
    const staticMode = this.format === 'static';
    const refHint = html`${msg('It is printed on your receipt.', { id: 'complaints.reference-hint' })}
    ${this.example
      ? html`<span class="example">${msg('For example:', { id: 'complaints.example' })} <bdi dir="ltr" class="code">${this.example}</bdi></span>`
      : nothing}`;
    return html`<form part="form" novalidate @submit=${this.onSubmit} @focusin=${this.prepare} @pointerenter=${this.prepare} aria-labelledby="form-title">
      <h2 id="form-title">${formTitle(wordingOf(this.kind))}</h2>
      ${this.renderField('reference', referenceLabel(wordingOf(this.kind)), refHint, this.referenceValue)}
      ${staticMode
        ? this.renderField(
            'secret',
            msg('Secret code', { id: 'complaints.secret' }),
            msg('It is printed on your receipt next to the reference. It keeps your complaint private.', { id: 'complaints.secret-hint' }),
            this.secretValue,
          )
        : nothing}
      ${this.noRemember
        ? nothing
        : html`<div class="remember" part="remember">
            <label class="check">
              <input
                type="checkbox"
                name="remember"
                .checked=${this.rememberChecked}
                @change=${(e: Event) => (this.rememberChecked = (e.target as HTMLInputElement).checked)}
              />
              <span>${msg('Remember the reference on this device', { id: 'complaints.remember' })}</span>
            </label>
            ${this.stored
              ? html`<p class="stored">
                  <span class="muted">${msg('The reference is remembered on this device.', { id: 'complaints.remembered' })}</span>
                  <button class="og-button secondary" part="button forget" type="button" @click=${() => this.forgetReference()}>
                    ${msg('Forget it', { id: 'complaints.forget' })}
                  </button>
                </p>`
              : nothing}
          </div>`}
      <button class="og-button submit" part="button submit" type="submit" ?disabled=${loading}>${msg('Check the status', { id: 'complaints.submit' })}</button>
    </form>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    if (outcome.kind === 'error') return this.renderLookupError(outcome.error, outcome.retryAt);
    if (!outcome.result.found) return this.renderNotFound();
    const { skipped, complaint, calendar } = outcome.result;
    return html`${renderNotices({ skipped, locale: this.locale, timeZone: this.timeZone })}${this.renderComplaint(complaint, calendar)}`;
  }

  private renderNotFound(): TemplateResult {
    const staticMode = this.format === 'static';
    return html`<div class="state-box not-found outcome" part="not-found" tabindex="-1">
      <p><strong>${notFoundText(wordingOf(this.kind), staticMode)}</strong></p>
      <p>
        ${staticMode
          ? msg('Check both codes on your receipt, letter by letter: a single different character is enough to find nothing.', { id: 'complaints.not-found-help-static' })
          : msg('Check the reference on your receipt, letter by letter, with its hyphens.', { id: 'complaints.not-found-help' })}
      </p>
      <p>${msg('A complaint filed in the last few days may not be visible yet.', { id: 'complaints.not-found-recent' })}</p>
    </div>`;
  }

  private renderLookupError(error: unknown, retryAt?: number): TemplateResult {
    const { reason, status } = reasonOf(error);
    let message = failureMessage(reason, status);
    if (reason === 'rate-limited' && retryAt) {
      const seconds = Math.max(1, Math.ceil((retryAt - this.clock().getTime()) / 1000));
      message =
        seconds < 120
          ? msg(str`The service is busy. Please try again in ${formatSeconds(seconds, this.locale)}.`, { id: 'complaints.retry-in-seconds' })
          : msg(str`The service is busy. Please try again after ${formatTime(new Date(retryAt), this.locale, this.timeZone)}.`, { id: 'complaints.retry-after-time' });
    }
    return html`<div class="state-box error outcome" part="error" tabindex="-1">
      <p><strong>${msg('The complaint could not be looked up.', { id: 'complaints.error.title' })}</strong></p>
      <p>${message}</p>
      ${reason === 'no-source'
        ? nothing
        : html`<button class="og-button" part="button retry" type="button" ?disabled=${this.retryBlocked} @click=${() => void this.run()}>
            ${msg('Try again', { id: 'core.retry' })}
          </button>`}
    </div>`;
  }

  /** An instant with its time, a calendar day without. */
  private when(value: string): string {
    return value.length === 10 ? formatDay(value, this.locale) : formatDateTime(value, this.locale, this.timeZone);
  }

  private day(value: string): string {
    return formatDay(value.length === 10 ? value : dayInZone(value, this.timeZone), this.locale);
  }

  private renderComplaint(c: Complaint, calendar?: WorkCalendar): TemplateResult {
    const w: Wording = wordingOf(c.kind);
    const today = dayInZone(this.clock(), this.timeZone);
    const zone = timeZone(this.timeZone);
    const deadline = fileDeadline(c, today, zone, calendar);
    const overdue = deadline?.state === 'late';
    const holder = currentHolder(c);
    return html`<section class="result" part="result" aria-labelledby="result-title">
      <h3 id="result-title" class="outcome" tabindex="-1">${resultTitle(w)} <bdi class="reference" dir="ltr">${c.reference}</bdi></h3>
      <p class="status-row">
        <span class="badge status-${c.status}" part="badge">${statusLabel(c.status, w)}</span>
        ${c.step ? html`<span class="step-name">${this.text(c.step)}</span>` : nothing}
        ${overdue ? html`<span class="badge overdue" part="overdue">${msg('Answer overdue', { id: 'complaints.overdue' })}</span>` : nothing}
      </p>
      ${deadline ? renderDeadline(deadline, c, this.locale, (t) => this.text(t)) : nothing}
      <dl class="facts" part="facts">
        ${c.category ? html`<div><dt>${msg('Subject', { id: 'complaints.category' })}</dt><dd>${this.text(c.category)}</dd></div>` : nothing}
        ${c.agency ? html`<div><dt>${msg('Handled by', { id: 'complaints.agency' })}</dt><dd>${this.text(c.agency)}</dd></div>` : nothing}
        ${holder ? html`<div class="holder"><dt>${msg('The file is now with', { id: 'complaints.holder' })}</dt><dd>${this.text(holder)}</dd></div>` : nothing}
        <div><dt>${msg('Filed on', { id: 'complaints.submitted' })}</dt><dd><time datetime=${c.submittedAt}>${this.when(c.submittedAt)}</time></dd></div>
        ${c.updatedAt
          ? html`<div><dt>${msg('Last change', { id: 'complaints.updated' })}</dt><dd><time datetime=${c.updatedAt}>${this.when(c.updatedAt)}</time></dd></div>`
          : nothing}
        ${deadline?.firstDue || c.dueAt || deadline?.due
          ? this.renderDue(w, deadline?.firstDue ?? (c.dueAt ? this.day(c.dueAt) : deadline!.due!), overdue && !c.extension)
          : nothing}
      </dl>
      ${c.answer
        ? html`<section class="answer" part="answer" aria-labelledby="answer-title">
            <h4 id="answer-title">${answerTitle(w)}</h4>
            <p>${this.text(c.answer)}</p>
          </section>`
        : nothing}
      ${c.history?.length
        ? html`<section aria-labelledby="history-title">
            <h4 id="history-title">${msg('History', { id: 'complaints.history' })}</h4>
            <ol class="timeline" part="timeline">
              ${c.history.map(
                (h) => html`<li class="step status-${h.status}">
                  <span class="dot" aria-hidden="true"></span>
                  <time datetime=${h.at}>${this.when(h.at)}</time>
                  <strong>${statusLabel(h.status, w)}</strong>
                  ${h.step ? html`<span class="step-name">${this.text(h.step)}</span>` : nothing}
                  ${h.holder ? this.renderHolder(this.plain(h.holder)) : nothing}
                  ${h.note ? html`<p class="note">${this.text(h.note)}</p>` : nothing}
                </li>`,
              )}
            </ol>
          </section>`
        : nothing}
    </section>`;
  }

  private renderHolder(service: string): TemplateResult {
    return html`<p class="holder">${msg(str`With: ${service}`, { id: 'complaints.history-holder' })}</p>`;
  }

  /** The (first) due date: the record's, or the one the commune's rules give for its kind. */
  private renderDue(w: Wording, day: string, overdue: boolean): TemplateResult {
    return html`<div class=${overdue ? 'due overdue' : 'due'}>
      <dt>${dueLabel(w)}</dt>
      <dd>
        <time datetime=${day}>${formatDay(day, this.locale)}</time>
        ${overdue ? html`<span class="overdue-text">${msg('(this date has passed)', { id: 'complaints.due-passed' })}</span>` : nothing}
      </dd>
    </div>`;
  }
}
