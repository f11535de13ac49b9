// Checks one exported record against the complaint contract (API.md) before it is published.
// Only the contract's fields are kept: anything else in an export (names, phone numbers,
// addresses…) is never written, not even encrypted.
import { MIN_SECRET_LENGTH } from './complaints-crypto.mjs';

export { MIN_SECRET_LENGTH };

export const STATUSES = ['received', 'in-progress', 'answered', 'closed', 'rejected', 'forwarded'];
export const FIELDS = ['reference', 'kind', 'status', 'step', 'holder', 'category', 'agency', 'submittedAt', 'updatedAt', 'dueAt', 'extension', 'answeredAt', 'history', 'answer'];
const LOCALIZED = ['category', 'agency', 'answer', 'step', 'holder'];
const DATES = ['submittedAt', 'updatedAt', 'dueAt', 'answeredAt'];
const HISTORY_TEXTS = ['step', 'holder', 'note'];

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isWhen(value) {
  return typeof value === 'string' && (INSTANT.test(value) || DAY.test(value)) && !Number.isNaN(Date.parse(DAY.test(value) ? `${value}T00:00:00Z` : value));
}

export function isLocalizedText(value) {
  if (typeof value === 'string') return value.trim() !== '';
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0 && Object.values(value).every((v) => typeof v === 'string');
}

/**
 * Returns { complaint, secret, dropped } or { errors }. `dropped` lists the fields left out
 * because they are not in the contract. Error messages name fields, never their values.
 */
export function checkRecord(record, normalizeSecret) {
  const errors = [];
  if (!record || typeof record !== 'object' || Array.isArray(record)) return { errors: ['not an object'] };
  const complaint = {};
  const reference = typeof record.reference === 'number' ? String(record.reference) : record.reference;
  if (typeof reference !== 'string' || reference.trim() === '') errors.push('reference is missing');
  else complaint.reference = reference.trim();
  if (!STATUSES.includes(record.status)) errors.push(`status must be one of ${STATUSES.join(', ')}`);
  else complaint.status = record.status;
  if (record.submittedAt === undefined) errors.push('submittedAt is missing');
  for (const key of DATES) {
    if (record[key] === undefined) continue;
    if (!isWhen(record[key])) errors.push(`${key} must be an ISO 8601 instant with offset (2024-05-02T10:00:00+01:00) or a date (2024-05-02)`);
    else complaint[key] = record[key];
  }
  for (const key of LOCALIZED) {
    if (record[key] === undefined) continue;
    if (!isLocalizedText(record[key])) errors.push(`${key} must be a text or an object of texts by language`);
    else complaint[key] = record[key];
  }
  if (record.kind !== undefined) {
    // Any kind is kept (the widget words an unknown one generically; validate warns).
    if (typeof record.kind !== 'string' || record.kind.trim() === '') errors.push('kind must be a text, like information-request');
    else complaint.kind = record.kind.trim();
  }
  if (record.extension !== undefined) {
    const e = record.extension;
    if (!e || typeof e !== 'object' || Array.isArray(e) || !isWhen(e.dueAt)) errors.push('extension must be an object with dueAt (a date) and, if known, at and reason');
    else if ((e.at !== undefined && !isWhen(e.at)) || (e.reason !== undefined && !isLocalizedText(e.reason))) errors.push('extension.at must be a date and extension.reason a text');
    else complaint.extension = { dueAt: e.dueAt, ...(e.at !== undefined ? { at: e.at } : {}), ...(e.reason !== undefined ? { reason: e.reason } : {}) };
  }
  // A due date before the request is a mistake the widget would hide: the record is not published.
  if (complaint.submittedAt && complaint.dueAt && complaint.dueAt.slice(0, 10) < complaint.submittedAt.slice(0, 10)) errors.push('dueAt is before submittedAt');
  if (record.history !== undefined) {
    if (!Array.isArray(record.history)) errors.push('history must be a list');
    else {
      record.history.forEach((entry, i) => {
        if (!entry || typeof entry !== 'object') return errors.push(`history[${i}] is not an object`);
        if (!isWhen(entry.at)) errors.push(`history[${i}].at must be an ISO 8601 instant or a date`);
        if (!STATUSES.includes(entry.status)) errors.push(`history[${i}].status must be one of ${STATUSES.join(', ')}`);
        for (const key of HISTORY_TEXTS) if (entry[key] !== undefined && !isLocalizedText(entry[key])) errors.push(`history[${i}].${key} must be a text or an object of texts by language`);
      });
      complaint.history = record.history.map((entry) => {
        const kept = { at: entry.at, status: entry.status };
        for (const key of HISTORY_TEXTS) if (entry[key] !== undefined) kept[key] = entry[key];
        return kept;
      });
    }
  }
  const secret = typeof record.secret === 'number' ? String(record.secret) : record.secret;
  if (typeof secret !== 'string' || secret.trim() === '') errors.push('secret is missing');
  else if (normalizeSecret(secret).length < MIN_SECRET_LENGTH) errors.push(`secret is shorter than ${MIN_SECRET_LENGTH} letters or digits`);
  if (errors.length) return { errors };
  const dropped = Object.keys(record).filter((key) => key !== 'secret' && !FIELDS.includes(key));
  return { complaint, secret, dropped };
}

/**
 * One CSV row (papaparse, header mode) → a record. Columns are the contract's top-level
 * fields plus `secret`; `history` holds JSON; a text cell starting with `{` is JSON
 * (LocalizedText), and `category.fr`, `category.ar`, … columns build one per language.
 * Empty cells are absent.
 */
export function recordFromCsvRow(row) {
  const record = {};
  const problems = [];
  for (const [column, raw] of Object.entries(row)) {
    if (raw === undefined || raw === null) continue;
    const value = String(raw).trim();
    if (value === '') continue;
    const dot = column.indexOf('.');
    if (dot > 0 && column.startsWith('extension.')) {
      // extension.dueAt, extension.at, extension.reason (a JSON text allowed, as elsewhere).
      record.extension ??= {};
      const key = column.slice(dot + 1);
      try {
        record.extension[key] = key === 'reason' && value.startsWith('{') ? JSON.parse(value) : value;
      } catch {
        problems.push(`${column} is not valid JSON`);
      }
      continue;
    }
    if (dot > 0 && LOCALIZED.includes(column.slice(0, dot))) {
      const key = column.slice(0, dot);
      if (typeof record[key] !== 'object' || record[key] === null) record[key] = {};
      record[key][column.slice(dot + 1)] = value;
      continue;
    }
    if (column === 'history' || column === 'extension' || (LOCALIZED.includes(column) && value.startsWith('{'))) {
      try {
        record[column] = JSON.parse(value);
      } catch {
        problems.push(`${column} is not valid JSON`);
      }
      continue;
    }
    record[column] = value;
  }
  return { record, problems };
}
