/**
 * The complaint as the widget reads it, validated without valibot: a page that shows only the
 * lookup loads no validator (the other widgets share one). The valibot schema in schema.ts
 * says the same thing and is what the JSON Schema is generated from; the tests
 * check that both agree.
 */
import { LoadError } from '../core/loader.js';
import type { LocalizedText } from '../core/validation.js';

/** Where a complaint stands (API.md, complaint status). */
export const COMPLAINT_STATUSES = ['received', 'in-progress', 'answered', 'closed', 'rejected', 'forwarded'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** Statuses after which no answer is awaited any more (no "overdue" marker). */
export const FINAL_STATUSES: readonly ComplaintStatus[] = ['answered', 'closed', 'rejected'];

/** The kinds of file the lookup words on its own (API.md); any other kind gets a generic wording. */
export const FILE_KINDS = ['complaint', 'information-request', 'application'] as const;
export type FileKind = (typeof FILE_KINDS)[number];
export const isKnownKind = (kind: string): kind is FileKind => (FILE_KINDS as readonly string[]).includes(kind);

export interface HistoryEntry {
  at: string;
  status: ComplaintStatus;
  /** The commune's own name for the step (e.g. "Technical committee"), beside the status. */
  step?: LocalizedText;
  /** The service that holds the file from then on (a service, never a person). */
  holder?: LocalizedText;
  note?: LocalizedText;
}

/** A longer time limit granted: the new due date and why. */
export interface Extension {
  dueAt: string;
  at?: string;
  reason?: LocalizedText;
}

export interface Complaint {
  reference: string;
  /** `complaint` when absent; a kind the widget does not know is kept (generic wording). */
  kind?: string;
  status: ComplaintStatus;
  step?: LocalizedText;
  holder?: LocalizedText;
  category?: LocalizedText;
  agency?: LocalizedText;
  submittedAt: string;
  updatedAt?: string;
  dueAt?: string;
  extension?: Extension;
  answeredAt?: string;
  history?: HistoryEntry[];
  answer?: LocalizedText;
}

const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const INSTANT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** An ISO 8601 instant with an offset (the contract), or a calendar day (tolerated). */
export function isWhen(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const day = DAY.exec(value);
  if (day) {
    const date = new Date(Date.UTC(+day[1], +day[2] - 1, +day[3]));
    return date.getUTCDate() === +day[3];
  }
  // Date.parse rolls an impossible day over (2024-02-30 → 1 March): check the day itself too.
  return INSTANT.test(value) && isWhen(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return true;
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

const isStatus = (value: unknown): value is ComplaintStatus => (COMPLAINT_STATUSES as readonly unknown[]).includes(value);

function invalid(message: string): LoadError {
  console.warn(`[opengov-widgets] complaint not valid: ${message}`);
  return new LoadError('invalid', 'invalid');
}

export { parseJson as parseJsonText } from '../core/json.js';

/**
 * Validates a parsed complaint. Without a valid `reference`, `status` or `submittedAt` it
 * fails as a whole (an error state); a bad optional field is left out, a bad history entry
 * is skipped and counted. Only the contract's fields are kept.
 */
export function parseComplaint(raw: unknown): { data: Complaint; skipped: number } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw invalid('not an object');
  const r = raw as Record<string, unknown>;
  if (typeof r.reference !== 'string' || r.reference === '') throw invalid('reference');
  if (!isStatus(r.status)) throw invalid('status');
  if (!isWhen(r.submittedAt)) throw invalid('submittedAt');
  const data: Complaint = { reference: r.reference, status: r.status, submittedAt: r.submittedAt };
  let skipped = 0;
  if (typeof r.kind === 'string' && r.kind !== '') data.kind = r.kind;
  for (const key of ['category', 'agency', 'answer', 'step', 'holder'] as const) if (isLocalizedText(r[key])) data[key] = r[key];
  for (const key of ['updatedAt', 'dueAt', 'answeredAt'] as const) if (isWhen(r[key])) data[key] = r[key];
  // A due date or an answer before the request is a mistake in the data: left out and counted.
  for (const key of ['dueAt', 'answeredAt'] as const) {
    if (data[key] && dayOfWhen(data[key]) < dayOfWhen(data.submittedAt)) {
      delete data[key];
      skipped++;
      console.warn(`[opengov-widgets] skipped ${key}: before submittedAt`);
    }
  }
  if (r.extension !== undefined) {
    const e = (r.extension ?? {}) as Record<string, unknown>;
    if (typeof r.extension === 'object' && isWhen(e.dueAt) && dayOfWhen(e.dueAt) >= dayOfWhen(data.submittedAt) && (e.at === undefined || isWhen(e.at)) && (e.reason === undefined || isLocalizedText(e.reason))) {
      data.extension = { dueAt: e.dueAt, ...(e.at ? { at: e.at as string } : {}), ...(e.reason !== undefined ? { reason: e.reason as LocalizedText } : {}) };
    } else {
      skipped++;
      console.warn('[opengov-widgets] skipped extension: not a valid extension');
    }
  }
  if (r.history !== undefined) {
    const list = Array.isArray(r.history) ? r.history : [];
    if (!Array.isArray(r.history)) skipped++;
    const history: HistoryEntry[] = [];
    list.forEach((entry: unknown, index) => {
      const e = (entry ?? {}) as Record<string, unknown>;
      const texts = (['step', 'holder', 'note'] as const).filter((key) => e[key] !== undefined);
      if (typeof entry === 'object' && isWhen(e.at) && isStatus(e.status) && texts.every((key) => isLocalizedText(e[key]))) {
        const kept: HistoryEntry = { at: e.at, status: e.status };
        for (const key of texts) kept[key] = e[key] as LocalizedText;
        history.push(kept);
      } else {
        skipped++;
        console.warn(`[opengov-widgets] skipped history[${index}]: not a valid entry`);
      }
    });
    data.history = history.sort((a, b) => instantOf(a.at) - instantOf(b.at));
  }
  return { data, skipped };
}

/** The calendar day a value is written for (its first ten characters), for order checks only. */
const dayOfWhen = (value: string) => value.slice(0, 10);

/**
 * The day the answer came: `answeredAt`, else the first history entry that ended the wait
 * (answered, closed or rejected), else — for a file in such a status — its last change.
 */
export function answeredWhen(c: Complaint): string | undefined {
  if (c.answeredAt) return c.answeredAt;
  const done = c.history?.find((h) => FINAL_STATUSES.includes(h.status));
  if (done) return done.at;
  return FINAL_STATUSES.includes(c.status) ? c.updatedAt : undefined;
}

/** The service holding the file now: the record's `holder`, else the last history entry's. */
export function currentHolder(c: Complaint): LocalizedText | undefined {
  return c.holder ?? [...(c.history ?? [])].reverse().find((h) => h.holder)?.holder;
}

/** Milliseconds of an instant or a calendar day (a day counts from its start, UTC). */
export function instantOf(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/**
 * Past its expected answer date and not answered, closed or rejected. A calendar-day `dueAt`
 * counts as the whole day.
 */
export function isOverdue(complaint: Pick<Complaint, 'status' | 'dueAt'>, now: Date): boolean {
  if (!complaint.dueAt || FINAL_STATUSES.includes(complaint.status)) return false;
  const due = instantOf(complaint.dueAt) + (complaint.dueAt.length === 10 ? 86_400_000 : 0);
  return Number.isFinite(due) && now.getTime() > due;
}
