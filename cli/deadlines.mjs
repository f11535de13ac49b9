// Calendar and deadline findings in words, for `validate` and `complaints publish`. The checks
// themselves are the widget's (src/complaint-status/deadline-check.ts and src/core/working-days.ts,
// through dist/node/schemas.mjs); only the wording lives here.
import { readFile } from 'node:fs/promises';
import { message } from './messages.mjs';

const show = (value) => (typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value));

const CALENDAR_MESSAGE = {
  'not-object': 'calendar.notObject',
  weekend: 'calendar.weekend',
  'holidays-not-list': 'calendar.holidaysNotList',
  'holiday-date': 'calendar.holidayDate',
  rule: 'calendar.rule',
};

/** parseCalendar's problems as `{ path, text }`. */
export function calendarProblems(problems, locale) {
  return problems.map((p) => ({ path: p.path, text: message(locale, CALENDAR_MESSAGE[p.code], { path: p.path, value: show(p.value) }) }));
}

const FINDING_MESSAGE = {
  'due-before-request': 'deadline.dueBeforeRequest',
  'unknown-kind': 'deadline.unknownKind',
  'due-mismatch': 'deadline.dueMismatch',
  'due-from-rules': 'deadline.dueFromRules',
  'due-computed': 'deadline.dueComputed',
  'extension-not-allowed': 'deadline.extensionNotAllowed',
  'extension-mismatch': 'deadline.extensionMismatch',
  'extension-before-due': 'deadline.extensionBeforeDue',
};

/** checkDeadline's findings as `{ level, code, path, text }`, their paths under `prefix` (e.g. `[3]` or `row 4`). */
export function deadlineFindings(findings, locale, prefix = '') {
  return findings.map((f) => {
    const path = prefix ? (/^(row|record) /.test(prefix) ? `${prefix}: ${f.path}` : `${prefix}.${f.path}`) : f.path;
    const limit = f.limit ? message(locale, `limit.${f.limit.unit}`, { days: f.limit.days }) : '';
    const text = message(locale, FINDING_MESSAGE[f.code], { path, value: f.value ?? '', expected: f.expected ?? '', request: f.request ?? '', kind: f.kind ?? '', limit });
    return { level: f.level, code: f.code, path, text, expected: f.expected };
  });
}

/** Reads a calendar.json (a file or an http(s) URL) with the widget's reader: `{ calendar, problems }`. */
export async function readCalendar(source, lib) {
  const text = /^https?:\/\//i.test(source)
    ? await fetch(source).then((r) => {
        if (!r.ok) throw new Error(`${source}: HTTP ${r.status}`);
        return r.text();
      })
    : await readFile(source, 'utf8');
  let raw;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${source}: not JSON (${error.message})`);
  }
  return lib.parseCalendar(raw);
}
