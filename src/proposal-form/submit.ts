import { postJson } from '../core/send-controller.js';
import { parseReceipt, type Receipt } from './schema.js';
import type { ProposalPayload } from './proposal.js';

/**
 * POSTs a proposal once with its Idempotency-Key (retries are the SendController's, always with
 * the same key, so a proposal that did arrive is never doubled). Resolves with the receipt;
 * rejects with a LoadError (its `body` holds a 400/422's errors and its `retryAfter` the
 * server's `Retry-After`).
 */
export async function sendProposal(url: string, payload: ProposalPayload, idempotencyKey: string, opts: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<Receipt> {
  return parseReceipt(await postJson(url, payload, idempotencyKey, opts));
}
