/**
 * The deadline checks of a complaint record against the commune's calendar, for `validate`,
 * `complaints publish` and the desk (one place; each words the findings in its own languages).
 * Days are taken in the commune's zone (format.ts `dayInZone`).
 */
import { dayInZone } from '../core/format.js';
import { addLimit, ruleDueDate, type TimeLimit, type WorkCalendar } from '../core/working-days.js';
import { FILE_KINDS, isKnownKind } from './complaint.js';

export interface DeadlineFinding {
  code: 'due-before-request' | 'unknown-kind' | 'due-mismatch' | 'extension-not-allowed' | 'extension-mismatch' | 'extension-before-due' | 'due-from-rules';
  /** error: the widget leaves the date out; warning: shown, but probably wrong; note: for information. */
  level: 'error' | 'warning' | 'note';
  /** Path inside the record (`dueAt`, `extension.dueAt`, `kind`). */
  path: string;
  value?: string;
  /** The date the rules give, the request's date, the kind, the rule's limit. */
  expected?: string;
  request?: string;
  kind?: string;
  limit?: TimeLimit;
}

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v.slice(0, 10)));

/**
 * What is wrong (or worth saying) about a record's deadline. Without a calendar only what needs
 * none is checked (a due date before the request, an unknown kind).
 */
export function checkDeadline(record: Record<string, unknown>, calendar: WorkCalendar | undefined, zone: string): DeadlineFinding[] {
  const found: DeadlineFinding[] = [];
  const kind = typeof record.kind === 'string' && record.kind ? record.kind : 'complaint';
  if (!isKnownKind(kind)) found.push({ code: 'unknown-kind', level: 'warning', path: 'kind', value: kind, expected: FILE_KINDS.join(', ') });
  if (!isDate(record.submittedAt)) return found;
  const request = dayInZone(record.submittedAt, zone);
  const due = isDate(record.dueAt) ? dayInZone(record.dueAt, zone) : undefined;
  const ext = record.extension && typeof record.extension === 'object' ? (record.extension as Record<string, unknown>) : undefined;
  const extended = ext && isDate(ext.dueAt) ? dayInZone(ext.dueAt, zone) : undefined;
  if (due && due < request) found.push({ code: 'due-before-request', level: 'error', path: 'dueAt', value: due, request });
  if (extended && extended < request) found.push({ code: 'due-before-request', level: 'error', path: 'extension.dueAt', value: extended, request });
  const rule = calendar?.rules[kind];
  if (!calendar || !rule) return found;
  const expected = ruleDueDate(kind, request, calendar);
  if (!expected) return found;
  if (!due) found.push({ code: 'due-from-rules', level: 'note', path: 'dueAt', expected, request, kind, limit: rule });
  else if (due >= request && due !== expected) found.push({ code: 'due-mismatch', level: 'warning', path: 'dueAt', value: due, expected, request, kind, limit: rule });
  if (extended) {
    const first = due ?? expected;
    if (!rule.extension) found.push({ code: 'extension-not-allowed', level: 'warning', path: 'extension', value: extended, kind });
    else {
      const extendedExpected = addLimit(first, rule.extension, calendar);
      if (extended < first) found.push({ code: 'extension-before-due', level: 'warning', path: 'extension.dueAt', value: extended, expected: first });
      else if (extendedExpected && extended !== extendedExpected)
        found.push({ code: 'extension-mismatch', level: 'warning', path: 'extension.dueAt', value: extended, expected: extendedExpected, kind, limit: rule.extension });
    }
  }
  return found;
}
