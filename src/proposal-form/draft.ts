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

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked storage (privacy settings, some embedded frames)
  }
}

export function readDraft(postUrl: string): Draft | undefined {
  try {
    const raw = storage()?.getItem(draftKey(postUrl));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<Draft>;
    if (!parsed || typeof parsed !== 'object' || typeof parsed.idempotencyKey !== 'string' || !parsed.values || typeof parsed.values !== 'object') return undefined;
    const values: Partial<ProposalValues> = {};
    const template = emptyValues();
    for (const [field, value] of Object.entries(parsed.values)) {
      if (field in template && typeof value === 'string' && !(PERSONAL_FIELDS as readonly string[]).includes(field)) {
        (values as Record<string, string>)[field] = value;
      }
    }
    return {
      values,
      idempotencyKey: parsed.idempotencyKey.slice(0, 100),
      startedAt: typeof parsed.startedAt === 'number' ? parsed.startedAt : 0,
      savedAt: typeof parsed.savedAt === 'string' ? parsed.savedAt : new Date(0).toISOString(),
    };
  } catch {
    return undefined;
  }
}

/** Saves the draft; returns false when the device refused (full or blocked storage). */
export function saveDraft(postUrl: string, draft: Draft): boolean {
  const values: Record<string, string> = {};
  for (const [field, value] of Object.entries(draft.values)) {
    if (typeof value === 'string' && !(PERSONAL_FIELDS as readonly string[]).includes(field)) values[field] = value;
  }
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(draftKey(postUrl), JSON.stringify({ ...draft, values }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(postUrl: string): void {
  try {
    storage()?.removeItem(draftKey(postUrl));
  } catch {
    /* nothing to clear */
  }
}

/** A random UUID v4: crypto.randomUUID where it exists (secure pages), else built from getRandomValues. */
export function newIdempotencyKey(): string {
  const c = typeof crypto !== 'undefined' ? crypto : undefined;
  if (c && typeof c.randomUUID === 'function') {
    try {
      return c.randomUUID();
    } catch {
      /* fall through */
    }
  }
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
