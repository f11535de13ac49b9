import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { OgElement } from '../core/og-element.js';
import { onConfigChange, resolveUrl, resourceUrl } from '../core/config.js';
import { loadDocument } from '../core/data-source.js';
import { isAbort, LoadError } from '../core/loader.js';
import { FocusAfterRender } from '../core/focus-after-render.js';
import { SendController, type SendFailure } from '../core/send-controller.js';
import { KioskController } from '../core/kiosk.js';
import { SpamCheck } from '../core/spam-check.js';
import { failureMessage, reasonOf, renderSkeleton } from '../core/state-views.js';
import { formatDateTime, formatNumber, formatSeconds, formatTime, timeZone } from '../core/format.js';
import { safeUrl } from '../core/safe-url.js';
import { themeStyles } from '../core/theme.js';
import type { LocalizedText } from '../core/validation.js';
import { AGE_RANGES, DEFAULT_CONFIG, GENDERS, TEXT_FIELDS, parseFormConfig, serverFieldErrors, type FieldName, type FormConfig, type Receipt } from './schema.js';
import {
  characterCount,
  emptyValues,
  FORM_ORDER,
  hasContent,
  limitOf,
  mailtoLink,
  toPayload,
  validateAll,
  validateField,
  windowState,
  type FieldProblem,
  type Problems,
  type ProposalValues,
} from './proposal.js';
import { clearDraft, readDraft, saveDraft } from './draft.js';
import { sendProposal } from './submit.js';
import { proposalFormStyles } from './proposal-form.styles.js';

/** `detail` of `og-submit`. */
export interface OgSubmitDetail {
  /** The reference the server gave (absent for `mailto:` and for a server that gave none). */
  reference?: string;
  status?: string;
  trackUrl?: string;
  /** The server's whole answer. */
  answer?: unknown;
  /** `post` (sent to a server) or `mailto` (handed to the person's mail app). */
  via: 'post' | 'mailto';
}

type Phase = 'loading' | 'no-source' | 'form' | 'submitted';

const CONTACT_FIELDS: readonly FieldName[] = ['name', 'email', 'phone', 'gender', 'ageRange'];

/**
 * A form for citizens' proposals (title, problem, proposed solution, expected result), built so
 * that nothing a person writes is ever lost: the draft is kept on the device as they type and
 * restored when they come back, every retry of a draft carries the same `Idempotency-Key`, and
 * only a successful submission clears it.
 *
 * Reads its optional settings from `{api}/proposals/form.json` (or `src`) and sends to
 * `{api}/proposals` (or `action`, which may also be a `mailto:` address).
 *
 * @element og-proposal-form
 * @attr state - `loading` (settings), `idle`, `submitting`, `submitted` or `error` (set by the widget).
 * @attr window - `open`, `upcoming` or `closed`: the consultation window (set by the widget).
 * @fires og-submit - The proposal was received. `detail`: `{ reference, status, trackUrl, answer, via }`.
 * @fires og-error - Sending failed (or the settings could not be read). `detail`: `{ kind, status, reason, source: 'submit'|'config' }`.
 * @fires og-load - The settings were read. `detail`: `{ data, skipped }`.
 * @csspart base - The widget's outer box.
 * @csspart form - The form.
 * @csspart header - Title and introduction.
 * @csspart error-summary - The "there is a problem" box at the top, linking to each field.
 * @csspart field - One label + control + messages.
 * @csspart field-error - A message beside a field.
 * @csspart counter - A character counter.
 * @csspart notice - Draft restored, settings not loaded, closed window, spam-check notices.
 * @csspart failure - The "not sent yet" message after a failed attempt.
 * @csspart receipt - The receipt with the reference.
 * @csspart reference - The reference itself.
 * @csspart button - Every button.
 * @csspart skeleton - The placeholder while the settings load.
 * @cssproperty --og-proposal-kiosk-font-size - Text size in kiosk mode (default 1.25rem).
 */
export class OgProposalForm extends OgElement {
  static override styles = [themeStyles, proposalFormStyles];

  /** Base URL of the data set: settings from `{api}/proposals/form.json`, proposals sent to `{api}/proposals`. */
  @property() api?: string;

  /** Full URL of the settings file (form.json); overrides `api` for reading settings. */
  @property() src?: string;

  /** Where proposals are sent: any URL that accepts the JSON, or `mailto:address`. Default `{api}/proposals`. */
  @property() action?: string;

  /** Milliseconds before a request is given up (default 15000 for settings, 20000 for sending). */
  @property({ type: Number }) timeout?: number;

  /** Assisted use on a shared device: no draft kept, reset after submission and inactivity, larger text. */
  @property({ type: Boolean, reflect: true }) kiosk = false;

  /** Kiosk mode: seconds without activity before the form is cleared (default 120). */
  @property({ type: Number, attribute: 'idle-reset' }) idleReset = 120;

  /** Seconds a person needs at least between the form appearing and sending (spam check; default 3). */
  @property({ type: Number, attribute: 'min-fill-time' }) minFillTime = 3;

  /** The current instant (ISO 8601) for the open/closed window; defaults to the real time. */
  @property() now?: string;

  /** The page showing `<og-proposal-outcomes>`: the receipt links to `outcomes-url#og-proposal=<reference>`. */
  @property({ attribute: 'outcomes-url' }) outcomesUrl?: string;

  @state() private phase: Phase = 'loading';
  @state() private config: FormConfig = DEFAULT_CONFIG;
  @state() private configFailed = false;
  @state() private values: ProposalValues = emptyValues();
  @state() private problems: Problems = {};
  @state() private serverErrors: Record<string, LocalizedText> = {};
  @state() private showSummary = false;
  @state() private receipt?: Receipt;
  @state() private mailto?: string;
  @state() private restoredFrom?: string;
  @state() private spamNotice = false;
  @state() private liveMessage = '';
  @state() private copyMessage = '';
  @state() private draftSaved = false;

  /** Sending with one Idempotency-Key per draft, honouring Retry-After (core). */
  private readonly sender = new SendController(this, {
    onRetryReady: () => (this.liveMessage = msg('You can send your proposal again now.', { id: 'proposals.retry-now' })),
  });
  /** Honeypot and minimum fill time. */
  private readonly spam = new SpamCheck(this);
  private touched = new Set<FieldName>();
  private postUrl?: string;
  private loadedFrom?: string;
  private loadAbort?: AbortController;
  private liveTimer?: ReturnType<typeof setTimeout>;
  /** Where focus goes after the next render (a failure, a receipt). */
  private readonly focusNext = new FocusAfterRender(this);
  private stopWatchingConfig?: () => void;

  constructor() {
    super();
    // Kiosk: cleared for the next person after `idle-reset` seconds without activity.
    new KioskController(this, () => this.kioskReset());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingConfig = onConfigChange(() => this.loadIfChanged());
    this.loadIfChanged(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingConfig?.();
    this.loadAbort?.abort(new DOMException('The widget left the page', 'AbortError'));
    // The sender aborts an attempt in flight by itself; the draft and its key are kept.
    if (this.getAttribute('state') === 'submitting') this.setState('idle');
    this.loadedFrom = undefined;
    clearTimeout(this.liveTimer);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown> = new Map()): void {
    super.willUpdate();
    if (changed.has('api') || changed.has('src') || changed.has('action')) {
      if (this.isConnected && this.hasUpdated) this.loadIfChanged();
    }
    const phase = this.phase === 'form' ? windowState(this.config, this.currentTime(), timeZone(this.timeZone)).phase : undefined;
    if (phase) {
      if (this.getAttribute('window') !== phase) this.setAttribute('window', phase);
    } else this.removeAttribute('window');
  }

  // ── Where things are ──────────────────────────────────────────────────────────

  private settingsUrl(): string | undefined {
    return resourceUrl({ src: this.src, api: this.api, path: 'proposals/form.json' });
  }

  private resolvePostUrl(): string | undefined {
    if (this.action) return /^mailto:/i.test(this.action.trim()) ? this.action.trim() : resolveUrl(this.action);
    return resourceUrl({ api: this.api, path: 'proposals' });
  }

  private get isMailto(): boolean {
    return !!this.postUrl && /^mailto:/i.test(this.postUrl);
  }

  private currentTime(): Date {
    const parsed = this.now ? new Date(this.now) : undefined;
    return parsed && !Number.isNaN(parsed.getTime()) ? parsed : new Date();
  }

  // ── Settings ──────────────────────────────────────────────────────────────────

  private loadIfChanged(force = false): void {
    const settings = this.settingsUrl();
    const post = this.resolvePostUrl();
    const key = `${settings ?? ''}|${post ?? ''}`;
    if (!force && key === this.loadedFrom) return;
    if (this.sender.sending || this.phase === 'submitted') return;
    this.loadedFrom = key;
    void this.load(settings, post);
  }

  private async load(settings: string | undefined, post: string | undefined): Promise<void> {
    this.loadAbort?.abort(new DOMException('Replaced', 'AbortError'));
    this.postUrl = post;
    if (!post) {
      this.phase = 'no-source';
      this.setState('error');
      return;
    }
    this.phase = 'loading';
    this.setState('loading');
    let config = DEFAULT_CONFIG;
    let failed = false;
    if (settings) {
      const abort = (this.loadAbort = new AbortController());
      try {
        const loaded = await loadDocument(settings, { signal: abort.signal, timeoutMs: this.timeout, parse: parseFormConfig });
        config = loaded.data;
        this.emit('og-load', { data: loaded.data, skipped: loaded.skipped });
      } catch (error) {
        if (isAbort(error) || abort.signal.aborted) return;
        const { reason, status } = reasonOf(error);
        // No form.json is normal (defaults); any other failure must not stop a person writing.
        if (reason !== 'not-found') {
          failed = true;
          this.emit('og-error', { kind: error instanceof LoadError ? error.kind : 'invalid', status, reason, source: 'config' });
        }
      }
    }
    this.config = config;
    this.configFailed = failed;
    this.restoreDraft();
    this.phase = 'form';
    this.setState(this.sender.failure ? 'error' : 'idle');
  }

  // ── Draft ─────────────────────────────────────────────────────────────────────

  private restoreDraft(): void {
    if (this.kiosk || !this.postUrl) return;
    const draft = readDraft(this.postUrl);
    if (!draft || !hasContent({ ...emptyValues(), ...draft.values })) return;
    if (hasContent(this.values)) return; // already typing in this page: keep what is on screen
    this.values = { ...this.values, ...draft.values };
    this.sender.adoptKey(draft.idempotencyKey);
    this.spam.resumeFrom(draft.startedAt);
    this.restoredFrom = draft.savedAt;
  }

  private persist(): void {
    if (this.kiosk || !this.postUrl) return;
    if (!hasContent(this.values)) {
      clearDraft(this.postUrl);
      this.draftSaved = false;
      return;
    }
    this.draftSaved = saveDraft(this.postUrl, {
      values: this.values,
      idempotencyKey: this.sender.ensureKey(),
      startedAt: this.spam.startedAt,
      savedAt: new Date().toISOString(),
    });
  }

  private discardDraft = () => {
    if (this.postUrl) clearDraft(this.postUrl);
    this.resetForm();
    this.liveMessage = msg('Draft discarded.', { id: 'proposals.draft.discarded' });
    this.focusNext.request('#f-title');
  };

  /** Back to an empty form with a new Idempotency-Key (after success, discard or kiosk reset). */
  private resetForm(): void {
    this.sender.reset();
    this.values = emptyValues();
    this.problems = {};
    this.serverErrors = {};
    this.touched.clear();
    this.showSummary = false;
    this.receipt = undefined;
    this.mailto = undefined;
    this.restoredFrom = undefined;
    this.spamNotice = false;
    this.copyMessage = '';
    this.draftSaved = false;
    this.spam.restart();
    if (this.phase === 'submitted') this.phase = 'form';
    if (this.phase === 'form') this.setState('idle');
  }

  private startOver = () => {
    this.resetForm();
    this.focusNext.request('#form-heading');
  };

  // ── Kiosk ─────────────────────────────────────────────────────────────────────

  private kioskReset(): void {
    if (!this.kiosk || this.sender.sending) return;
    this.resetForm();
    this.focusNext.cancel();
  }

  // ── Input and validation ──────────────────────────────────────────────────────

  private onInput(field: FieldName, event: Event): void {
    const target = event.target as HTMLInputElement;
    const value = field === 'consent' ? target.checked : target.value;
    this.values = { ...this.values, [field]: value };
    this.touched.add(field);
    this.spamNotice = false;
    if (this.serverErrors[field]) {
      const { [field]: _, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
    if (field === 'consent') this.revalidate(field);
    this.persist();
    const max = (TEXT_FIELDS as readonly string[]).includes(field) ? limitOf(field, this.config) : undefined;
    if (max !== undefined) this.announceCount(field, max);
  }

  /** Counters are shown as the person types, but read out only after a pause. */
  private announceCount(field: FieldName, max: number): void {
    clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(() => (this.liveMessage = this.counterText(field, max)), 1200);
  }

  private onBlur = (event: FocusEvent) => {
    const name = (event.target as HTMLInputElement | null)?.name as FieldName | undefined;
    if (!name || !(FORM_ORDER as readonly string[]).includes(name)) return;
    if (this.touched.has(name) || this.problems[name]) this.revalidate(name);
  };

  private revalidate(field: FieldName): void {
    const problem = validateField(field, this.values, this.config);
    const next = { ...this.problems };
    if (problem) next[field] = problem;
    else delete next[field];
    // Contact: either email or phone satisfies the requirement, so re-check the pair together.
    if ((field === 'phone' || field === 'email') && this.config.contactRequired) {
      const email = validateField('email', this.values, this.config);
      if (email) next.email = email;
      else delete next.email;
    }
    this.problems = next;
  }

  private visibleFields(): FieldName[] {
    return FORM_ORDER.filter((field) => !(this.isMailto && CONTACT_FIELDS.includes(field)) && !(field === 'theme' && !this.config.themes.length));
  }

  // ── Sending ───────────────────────────────────────────────────────────────────

  private onSubmit = async (event: Event) => {
    event.preventDefault();
    if (this.sender.sending || this.sender.blocked) return;
    this.serverErrors = {};
    const fields = this.visibleFields();
    this.problems = validateAll(this.values, this.config, fields);
    fields.forEach((f) => this.touched.add(f));
    if (Object.keys(this.problems).length) {
      this.showSummary = true;
      this.focusNext.request('#error-summary');
      return;
    }
    this.showSummary = false;
    if (this.spam.tripped()) {
      // Spam check tripped: nothing is sent. A person who was simply quick reads a neutral
      // request to check and send again; a robot learns nothing.
      this.spamNotice = true;
      this.focusNext.request('#spam-notice');
      return;
    }
    const payload = toPayload(this.values, this.locale);
    if (this.isMailto) return this.handToMailApp(payload);
    await this.post(payload);
  };

  private async post(payload: ReturnType<typeof toPayload>): Promise<void> {
    const url = this.postUrl!;
    this.sender.ensureKey();
    this.persist();
    this.setState('submitting');
    const result = await this.sender.send((key, signal) => sendProposal(url, payload, key, { timeoutMs: this.timeout, signal }));
    if ('aborted' in result) return;
    if (result.sent) {
      const receipt = result.value;
      clearDraft(url);
      this.resetForm();
      this.receipt = receipt;
      this.phase = 'submitted';
      this.setState('submitted');
      this.focusNext.request('#receipt-heading');
      this.emit<OgSubmitDetail>('og-submit', { reference: receipt.reference, status: receipt.status, trackUrl: receipt.trackUrl, answer: receipt.answer, via: 'post' });
      return;
    }
    const { error, reason, status } = result.failure;
    if (error instanceof LoadError && (status === 400 || status === 422)) {
      const errors = serverFieldErrors(error.body);
      if (Object.keys(errors).length) {
        this.serverErrors = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^author\./, ''), v]));
        this.showSummary = true;
        this.focusNext.request('#error-summary');
      }
    }
    if (!this.showSummary) this.focusNext.request('#failure');
    this.setState('error');
    this.emit('og-error', { kind: error instanceof LoadError ? error.kind : 'invalid', status, reason, source: 'submit' });
  }

  private handToMailApp(payload: ReturnType<typeof toPayload>): void {
    const theme = this.config.themes.find((t) => t.id === payload.theme);
    const link = mailtoLink(this.postUrl!, payload, {
      subject: msg('Proposal', { id: 'proposals.mail.subject' }),
      title: msg('Title', { id: 'proposals.field.title' }),
      theme: msg('Theme', { id: 'proposals.field.theme' }),
      problem: msg('The problem', { id: 'proposals.field.problem' }),
      solution: msg('Your proposed solution', { id: 'proposals.field.solution' }),
      expectedResult: msg('The expected result', { id: 'proposals.field.expectedResult' }),
    }, theme ? this.plain(theme.label) : undefined);
    if (!link) {
      this.sender.fail({ reason: 'no-source' });
      this.setState('error');
      this.focusNext.request('#failure');
      return;
    }
    this.mailto = link;
    this.phase = 'submitted';
    this.setState('submitted');
    this.focusNext.request('#receipt-heading');
    this.openMailto(link);
    this.emit<OgSubmitDetail>('og-submit', { via: 'mailto' });
  }

  /** Opens the person's mail app (a method so tests and hosts can replace it). */
  protected openMailto(link: string): void {
    window.location.href = link;
  }

  private mailSent = () => {
    if (this.postUrl) clearDraft(this.postUrl);
    this.startOver();
  };

  // ── Receipt ───────────────────────────────────────────────────────────────────

  private copyReference = async () => {
    const reference = this.receipt?.reference;
    if (!reference) return;
    try {
      await navigator.clipboard.writeText(reference);
      this.copyMessage = msg('Reference copied.', { id: 'proposals.copied' });
      return;
    } catch {
      /* no clipboard API or no permission: select it instead */
    }
    const node = this.renderRoot.querySelector('#reference');
    const selection = window.getSelection();
    let copied = false;
    if (node && selection) {
      selection.selectAllChildren(node);
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
    this.copyMessage = copied
      ? msg('Reference copied.', { id: 'proposals.copied' })
      : msg('The reference is selected: copy it with your device’s copy command.', { id: 'proposals.copy-selected' });
  };

  private print = () => window.print();

  // ── Messages ──────────────────────────────────────────────────────────────────

  private label(field: FieldName): string {
    switch (field) {
      case 'title':
        return msg('Title', { id: 'proposals.field.title' });
      case 'problem':
        return msg('The problem', { id: 'proposals.field.problem' });
      case 'solution':
        return msg('Your proposed solution', { id: 'proposals.field.solution' });
      case 'expectedResult':
        return msg('The expected result', { id: 'proposals.field.expectedResult' });
      case 'theme':
        return msg('Theme', { id: 'proposals.field.theme' });
      case 'name':
        return msg('Name', { id: 'proposals.field.name' });
      case 'email':
        return msg('Email address', { id: 'proposals.field.email' });
      case 'phone':
        return msg('Phone number', { id: 'proposals.field.phone' });
      case 'gender':
        return msg('Gender', { id: 'proposals.field.gender' });
      case 'ageRange':
        return msg('Age', { id: 'proposals.field.ageRange' });
      case 'consent':
        return msg('Consent', { id: 'proposals.field.consent' });
    }
  }

  private problemText(field: FieldName, problem: FieldProblem): string {
    switch (problem.code) {
      case 'required':
        if (field === 'title') return msg('Enter a title for your proposal.', { id: 'proposals.error.title' });
        if (field === 'problem') return msg('Describe the problem.', { id: 'proposals.error.problem' });
        if (field === 'solution') return msg('Describe the solution you propose.', { id: 'proposals.error.solution' });
        return msg('Enter your name.', { id: 'proposals.error.name' });
      case 'too-long':
        return msg(str`Use ${formatNumber(problem.max, this.locale)} characters or fewer (${formatNumber(problem.over, this.locale)} too many).`, { id: 'proposals.error.too-long' });
      case 'email':
        return msg('Enter an email address like name@example.com.', { id: 'proposals.error.email' });
      case 'phone':
        return msg('Enter a phone number like 0612345678 or +212 612 345 678.', { id: 'proposals.error.phone' });
      case 'contact-required':
        return msg('Give an email address or a phone number so that the commune can answer you.', { id: 'proposals.error.contact' });
      case 'consent':
        return msg('Tick the box to agree, otherwise your proposal cannot be sent.', { id: 'proposals.error.consent' });
    }
  }

  private counterText(field: FieldName, max: number): string {
    const left = max - characterCount(this.values[field] as string);
    return left >= 0
      ? msg(str`Characters left: ${formatNumber(left, this.locale)}`, { id: 'proposals.counter.left' })
      : msg(str`Too many characters: ${formatNumber(-left, this.locale)}`, { id: 'proposals.counter.over' });
  }

  private genderLabel(value: (typeof GENDERS)[number]): string {
    switch (value) {
      case 'woman':
        return msg('Woman', { id: 'proposals.gender.woman' });
      case 'man':
        return msg('Man', { id: 'proposals.gender.man' });
      case 'unspecified':
        return msg('I prefer not to say', { id: 'proposals.gender.unspecified' });
    }
  }

  private ageLabel(value: (typeof AGE_RANGES)[number]): string {
    const n = (v: number) => formatNumber(v, this.locale);
    switch (value) {
      case 'under-18':
        return msg(str`Under ${n(18)}`, { id: 'proposals.age.under' });
      case '60-plus':
        return msg(str`${n(60)} or older`, { id: 'proposals.age.over' });
      default: {
        const [from, to] = value.split('-').map(Number);
        return msg(str`${n(from)} to ${n(to)}`, { id: 'proposals.age.range' });
      }
    }
  }

  private failureText(failure: SendFailure): string {
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
          return Object.keys(this.serverErrors).length
            ? msg('The server found problems in the proposal: see the messages beside the fields.', { id: 'proposals.failure.fields' })
            : msg(str`The server refused the proposal (code ${failure.status}). Check it, then try again.`, { id: 'proposals.failure.refused' });
        }
        return failureMessage(failure.reason, failure.status);
      default:
        return failureMessage(failure.reason, failure.status);
    }
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    return html`<div class="root" part="base">${this.renderPhase()}</div>`;
  }

  private renderPhase(): TemplateResult {
    switch (this.phase) {
      case 'loading':
        return renderSkeleton(4);
      case 'no-source':
        return html`<div class="state-box error" part="error" role="alert"><p>${failureMessage('no-source')}</p></div>`;
      case 'submitted':
        return this.mailto ? this.renderMailReceipt(this.mailto) : this.renderReceipt(this.receipt ?? { answer: undefined });
      case 'form': {
        const win = windowState(this.config, this.currentTime(), timeZone(this.timeZone));
        if (win.phase === 'upcoming') {
          return html`<div class="state-box closed" part="notice closed" role="status">
            <p>${msg(str`Proposals can be sent from ${formatDateTime(win.opens, this.locale, this.timeZone)}.`, { id: 'proposals.window.upcoming' })}</p>
          </div>`;
        }
        if (win.phase === 'closed') {
          return html`<div class="state-box closed" part="notice closed" role="status">
            <p>
              ${win.closes
                ? msg(str`Proposals closed on ${formatDateTime(win.closes, this.locale, this.timeZone)}. Thank you to everyone who took part.`, { id: 'proposals.window.closed-on' })
                : msg('Proposals are closed. Thank you to everyone who took part.', { id: 'proposals.window.closed' })}
            </p>
          </div>`;
        }
        return this.renderForm(win.closes);
      }
    }
  }

  private renderForm(closes: string | undefined): TemplateResult {
    const blocked = this.sender.blocked;
    const fields = this.visibleFields();
    return html`<form part="form" novalidate @submit=${this.onSubmit} @focusout=${this.onBlur} aria-labelledby="form-heading">
      <header part="header">
        <h2 id="form-heading" tabindex="-1">${msg('Your proposal', { id: 'proposals.heading' })}</h2>
        <p class="muted">${msg('Fields marked “optional” can be left empty.', { id: 'proposals.intro' })}</p>
        ${closes ? html`<p class="muted">${msg(str`Open until ${formatDateTime(closes, this.locale, this.timeZone)}.`, { id: 'proposals.window.open-until' })}</p>` : nothing}
      </header>
      ${this.renderSummary(fields)} ${this.renderFailure(blocked)}
      ${this.spamNotice
        ? html`<p class="notice" part="notice" id="spam-notice" tabindex="-1" role="status">
            ${msg('Please take a moment to read your proposal again, then send it.', { id: 'proposals.spam-notice' })}
          </p>`
        : nothing}
      ${this.configFailed
        ? html`<p class="notice" part="notice">${msg('The form’s settings could not be loaded. You can still write and send your proposal.', { id: 'proposals.config-failed' })}</p>`
        : nothing}
      ${this.restoredFrom
        ? html`<div class="notice restored" part="notice restored" role="status">
            <p>${msg(str`Your draft from ${formatDateTime(this.restoredFrom, this.locale, this.timeZone)} was restored.`, { id: 'proposals.draft.restored' })}</p>
            <button class="og-button secondary small" part="button" type="button" @click=${this.discardDraft}>${msg('Discard draft', { id: 'proposals.draft.discard' })}</button>
          </div>`
        : nothing}

      <fieldset>
        <legend>${msg('What you propose', { id: 'proposals.group.proposal' })}</legend>
        ${this.renderText('title', { autocomplete: 'off' })}
        ${fields.includes('theme') ? this.renderTheme() : nothing}
        ${this.renderText('problem', { multiline: true, hint: msg('What does not work today, and for whom?', { id: 'proposals.hint.problem' }) })}
        ${this.renderText('solution', { multiline: true, hint: msg('What should be done, and by whom?', { id: 'proposals.hint.solution' }) })}
        ${this.renderText('expectedResult', { multiline: true, optional: true, hint: msg('What would change if it were done?', { id: 'proposals.hint.expectedResult' }) })}
      </fieldset>

      ${this.isMailto
        ? html`<p class="muted">${msg('Your proposal will be sent from your own mail app: the commune can answer you at your email address.', { id: 'proposals.mailto-hint' })}</p>`
        : html`<fieldset>
              <legend>${this.config.contactRequired ? msg('How to contact you', { id: 'proposals.group.contact-required' }) : msg('How to contact you (optional)', { id: 'proposals.group.contact' })}</legend>
              <p class="muted hint" id="contact-hint">
                ${this.config.contactRequired
                  ? msg('Give your name and an email address or a phone number, so that the commune can answer you.', { id: 'proposals.hint.contact-required' })
                  : msg('Only if you want the commune to be able to answer you.', { id: 'proposals.hint.contact' })}
              </p>
              ${this.renderText('name', { autocomplete: 'name', optional: !this.config.contactRequired })}
              ${this.renderText('email', { type: 'email', autocomplete: 'email', optional: true, dir: 'ltr' })}
              ${this.renderText('phone', { type: 'tel', autocomplete: 'tel', optional: true, dir: 'ltr' })}
            </fieldset>
            <fieldset>
              <legend>${msg('About you (optional)', { id: 'proposals.group.about' })}</legend>
              <p class="muted hint">${msg('Only used to count who takes part (for example how many women and men). Leave empty if you prefer.', { id: 'proposals.hint.about' })}</p>
              ${this.renderSelect('gender', GENDERS.map((g) => [g, this.genderLabel(g)]))}
              ${this.renderSelect('ageRange', AGE_RANGES.map((a) => [a, this.ageLabel(a)]))}
            </fieldset>`}

      ${this.spam.render()}

      ${this.renderConsent()}

      <div class="actions">
        <button class="og-button send" part="button submit" type="submit" ?disabled=${this.sender.sending || blocked} aria-describedby=${blocked ? 'retry-at' : nothing}>
          ${this.sender.sending
            ? msg('Sending…', { id: 'proposals.sending' })
            : this.sender.failure
              ? msg('Send again', { id: 'proposals.send-again' })
              : msg('Send my proposal', { id: 'proposals.send' })}
        </button>
        ${!this.kiosk && this.draftSaved && !this.isMailto
          ? html`<span class="muted saved">${msg('Draft saved on this device.', { id: 'proposals.draft.saved' })}</span>`
          : nothing}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.sender.sending ? msg('Sending…', { id: 'proposals.sending' }) : this.liveMessage}</p>
    </form>`;
  }

  private renderSummary(fields: readonly FieldName[]): TemplateResult | typeof nothing {
    if (!this.showSummary) return nothing;
    const items: { field?: string; text: TemplateResult | string | typeof nothing }[] = [];
    for (const field of fields) {
      const server = this.serverErrors[field];
      const problem = this.problems[field];
      if (problem) items.push({ field, text: this.problemText(field, problem) });
      else if (server) items.push({ field, text: this.text(server) });
    }
    for (const [field, message] of Object.entries(this.serverErrors)) {
      if (!(fields as readonly string[]).includes(field)) items.push({ text: this.text(message) });
    }
    if (!items.length) return nothing;
    return html`<div class="error-summary" part="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">${msg('There is a problem', { id: 'proposals.summary.title' })}</h3>
      <ul>
        ${items.map((item) =>
          item.field
            ? html`<li><a href=${`#f-${item.field}`} @click=${(e: Event) => this.focusField(e, item.field!)}>${item.text}</a></li>`
            : html`<li>${item.text}</li>`,
        )}
      </ul>
    </div>`;
  }

  private focusField(event: Event, field: string): void {
    event.preventDefault();
    const control = this.renderRoot.querySelector<HTMLElement>(`#f-${field}`);
    control?.scrollIntoView?.({ block: 'center' });
    control?.focus();
  }

  private renderFailure(blocked: boolean): TemplateResult | typeof nothing {
    const failure = this.sender.failure;
    if (!failure || this.sender.sending) return nothing;
    return html`<div class="state-box error failure" part="failure" id="failure" tabindex="-1" role="alert">
      <p><strong>${msg('Your proposal has not been sent yet. What you wrote is kept.', { id: 'proposals.failure.title' })}</strong></p>
      <p>${this.failureText(failure)}</p>
      ${failure.retryAt
        ? html`<p id="retry-at">
            ${!blocked
              ? msg('You can send it again now.', { id: 'proposals.failure.retry-ready' })
              : failure.waitSeconds !== undefined && failure.waitSeconds <= 90
                ? msg(str`The server asks to wait ${formatSeconds(failure.waitSeconds, this.locale)}: the button will work again by itself.`, { id: 'proposals.failure.retry-in' })
                : msg(str`The server asks to wait: you can send it again from ${formatTime(new Date(failure.retryAt), this.locale, this.timeZone)}.`, { id: 'proposals.failure.retry-at' })}
          </p>`
        : nothing}
    </div>`;
  }

  private describedBy(field: FieldName, extra: (string | false | undefined)[] = []): string {
    const ids = [...extra, this.fieldError(field) ? `f-${field}-error` : undefined].filter(Boolean);
    return ids.join(' ');
  }

  private fieldError(field: FieldName): TemplateResult | string | typeof nothing | undefined {
    const problem = this.problems[field];
    if (problem) return this.problemText(field, problem);
    const server = this.serverErrors[field];
    return server && this.plain(server) ? this.text(server) : undefined;
  }

  private renderFieldError(field: FieldName): TemplateResult | typeof nothing {
    const error = this.fieldError(field);
    if (!error) return nothing;
    return html`<p class="field-error" part="field-error" id=${`f-${field}-error`}>
      <span class="visually-hidden">${msg('Error:', { id: 'proposals.error-prefix' })}</span> ${error}
    </p>`;
  }

  private renderLabel(field: FieldName, optional: boolean): TemplateResult {
    return html`<label for=${`f-${field}`}>
      ${this.label(field)} ${optional ? html`<span class="optional">${msg('(optional)', { id: 'proposals.optional' })}</span>` : nothing}
    </label>`;
  }

  private renderText(
    field: FieldName,
    opts: { multiline?: boolean; optional?: boolean; hint?: string; type?: string; autocomplete?: string; dir?: 'ltr' } = {},
  ): TemplateResult {
    const max = (TEXT_FIELDS as readonly string[]).includes(field) ? limitOf(field, this.config) : undefined;
    const value = this.values[field] as string;
    const invalid = !!this.fieldError(field);
    const count = max !== undefined ? characterCount(value) : 0;
    const describedBy = this.describedBy(field, [opts.hint && `f-${field}-hint`, max !== undefined && `f-${field}-limit`]);
    const onInput = (e: Event) => this.onInput(field, e);
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field">
      ${this.renderLabel(field, !!opts.optional)}
      ${opts.hint ? html`<p class="hint muted" id=${`f-${field}-hint`}>${opts.hint}</p>` : nothing}
      ${this.renderFieldError(field)}
      ${opts.multiline
        ? html`<textarea
            id=${`f-${field}`}
            name=${field}
            rows="5"
            dir="auto"
            .value=${live(value)}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            ?required=${!opts.optional}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${`f-${field}`}
            name=${field}
            type=${opts.type ?? 'text'}
            dir=${opts.dir ?? 'auto'}
            autocomplete=${opts.autocomplete ?? nothing}
            .value=${live(value)}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            ?required=${!opts.optional}
            @input=${onInput}
          />`}
      ${max !== undefined
        ? html`<span class="visually-hidden" id=${`f-${field}-limit`}>${msg(str`You can enter up to ${formatNumber(max, this.locale)} characters.`, { id: 'proposals.counter.limit' })}</span>
            <p class="counter muted ${count > max ? 'over' : ''}" part="counter" aria-hidden="true">${this.counterText(field, max)}</p>`
        : nothing}
    </div>`;
  }

  private renderTheme(): TemplateResult {
    const invalid = !!this.fieldError('theme');
    return html`<div class="field" part="field">
      ${this.renderLabel('theme', true)} ${this.renderFieldError('theme')}
      <select
        id="f-theme"
        name="theme"
        .value=${live(this.values.theme)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${this.describedBy('theme') || nothing}
        @change=${(e: Event) => this.onInput('theme', e)}
      >
        <option value="">${msg('Choose a theme', { id: 'proposals.theme.choose' })}</option>
        ${this.config.themes.map((t) => html`<option value=${t.id} ?selected=${t.id === this.values.theme}>${this.plain(t.label)}</option>`)}
      </select>
    </div>`;
  }

  private renderSelect(field: 'gender' | 'ageRange', options: [string, string][]): TemplateResult {
    return html`<div class="field" part="field">
      ${this.renderLabel(field, true)} ${this.renderFieldError(field)}
      <select id=${`f-${field}`} name=${field} .value=${live(this.values[field])} aria-describedby=${this.describedBy(field) || nothing} @change=${(e: Event) => this.onInput(field, e)}>
        <option value="">${msg('Not given', { id: 'proposals.not-given' })}</option>
        ${options.map(([value, label]) => html`<option value=${value} ?selected=${value === this.values[field]}>${label}</option>`)}
      </select>
    </div>`;
  }

  private renderConsent(): TemplateResult {
    const invalid = !!this.fieldError('consent');
    const privacy = safeUrl(this.config.privacyNoticeUrl);
    return html`<div class="field consent ${invalid ? 'invalid' : ''}" part="field">
      ${this.renderFieldError('consent')}
      <div class="check">
        <input
          id="f-consent"
          name="consent"
          type="checkbox"
          .checked=${live(this.values.consent)}
          required
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this.describedBy('consent', ['consent-hint']) || nothing}
          @change=${(e: Event) => this.onInput('consent', e)}
        />
        <label for="f-consent">
          ${msg('I agree that the commune processes my proposal, and the contact details I chose to give, to review it and answer me.', { id: 'proposals.consent' })}
        </label>
      </div>
      <p class="hint muted" id="consent-hint">
        ${msg('Your personal data is protected by law 09-08. It is never published.', { id: 'proposals.privacy' })}
        ${privacy ? html`<a href=${privacy} target="_blank" rel="noopener">${msg('Read the privacy notice', { id: 'proposals.privacy-link' })}</a>` : nothing}
      </p>
    </div>`;
  }

  private renderReceipt(receipt: Receipt): TemplateResult {
    const track = safeUrl(receipt.trackUrl);
    const outcomes = this.outcomesUrl ? safeUrl(this.outcomesUrl, document.baseURI) : undefined;
    return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading" tabindex="-1">${msg('Thank you: your proposal was received.', { id: 'proposals.receipt.title' })}</h2>
      ${receipt.reference
        ? html`<p>${msg('Your reference — keep it to follow what becomes of your proposal:', { id: 'proposals.receipt.reference' })}</p>
            <p class="reference" part="reference"><span id="reference" dir="ltr">${receipt.reference}</span></p>
            <div class="actions no-print">
              <button class="og-button secondary" part="button" type="button" @click=${this.copyReference}>${msg('Copy the reference', { id: 'proposals.receipt.copy' })}</button>
              <button class="og-button secondary" part="button" type="button" @click=${this.print}>${msg('Print this receipt', { id: 'proposals.receipt.print' })}</button>
            </div>
            <p class="muted" role="status">${this.copyMessage}</p>`
        : html`<p>${msg('The server did not give a reference number.', { id: 'proposals.receipt.no-reference' })}</p>`}
      ${track ? html`<p><a href=${track} target="_blank" rel="noopener">${msg('Follow your proposal', { id: 'proposals.receipt.track' })}</a></p>` : nothing}
      ${outcomes && receipt.reference
        ? html`<p><a class="outcome-link" href=${`${outcomes.split('#')[0]}#og-proposal=${encodeURIComponent(receipt.reference)}`}>${msg('See what becomes of it', { id: 'proposals.receipt.outcome' })}</a></p>`
        : nothing}
      <p class="muted">${msg('Every proposal is reviewed, and what becomes of it is published, with the reasons when it is not kept.', { id: 'proposals.receipt.next' })}</p>
      <div class="actions no-print">
        <button class="og-button" part="button" type="button" @click=${this.startOver}>${msg('Send another proposal', { id: 'proposals.receipt.another' })}</button>
      </div>
    </section>`;
  }

  private renderMailReceipt(link: string): TemplateResult {
    return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading" tabindex="-1">${msg('Your mail app should now open with your proposal.', { id: 'proposals.mail.title' })}</h2>
      <p>${msg('Send the email to finish. Your proposal is kept here until you say it is sent.', { id: 'proposals.mail.body' })}</p>
      <div class="actions">
        <a class="og-button secondary" part="button" href=${link}>${msg('Open the email again', { id: 'proposals.mail.again' })}</a>
        <button class="og-button" part="button" type="button" @click=${this.mailSent}>${msg('I sent it: clear the form', { id: 'proposals.mail.sent' })}</button>
        <button class="og-button secondary" part="button" type="button" @click=${this.backToForm}>${msg('Back to my proposal', { id: 'proposals.mail.back' })}</button>
      </div>
    </section>`;
  }

  private backToForm = () => {
    this.mailto = undefined;
    this.phase = 'form';
    this.setState('idle');
    this.focusNext.request('#form-heading');
  };
}
