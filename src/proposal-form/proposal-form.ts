import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { OgElement } from '../core/og-element.js';
import { onConfigChange, resolveUrl, resourceUrl } from '../core/config.js';
import { loadDocument } from '../core/data-source.js';
import { isAbort, LoadError } from '../core/loader.js';
import { FocusAfterRender } from '../core/focus-after-render.js';
import { SendController } from '../core/send-controller.js';
import { KioskController } from '../core/kiosk.js';
import { SpamCheck } from '../core/spam-check.js';
import { reasonOf, renderSkeleton } from '../core/state-views.js';
import { timeZone } from '../core/format.js';
import { themeStyles } from '../core/theme.js';
import type { LocalizedText } from '../core/validation.js';
import { DEFAULT_CONFIG, TEXT_FIELDS, parseFormConfig, serverFieldErrors, type FieldName, type FormConfig, type Receipt } from './schema.js';
import { emptyValues, FORM_ORDER, hasContent, limitOf, mailtoLink, toPayload, validateAll, validateField, windowState, type Problems, type ProposalValues } from './proposal.js';
import { clearDraft, readDraft, saveDraft } from './draft.js';
import { sendProposal } from './submit.js';
import { counterText, mailLabels } from './fields-view.js';
import { renderForm } from './form-view.js';
import { copyReference, renderMailReceipt, renderReceipt } from './receipt-view.js';
import { renderNoSource, renderWindowNotice } from './window-view.js';
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

  /** One listener for every control, the same at each render: the field is the control's `name`. */
  private onInput = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const field = target.name as FieldName;
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
  };

  /** Counters are shown as the person types, but read out only after a pause. */
  private announceCount(field: FieldName, max: number): void {
    clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(() => (this.liveMessage = counterText(this.values[field] as string, max, this.locale)), 1200);
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
    const link = mailtoLink(this.postUrl!, payload, mailLabels(), theme ? this.plain(theme.label) : undefined);
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

  private backToForm = () => {
    this.mailto = undefined;
    this.phase = 'form';
    this.setState('idle');
    this.focusNext.request('#form-heading');
  };

  // ── Receipt ───────────────────────────────────────────────────────────────────

  private copyReference = async () => {
    const reference = this.receipt?.reference;
    if (reference) this.copyMessage = await copyReference(reference, this.renderRoot);
  };

  // ── Rendering ─────────────────────────────────────────────────────────────────
  // The views are plain functions (form-view.ts, receipt-view.ts, window-view.ts); the element
  // only picks one and hands it what it reads.

  override render(): TemplateResult {
    return html`<div class="root" part="base">${this.renderPhase()}</div>`;
  }

  private renderPhase(): TemplateResult {
    switch (this.phase) {
      case 'loading':
        return renderSkeleton(4);
      case 'no-source':
        return renderNoSource();
      case 'submitted':
        return this.mailto
          ? renderMailReceipt(this.mailto, this.mailSent, this.backToForm)
          : renderReceipt(this.receipt ?? { answer: undefined }, this.copyMessage, this.outcomesUrl, this.copyReference, this.startOver);
      case 'form': {
        const win = windowState(this.config, this.currentTime(), timeZone(this.timeZone));
        if (win.phase !== 'open') return renderWindowNotice(win, this.locale, this.timeZone);
        // What form-view.ts reads (form-context.ts): this render's state, and the element's own handlers.
        return renderForm({
          locale: this.locale, timeZone: this.timeZone, config: this.config, values: this.values, problems: this.problems, serverErrors: this.serverErrors,
          text: (value) => this.text(value), plain: (value) => this.plain(value), onInput: this.onInput,
          fields: this.visibleFields(), closes: win.closes, sender: this.sender, spam: this.spam, isMailto: this.isMailto,
          showSummary: this.showSummary, spamNotice: this.spamNotice, configFailed: this.configFailed, restoredFrom: this.restoredFrom,
          draftSaved: this.draftSaved && !this.kiosk, liveMessage: this.liveMessage, onSubmit: this.onSubmit, onBlur: this.onBlur, discardDraft: this.discardDraft,
        });
      }
    }
  }
}
