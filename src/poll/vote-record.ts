import { DeviceCopy } from '../core/device-copy.js';

/**
 * What the device keeps about a poll (never in kiosk mode, where several people vote in turn):
 * a vote not yet received (its choices and its Idempotency-Key, so a retry after a reload is
 * not counted twice), and the note that this device voted — a courtesy so that a person is not
 * asked again, not a guarantee: clearing the browser's data forgets it.
 */
export interface PendingVote {
  choices: string[];
  other: string;
  idempotencyKey: string;
  startedAt: number;
}

export interface VotedNote {
  /** ISO instant of the vote. */
  at: string;
  reference?: string;
}

/** The vote the widget shows a receipt for: this device's earlier one, or one just sent. */
export interface Voted extends VotedNote {
  /** Sent from this page now (not remembered from an earlier visit). */
  justNow: boolean;
  /** The server said this vote had already been counted (409). */
  already?: boolean;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, 20) : []);

const pending = new DeviceCopy<PendingVote>('og-poll-pending:', (raw) => {
  const v = raw as Partial<PendingVote> | null;
  if (!v || typeof v !== 'object' || typeof v.idempotencyKey !== 'string') return undefined;
  return {
    choices: strings(v.choices),
    other: typeof v.other === 'string' ? v.other.slice(0, 2000) : '',
    idempotencyKey: v.idempotencyKey.slice(0, 100),
    startedAt: typeof v.startedAt === 'number' ? v.startedAt : 0,
  };
});

const voted = new DeviceCopy<VotedNote>('og-poll-voted:', (raw) => {
  const v = raw as Partial<VotedNote> | null;
  if (!v || typeof v !== 'object' || typeof v.at !== 'string') return undefined;
  return { at: v.at.slice(0, 40), reference: typeof v.reference === 'string' ? v.reference.slice(0, 100) : undefined };
});

export const pendingVotes = pending;
export const votedNotes = voted;
