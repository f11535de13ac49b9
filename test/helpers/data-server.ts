/**
 * Test helpers: stub `fetch` with canned answers (and see every request), wait for a
 * widget's `state`, and set the page locale.
 */
import { configure, resetConfig } from '../../src/core/config.js';
import { applyLocale, type UiLocale } from '../../src/core/localization.js';
import { clearCopies } from '../../src/core/last-good-copy.js';
import { WAIT_BOUND_MS } from './wait.js';

export type Answer =
  | { status?: number; body: unknown; headers?: Record<string, string>; delayMs?: number }
  | { hang: true }
  | { networkError: true };

export interface RecordedRequest {
  url: string;
  init?: RequestInit;
  signal?: AbortSignal;
}

const realFetch = window.fetch.bind(window);

/**
 * Replaces fetch: `answers` maps a URL suffix to an answer, or to a list of answers given in
 * turn (the last one repeats). Returns the list of requests made.
 */
export function stubFetch(answers: Record<string, Answer | Answer[]>): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  const turns = new Map<string, number>();
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requests.push({ url, init, signal: init?.signal ?? undefined });
    const key = Object.keys(answers).find((suffix) => url.endsWith(suffix));
    if (!key) return realFetch(input, init);
    const list = ([] as Answer[]).concat(answers[key]);
    const turn = turns.get(key) ?? 0;
    turns.set(key, turn + 1);
    const answer = list[Math.min(turn, list.length - 1)];
    const signal = init?.signal;
    if ('hang' in answer) {
      return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('aborted', 'AbortError'))));
    }
    if ('networkError' in answer) throw new TypeError('Failed to fetch');
    if (answer.delayMs) {
      await new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, answer.delayMs);
        signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)));
      });
    }
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(body, { status: answer.status ?? 200, headers: { 'content-type': 'application/json', ...answer.headers } });
  }) as typeof fetch;
  return requests;
}

export function restoreFetch(): void {
  window.fetch = realFetch;
}

/** Resolves when `el` has `state` set to one of `states`, or fails after the tests' bound (WAIT_BOUND_MS). */
export function waitForState(el: Element, ...states: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`state stayed "${el.getAttribute('state')}", expected ${states.join(' or ')}`));
    }, WAIT_BOUND_MS);
    const check = () => {
      if (states.includes(el.getAttribute('state') ?? '')) {
        clearTimeout(timeout);
        observer.disconnect();
        // Let Lit finish the render that follows the state change.
        requestAnimationFrame(() => setTimeout(resolve));
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(check);
    if (!check()) observer.observe(el, { attributes: true, attributeFilter: ['state'] });
  });
}

/** Sets the page locale and waits until the translations are active. */
export async function useLocale(locale: UiLocale): Promise<void> {
  configure({ locale });
  await applyLocale(locale);
}

/** Restores a clean page between tests. */
export async function resetPage(): Promise<void> {
  restoreFetch();
  resetConfig();
  clearCopies();
  await applyLocale('en');
}

export const shadow = (el: Element) => el.shadowRoot!;
export const query = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
export const queryAll = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const textOf = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
