/**
 * Complaint records out of the desk: the static folder for `<og-complaint-status
 * format="static">`, encrypted on the device by the same module as `complaints publish`
 * (src/complaint-status/static-publish.ts), downloaded as one zip. The records never leave
 * the device. Also the secret-code generator and the strength warning (same rule as the CLI).
 */
import { msg, str } from '@lit/localize';
import * as v from 'valibot';
import { complaintSchema } from '../../complaint-status/schema.js';
import { DEFAULT_ITERATIONS, MIN_SECRET_LENGTH, normalizeReference, publishStaticFolder, secretWeakness, type PublishableRecord } from '../../complaint-status/static-publish.js';
import { checkDeadline } from '../../complaint-status/deadline-check.js';
import { DEFAULT_TIME_ZONE } from '../../core/config.js';
import type { WorkCalendar } from '../../core/working-days.js';
import { zipFiles } from './zip.js';

export { generateSecret, secretWeakness } from '../../complaint-status/secret-code.js';
export { DEFAULT_ITERATIONS };

export type PublishProblem = 'no-records' | 'invalid' | 'missing-secret' | 'duplicate-reference';

/** Why a folder was not made, with the records concerned (references or positions, never secrets). */
export class PublishError extends Error {
  constructor(
    readonly problem: PublishProblem,
    readonly where: string[],
  ) {
    super(`${problem}: ${where.join(', ')}`);
    this.name = 'PublishError';
  }

  /** The sentence shown to the person, in the UI language. */
  get localizedMessage(): string {
    const list = this.where.join(', ');
    switch (this.problem) {
      case 'no-records':
        return msg('There is no complaint to publish.', { id: 'desk.publish.noRecords' });
      case 'invalid':
        return msg(str`These records do not follow the complaint format; correct them first: ${list}`, { id: 'desk.publish.invalid' });
      case 'missing-secret':
        return msg(str`These records have no secret code (or one shorter than 6 letters or digits); generate one first: ${list}`, { id: 'desk.publish.missingSecret' });
      case 'duplicate-reference':
        return msg(str`Two records have the same reference: ${list}`, { id: 'desk.publish.duplicate' });
    }
  }
}

/** `null` for a strong code; else a sentence saying why it is weak, in the UI language. */
export function secretWarning(code: string): string | null {
  const weakness = secretWeakness(code);
  if (weakness === 'too-short')
    return msg(str`A secret code needs at least ${MIN_SECRET_LENGTH} letters or digits.`, { id: 'desk.publish.secretTooShort' });
  if (weakness === 'weak')
    return msg(
      'This code is weak. Anyone who downloads the published folder can try every code of this kind offline: a 6-digit code falls in about a minute per reference on one gaming graphics card, a whole folder in days. Use 8 or more letters and digits, like the generated codes.',
      { id: 'desk.publish.secretWeak' },
    );
  return null;
}

/**
 * Checks the records as `complaints publish` does (the complaint schema keeps only the
 * contract's fields: names or phone numbers in a record are never written, even encrypted).
 */
export function publishableRecords(records: readonly unknown[]): PublishableRecord[] {
  if (!records.length) throw new PublishError('no-records', []);
  const invalid: string[] = [];
  const noSecret: string[] = [];
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  const out: PublishableRecord[] = [];
  records.forEach((raw, index) => {
    const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const label = typeof record.reference === 'string' && record.reference.trim() ? record.reference.trim() : `#${index + 1}`;
    const complaint = v.safeParse(complaintSchema, record);
    if (!complaint.success) return void invalid.push(label);
    const secret = typeof record.secret === 'string' ? record.secret : '';
    if (secretWeakness(secret) === 'too-short') return void noSecret.push(label);
    const key = normalizeReference(complaint.output.reference);
    if (seen.has(key)) duplicates.push(label);
    seen.set(key, label);
    out.push({ complaint: complaint.output, secret });
  });
  if (invalid.length) throw new PublishError('invalid', invalid);
  if (noSecret.length) throw new PublishError('missing-secret', noSecret);
  if (duplicates.length) throw new PublishError('duplicate-reference', duplicates);
  return out;
}

/**
 * The records as they are published with the commune's calendar, as `complaints publish
 * --calendar` does: a record without a due date gets the one its kind's rule gives (the
 * widget's own arithmetic, src/complaint-status/deadline-check.ts). The records in the desk
 * are not changed. `computed` lists the references that got one.
 */
export function withRuleDueDates(records: readonly unknown[], calendar: WorkCalendar | undefined, timeZone: string): { records: unknown[]; computed: string[] } {
  const computed: string[] = [];
  if (!calendar) return { records: [...records], computed };
  const out = records.map((raw) => {
    if (!raw || typeof raw !== 'object') return raw;
    const record = raw as Record<string, unknown>;
    const due = checkDeadline(record, calendar, timeZone).find((finding) => finding.code === 'due-from-rules');
    if (!due?.expected) return raw;
    computed.push(typeof record.reference === 'string' ? record.reference : '');
    return { ...record, dueAt: due.expected };
  });
  return { records: out, computed };
}

/**
 * The static folder as a zip: `index.json` and one encrypted `{name}.json` per record, at the
 * zip's root. With a calendar, due dates missing from records are computed from its rules.
 */
export async function publishComplaintsZip(records: readonly unknown[], options: { iterations?: number; calendar?: WorkCalendar; timeZone?: string } = {}): Promise<Blob> {
  const dated = withRuleDueDates(records, options.calendar, options.timeZone ?? DEFAULT_TIME_ZONE).records;
  const files = await publishStaticFolder(publishableRecords(dated), { iterations: options.iterations ?? DEFAULT_ITERATIONS });
  return zipFiles(files);
}
