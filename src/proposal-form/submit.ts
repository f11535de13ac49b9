import { fetchText } from '../core/loader.js';
import { parseReceipt, type Receipt } from './schema.js';
import type { ProposalPayload } from './proposal.js';

/**
 * POSTs a proposal once (no automatic retry: the person decides, and every retry of the same
 * draft carries the same Idempotency-Key, so a proposal that did arrive is never doubled).
 * Resolves with the receipt; rejects with a LoadError (its `body` holds a 400/422's errors and
 * its `retryAfter` the server's `Retry-After`).
 */
export async function sendProposal(url: string, payload: ProposalPayload, idempotencyKey: string, opts: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<Receipt> {
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
  return parseReceipt(text);
}
