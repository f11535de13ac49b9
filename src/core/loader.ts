import type { ErrorKind } from './events.js';

/**
 * Why a load failed, in terms a person can be told: each has its own localized message
 * (see state-views.ts).
 */
export type FailureReason =
  | 'offline'
  | 'network'
  | 'timeout'
  | 'server'
  | 'not-found'
  | 'rate-limited'
  | 'http'
  | 'invalid'
  | 'too-large'
  | 'no-source'
  /** An HTML page where data was expected (a maintenance page, a wrong address). */
  | 'not-data'
  /** A GraphQL API answered the query with errors and no data. */
  | 'query-refused'
  /** A platform's component that does not exist, is private or unpublished. */
  | 'no-component'
  /** A platform's component of another kind than the widget reads. */
  | 'wrong-component'
  /** A data package whose model names a column its CSV lacks. */
  | 'missing-column';

export class LoadError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly reason: FailureReason,
    readonly status?: number,
    /** Seconds to wait before retrying, from `Retry-After`. */
    readonly retryAfter?: number,
    /** Server's JSON error body, when it sent one (e.g. 422 field errors). */
    readonly body?: unknown,
  ) {
    super(`${kind}: ${reason}${status ? ` (${status})` : ''}`);
    this.name = 'LoadError';
  }
}

export interface FetchPolicy {
  signal?: AbortSignal;
  /** Milliseconds before giving up (default 15 s). */
  timeoutMs?: number;
  /** Automatic retries for network errors and 5xx (default 1). */
  retries?: number;
  /** First backoff delay in ms; doubles each retry (default 600). */
  backoffMs?: number;
  /** Largest body accepted, in bytes (default 5 MB): a bigger one is refused, not read. */
  maxBytes?: number;
  init?: RequestInit;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * fetch + timeout + retry with backoff + abort + a size bound. Resolves with the response
 * text; rejects with a LoadError, or with the caller's AbortError when it aborted.
 */
export async function fetchText(url: string, policy: FetchPolicy = {}): Promise<{ text: string; response: Response }> {
  const retries = policy.retries ?? 1;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, policy);
    } catch (error) {
      const retryable = error instanceof LoadError && (error.reason === 'network' || error.reason === 'server');
      if (!retryable || attempt >= retries || policy.signal?.aborted) throw error;
      await delay((policy.backoffMs ?? 600) * 2 ** attempt * (1 + Math.random() * 0.3), policy.signal);
    }
  }
}

async function fetchOnce(url: string, policy: FetchPolicy): Promise<{ text: string; response: Response }> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), policy.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signals = [timeout.signal, ...(policy.signal ? [policy.signal] : [])];
  const signal = anySignal(signals);
  try {
    let response: Response;
    try {
      // No cookies or credentials ever travel with a widget's request (API.md).
      // The loader's early fetch knows nothing of this timeout or abort: race it against them.
      const prefetched = takePrefetched(url, policy.init);
      response = await (prefetched ? untilAborted(prefetched, signal) : fetch(url, { credentials: 'omit', ...policy.init, signal }));
    } catch (error) {
      throw failure(error, policy.signal, timeout.signal);
    }
    if (!response.ok) throw await httpError(response);
    const text = await readBounded(response, policy.maxBytes ?? DEFAULT_MAX_BYTES, signal).catch((error) => {
      throw failure(error, policy.signal, timeout.signal);
    });
    return { text, response };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A response the page's loader script (dist/opengov-widgets.iife.js) already started for this
 * URL, taken once: only for a plain GET, the request a data widget makes first.
 */
function takePrefetched(url: string, init: RequestInit | undefined): Promise<Response> | undefined {
  if (init?.method || init?.body) return undefined;
  const store = (globalThis as { OpenGovWidgets?: { prefetched?: Map<string, Promise<Response>> } }).OpenGovWidgets?.prefetched;
  const response = store?.get(url);
  if (response) store!.delete(url);
  return response;
}

/** The response, or the signal's reason once it aborts first (a late response's body is then dropped). */
function untilAborted(response: Promise<Response>, signal: AbortSignal): Promise<Response> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      response.then((late) => late.body?.cancel().catch(() => {}), () => {});
    };
    signal.addEventListener('abort', onAbort, { once: true });
    response.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error) => (signal.removeEventListener('abort', onAbort), reject(error)),
    );
  });
}

function failure(error: unknown, caller: AbortSignal | undefined, timeout: AbortSignal): unknown {
  if (error instanceof LoadError) return error;
  if (caller?.aborted) return caller.reason ?? error;
  if (timeout.aborted) return new LoadError('timeout', 'timeout');
  return networkFailure();
}

/** The network failed: "offline" when the device says so, else "network". */
function networkFailure(): LoadError {
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  return new LoadError('network', offline ? 'offline' : 'network');
}

/**
 * A part of a widget loaded on demand (`import()`): a module that cannot be fetched is a
 * network failure, which the widget shows with the localized error and its retry button.
 */
export async function loadPart<T>(what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    console.warn(`[opengov-widgets] ${what} could not be loaded`, error);
    throw networkFailure();
  }
}

async function httpError(response: Response): Promise<LoadError> {
  const status = response.status;
  let body: unknown;
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    body = await readBounded(response, 256 * 1024).then(JSON.parse, () => undefined).catch(() => undefined);
  }
  if (status === 404 || status === 410) return new LoadError('http', 'not-found', status, undefined, body);
  if (status === 429) return new LoadError('http', 'rate-limited', status, parseRetryAfter(response.headers.get('retry-after')), body);
  if (status >= 500) return new LoadError('http', 'server', status, parseRetryAfter(response.headers.get('retry-after')), body);
  return new LoadError('http', 'http', status, undefined, body);
}

/** `Retry-After` as seconds (it may be a number of seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - now) / 1000));
}

/**
 * Reads the body as UTF-8 text, refusing it as soon as it passes `maxBytes`, and stopping
 * when `signal` aborts (a body that stalls halfway must not outlive the timeout).
 */
async function readBounded(response: Response, maxBytes: number, signal?: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    response.body?.cancel().catch(() => {});
    throw new LoadError('invalid', 'too-large', response.status);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const onAbort = () => reader.cancel().catch(() => {});
  signal?.throwIfAborted();
  signal?.addEventListener('abort', onAbort, { once: true });
  let size = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      // A cancelled read ends as if done: an aborted read is not a whole body.
      signal?.throwIfAborted();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        reader.cancel().catch(() => {});
        throw new LoadError('invalid', 'too-large', response.status);
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  return text + decoder.decode();
}

function anySignal(signals: AbortSignal[]): AbortSignal {
  const native = (AbortSignal as { any?: (s: AbortSignal[]) => AbortSignal }).any;
  if (native) return native(signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) controller.abort(s.reason);
    else s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
