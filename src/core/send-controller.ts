import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchText, isAbort, LoadError, type FailureReason } from './loader.js';
import { reasonOf } from './state-views.js';
import { newIdempotencyKey } from './idempotency.js';

export { newIdempotencyKey } from './idempotency.js';

/** Why the last attempt failed, and when the server said we may try again. */
export interface SendFailure {
  reason: FailureReason;
  status?: number;
  /** When the server said we may try again (ms since epoch), from `Retry-After`. */
  retryAt?: number;
  /** The server's `Retry-After`, in seconds. */
  waitSeconds?: number;
  /** What was thrown (a LoadError holds a 400/422's body). */
  error: unknown;
}

export type SendResult<T> = { sent: true; value: T } | { sent: false; failure: SendFailure } | { sent: false; aborted: true };

export interface SendOptions {
  /**
   * Attempts made again by themselves after a timeout, a network error, a 5xx or a 429 (default
   * 0: the person decides). Every attempt carries the same Idempotency-Key, so nothing is doubled.
   */
  autoRetries?: number;
  /** First wait between automatic attempts, doubling each time (default 1000 ms). */
  backoffMs?: number;
  /** A longer `Retry-After` stops the automatic attempts and is shown to the person (default 15 s). */
  maxAutoWaitSeconds?: number;
  /** Called when a server's `Retry-After` has run out (say so, e.g. in a live region). */
  onRetryReady?: () => void;
}

const RETRYABLE = new Set<FailureReason>(['timeout', 'network', 'server', 'rate-limited']);

/**
 * POSTs a JSON body with an `Idempotency-Key` once (no automatic retry here: SendController
 * decides). Resolves with the response text; rejects with a LoadError (its `body` holds a
 * 400/422's errors and its `retryAfter` the server's `Retry-After`).
 */
export async function postJson(url: string, payload: unknown, idempotencyKey: string, opts: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<string> {
  const { text } = await fetchText(url, {
    retries: 0,
    timeoutMs: opts.timeoutMs ?? 20_000,
    signal: opts.signal,
    maxBytes: 256 * 1024,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify(payload),
      cache: 'no-store',
      referrerPolicy: 'strict-origin-when-cross-origin',
    },
  });
  return text;
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/**
 * Sending something a person made (a proposal, a vote) so that it is never lost nor doubled:
 * one Idempotency-Key per item, kept across every attempt until one succeeds (then a new item
 * gets a new key); a server's `Retry-After` honoured (the send button stays off until then, and
 * comes back by itself); optional automatic attempts on timeouts, 5xx and 429; an attempt in
 * flight aborted when the widget leaves the page. The host renders `sending` and `failure`.
 */
export class SendController implements ReactiveController {
  sending = false;
  failure?: SendFailure;
  private key?: string;
  private abort?: AbortController;
  private retryTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SendOptions = {},
  ) {
    host.addController(this);
  }

  /** The key of the item being sent, if one was made or restored. */
  get idempotencyKey(): string | undefined {
    return this.key;
  }

  /** The key for the current item, made the first time it is needed. */
  ensureKey(): string {
    return (this.key ??= newIdempotencyKey());
  }

  /** Continues with a key kept on the device (a restored draft or vote). */
  adoptKey(key: string | undefined): void {
    if (key) this.key = key;
  }

  /** True while the server's `Retry-After` is still running. */
  get blocked(): boolean {
    return !!this.failure?.retryAt && Date.now() < this.failure.retryAt;
  }

  /**
   * Runs `attempt` with the item's key (and again, with the same key, for automatic retries).
   * On success the key is dropped: the next item gets a new one.
   */
  async send<T>(attempt: (key: string, signal: AbortSignal) => Promise<T>): Promise<SendResult<T>> {
    const key = this.ensureKey();
    this.abort?.abort(new DOMException('Replaced', 'AbortError'));
    const abort = (this.abort = new AbortController());
    this.sending = true;
    this.failure = undefined;
    clearTimeout(this.retryTimer);
    this.host.requestUpdate();
    const retries = Math.max(0, this.options.autoRetries ?? 0);
    for (let n = 0; ; n++) {
      try {
        const value = await attempt(key, abort.signal);
        if (abort.signal.aborted) return { sent: false, aborted: true };
        this.sending = false;
        this.key = undefined;
        this.host.requestUpdate();
        return { sent: true, value };
      } catch (error) {
        if (isAbort(error) || abort.signal.aborted) return { sent: false, aborted: true };
        const failure = this.failureOf(error);
        const retryAfter = failure.waitSeconds;
        const again = n < retries && RETRYABLE.has(failure.reason) && (retryAfter === undefined || retryAfter <= (this.options.maxAutoWaitSeconds ?? 15));
        if (again) {
          try {
            await wait(retryAfter !== undefined ? retryAfter * 1000 : (this.options.backoffMs ?? 1000) * 2 ** n, abort.signal);
            continue;
          } catch {
            return { sent: false, aborted: true };
          }
        }
        this.sending = false;
        this.failure = failure;
        if (failure.retryAt) this.scheduleRetryReady(failure.retryAt);
        this.host.requestUpdate();
        return { sent: false, failure };
      }
    }
  }

  private failureOf(error: unknown): SendFailure {
    const { reason, status } = reasonOf(error);
    const retryAfter = error instanceof LoadError ? error.retryAfter : undefined;
    const waitSeconds = retryAfter !== undefined && retryAfter > 0 ? Math.min(retryAfter, 3600) : undefined;
    return { reason, status, waitSeconds, retryAt: waitSeconds !== undefined ? Date.now() + waitSeconds * 1000 : undefined, error };
  }

  /** Shows a failure found before sending (e.g. no address to send to). */
  fail(failure: Omit<SendFailure, 'error'> & { error?: unknown }): void {
    this.failure = { error: undefined, ...failure };
    this.host.requestUpdate();
  }

  private scheduleRetryReady(at: number): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.options.onRetryReady?.();
      this.host.requestUpdate();
    }, Math.max(0, at - Date.now()) + 50);
  }

  /** Stops an attempt in flight (the item and its key are kept). */
  cancel(reason = 'Cancelled'): void {
    this.abort?.abort(new DOMException(reason, 'AbortError'));
    this.abort = undefined;
    if (this.sending) {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  /** A new item: stops any attempt, forgets the failure and the key. */
  reset(): void {
    this.cancel('Reset');
    clearTimeout(this.retryTimer);
    this.failure = undefined;
    this.key = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.cancel('The widget left the page');
    clearTimeout(this.retryTimer);
  }
}
