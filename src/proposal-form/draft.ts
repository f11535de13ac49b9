import { DeviceCopy } from '../core/device-copy.js';
import { PERSONAL_FIELDS } from './schema.js';
import { emptyValues, type ProposalValues } from './proposal.js';

/**
 * The person's draft, kept on the device so nothing they wrote is lost: saved as they type,
 * restored when they come back, cleared only by a successful submission or by "discard".
 * It holds the proposal's text and theme and the Idempotency-Key of this draft; personal
 * fields (name, email, phone, gender, age) and consent are never written to the device.
 */
export interface Draft {
  values: Partial<ProposalValues>;
  /** Sent as `Idempotency-Key` on every attempt to submit this draft. */
  idempotencyKey: string;
  /** When the person started this draft (ms since epoch): the minimum fill time counts from it. */
  startedAt: number;
  /** Last save (ISO instant), shown as "draft from …". */
  savedAt: string;
}

const PREFIX = 'og-proposal-draft:';

export const draftKey = (postUrl: string) => `${PREFIX}${postUrl}`;

/** Keeps only the proposal's own fields: personal ones are never read back from the device. */
function proposalValues(raw: unknown): Partial<ProposalValues> {
  const values: Partial<ProposalValues> = {};
  if (!raw || typeof raw !== 'object') return values;
  const template = emptyValues();
  for (const [field, value] of Object.entries(raw)) {
    if (field in template && typeof value === 'string' && !(PERSONAL_FIELDS as readonly string[]).includes(field)) {
      (values as Record<string, string>)[field] = value;
    }
  }
  return values;
}

const drafts = new DeviceCopy<Draft>(PREFIX, (raw) => {
  const parsed = raw as Partial<Draft> | null;
  if (!parsed || typeof parsed !== 'object' || typeof parsed.idempotencyKey !== 'string' || !parsed.values || typeof parsed.values !== 'object') return undefined;
  return {
    values: proposalValues(parsed.values),
    idempotencyKey: parsed.idempotencyKey.slice(0, 100),
    startedAt: typeof parsed.startedAt === 'number' ? parsed.startedAt : 0,
    savedAt: typeof parsed.savedAt === 'string' ? parsed.savedAt : new Date(0).toISOString(),
  };
});

export function readDraft(postUrl: string): Draft | undefined {
  return drafts.get(postUrl);
}

/** Saves the draft; returns false when the device refused (full or blocked storage). */
export function saveDraft(postUrl: string, draft: Draft): boolean {
  return drafts.set(postUrl, { ...draft, values: proposalValues(draft.values) });
}

export function clearDraft(postUrl: string): void {
  drafts.clear(postUrl);
}

export { newIdempotencyKey } from '../core/idempotency.js';
