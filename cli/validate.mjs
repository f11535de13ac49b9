// `opengov-widgets validate <file|url> [--type T] [--locale fr|ar|en]`
//
// Checks a data file the way the widget reads it: the widget's own tolerant parser (from
// dist/node/schemas.mjs, built from src/schemas.ts) says what the widget shows, skips or
// refuses; the whole-document zod schema says why, with the JSON path of every problem, in
// plain words. Unsafe links (dropped by the widget) and unknown fields are warnings.
// Exit code: 0 valid (warnings allowed), 1 errors in the data, 2 cannot read / bad usage.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { message, reason as reasonIn, LOCALES } from './messages.mjs';
import { parseOrExplain, UsageError } from './usage.mjs';
import { calendarProblems, deadlineFindings, readCalendar } from './deadlines.mjs';

export const usage = 'validate <file|url> [--type commitments|budget|events|proposals-form|proposal|proposal-outcomes|complaint|complaint-records|open311-request|poll|poll-results|poll-vote|calendar] [--commitments <file|url>] [--calendar <file|url>] [--locale en|fr|ar]';
export const summary = 'check a data file (JSON, budget CSV, events .ics) as the widget reads it; lists every problem with its path';

export const TYPES = ['commitments', 'budget', 'events', 'proposals-form', 'proposal', 'proposal-outcomes', 'complaint', 'complaint-records', 'open311-request', 'poll', 'poll-results', 'poll-vote', 'calendar'];


/** The Node bundle of src/schemas.ts (written by `npm run build`). */
export async function loadSchemas() {
  try {
    return await import('../dist/node/schemas.mjs');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error('dist/node/schemas.mjs is missing: run "npm run build" (or "node scripts/build-schemas.mjs") first');
  }
}

function parseArgs(args) {
  const positional = [];
  let type;
  let locale = 'en';
  let commitments;
  let calendar;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--type') {
      type = value();
      if (!TYPES.includes(type)) throw new UsageError(`--type must be one of ${TYPES.join(', ')}`);
    } else if (flag === '--commitments') {
      commitments = value();
    } else if (flag === '--calendar') {
      calendar = value();
    } else if (flag === '--locale') {
      locale = value();
      if (!LOCALES.includes(locale)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError('expected one file or URL');
  return { source: positional[0], type, locale, commitments, calendar };
}

// ——— paths and values ———

/** `["commitments", 3, "status"]` → `commitments[3].status`. */
export function formatPath(path) {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out;
}

function valueAt(root, path) {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = value[key];
  }
  return value;
}

function showValue(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const TIME_PATTERN = '/^([01]\\d|2[0-3]):[0-5]\\d$/';
const CURRENCY_PATTERN = '/^[A-Z]{3}$/';
const CUSTOM = {
  'not a number': 'notAmount',
  'at least one amount is required': 'noAmount',
  'empty code': 'emptyCode',
  'a reason is required when the proposal is not (fully) accepted': 'reasonRequired',
  'a merged proposal needs mergedInto': 'mergedIntoRequired',
};

/**
 * One zod issue → plain-words problems `{ path, text }` (a union may give the problems of
 * the one branch the value was meant for).
 */
export function describeIssue(issue, root, locale, base = []) {
  const path = [...base, ...issue.path];
  const value = valueAt(root, path);
  const where = formatPath(path) || message(locale, 'root');
  const say = (id, params = {}) => [{ path: formatPath(path), text: message(locale, id, { path: where, value: showValue(value), ...params }) }];
  const typeWord = (type) => message(locale, `type.${type}`);
  const or = (words) => words.join(message(locale, 'or'));
  if (value === undefined && issue.code !== 'custom') return say('missing');
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int' && typeof value === 'number') return say('notInteger');
      return say('wrongType', { expected: typeWord(issue.expected) });
    case 'invalid_value':
      return issue.values.length === 1 ? say('mustBe', { expected: showValue(issue.values[0]) }) : say('notOneOf', { values: issue.values.join(', ') });
    case 'too_small':
      if (issue.origin === 'string') return value === '' ? say('empty') : say('tooShort', { limit: issue.minimum });
      if (issue.origin === 'array') return say('tooFew', { limit: issue.minimum });
      return say(issue.inclusive === false ? 'tooSmallExclusive' : 'tooSmall', { limit: issue.minimum });
    case 'too_big':
      return say('tooBig', { limit: issue.maximum });
    case 'invalid_format':
      if (issue.format === 'date') return say('badDate');
      if (issue.format === 'datetime') return say('badInstant');
      if (issue.pattern === CURRENCY_PATTERN) return say('badCurrency');
      return say('badForm');
    case 'custom':
      return say(CUSTOM[issue.message] ?? 'invalid');
    case 'invalid_union': {
      const rootIssues = (branch) => branch.filter((i) => i.path.length === 0);
      const meant = issue.errors.filter((branch) => !rootIssues(branch).some((i) => i.code === 'invalid_type'));
      if (meant.length === 1) return meant[0].flatMap((inner) => describeIssue(inner, root, locale, path));
      const roots = issue.errors.flatMap(rootIssues);
      const formats = new Set(roots.filter((i) => i.code === 'invalid_format').map((i) => i.pattern === TIME_PATTERN ? 'time' : i.format));
      if (formats.has('datetime') && formats.has('date')) return say('badDateOrInstant');
      if (formats.has('datetime') && formats.has('time')) return say('badTime');
      const expected = [...new Set(roots.filter((i) => i.code === 'invalid_type').map((i) => i.expected))];
      if (expected.includes('string') && expected.includes('record')) return say('notText');
      if (expected.length) return say('wrongType', { expected: or(expected.map(typeWord)) });
      return say('invalid');
    }
    default:
      return say('invalid');
  }
}

// ——— warnings: offsets that disagree with the time-zone rules in force ———

const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?[+-]\d{2}:?\d{2}$/;

/**
 * Every date and time in the commune's zone (an event's own `timeZone` for what it holds) whose
 * offset is not the one in force on its date, by our own rules (src/core/zone-rules.ts, tz
 * 2026c; Node's own data may be older): e.g. `+01:00` in Morocco after 2026-09-20.
 */
export function offsetWarnings(raw, lib, locale, zone = lib.DEFAULT_TIME_ZONE, path = [], found = []) {
  if (typeof raw === 'string') {
    const wrong = INSTANT_WITH_OFFSET.test(raw) && lib.hasOwnRules(zone) ? lib.checkWrittenOffset(raw, zone) : undefined;
    if (wrong) {
      const where = formatPath(path) || message(locale, 'root');
      const day = (ms) => new Date(ms).toISOString().slice(0, 10);
      const rule = message(locale, `rule.${wrong.rule}`, { from: day(wrong.from), until: wrong.until ? day(wrong.until) : '', version: lib.ZONE_RULES_VERSION });
      found.push({
        path: formatPath(path),
        text: message(locale, 'wrongOffset', { path: where, value: showValue(raw), written: lib.offsetText(wrong.written), expected: lib.offsetText(wrong.expected), zone, date: raw.slice(0, 10), rule, fixed: wrong.fixed }),
      });
    }
  } else if (Array.isArray(raw)) raw.forEach((item, i) => offsetWarnings(item, lib, locale, zone, [...path, i], found));
  else if (raw && typeof raw === 'object') {
    const own = typeof raw.timeZone === 'string' && raw.timeZone ? raw.timeZone : zone;
    for (const [key, value] of Object.entries(raw)) offsetWarnings(value, lib, locale, own, [...path, key], found);
  }
  return found;
}

// ——— warnings: unsafe links and unknown fields, found by walking the schema with the data ———

function closest(key, known) {
  const lower = key.toLowerCase();
  const exact = known.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  let best;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance && key.length > 3) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** Walks `schema` along `value`, calling back on links the widget drops and on unknown fields. */
export function walk(schema, value, path, lib, found) {
  if (value === undefined) return;
  if (schema === lib.link) {
    // Relative links resolve against the page, so they are fine: check against any https base.
    if (typeof value === 'string' && value.trim() !== '' && !lib.safeUrl(value, 'https://example.org/')) found.unsafe(path, value);
    return;
  }
  const def = schema?._zod?.def;
  if (!def) return;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      if (value !== null) walk(def.innerType, value, path, lib, found);
      return;
    case 'pipe':
      walk(def.in, value, path, lib, found);
      return;
    case 'array':
      if (Array.isArray(value)) value.forEach((item, i) => walk(def.element, item, [...path, i], lib, found));
      return;
    case 'record':
      if (value && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) walk(def.valueType, v, [...path, k], lib, found);
      return;
    case 'union': {
      const option = def.options.find((o) => o.safeParse(value).success) ?? def.options.find((o) => o._zod.def.type === (Array.isArray(value) ? 'array' : typeof value));
      if (option) walk(option, value, path, lib, found);
      return;
    }
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return;
      const known = Object.keys(def.shape);
      for (const [key, item] of Object.entries(value)) {
        if (key in def.shape) walk(def.shape[key], item, [...path, key], lib, found);
        else if (!(path.length === 0 && key === '$schema') && !def.catchall) found.unknown([...path, key], closest(key, known));
      }
      return;
    }
    default:
      return;
  }
}

function warningsOf(schema, raw, lib, locale) {
  const warnings = [];
  walk(schema, raw, [], lib, {
    unsafe: (path, value) => warnings.push({ path: formatPath(path), text: message(locale, 'unsafeLink', { path: formatPath(path), value: showValue(value) }) }),
    unknown: (path, near) =>
      warnings.push({ path: formatPath(path), text: message(locale, near ? 'didYouMean' : 'unknownField', { path: formatPath(path), name: near }) }),
  });
  return warnings;
}

// ——— what the widget itself does ———

/** Runs the widget's parser, collecting what it logs about skipped items. */
async function asTheWidget(parse, text) {
  const logs = [];
  const original = console.warn;
  console.warn = (...args) => logs.push(args.map(String).join(' '));
  try {
    const parsed = await parse(text);
    return { parsed, logs };
  } catch (error) {
    return { error, logs };
  } finally {
    console.warn = original;
  }
}

const SKIP_LOG = /^\[opengov-widgets\] skipped (.+?): (.*)$/;
const ICAL_LOG = /^\[opengov-widgets\] skipped an iCalendar event: (.*)$/;
const covers = (skipPath, errorPath) => errorPath === skipPath || errorPath.startsWith(`${skipPath}.`) || errorPath.startsWith(`${skipPath}[`);

function jsonProblem(text, locale) {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return undefined;
  } catch (error) {
    const reason = String(error.message);
    const position = /position (\d+)/.exec(reason)?.[1];
    if (position === undefined) return message(locale, 'notJson', { reason });
    const before = text.replace(/^\uFEFF/, '').slice(0, Number(position)).split(/\r\n|\n|\r/);
    return message(locale, 'notJsonAt', { line: before.length, column: before[before.length - 1].length + 1, reason: reason.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s*in JSON at position \d+/, '') });
  }
}

/**
 * Checks one document. Returns `{ type, format, errors, warnings, fatal, items }` where
 * errors and warnings are `{ path, text }` and items is `{ valid, skipped, by }` when counted.
 */
export async function validateText(text, { name = '', type, locale = 'en', contentType = '', commitments, calendar } = {}, lib) {
  lib ??= await loadSchemas();
  const ext = extname(new URL(name, 'file:///').pathname).toLowerCase();
  const body = text.replace(/^\uFEFF/, '');
  const looksCsv = ext === '.csv' || /text\/csv/.test(contentType);
  const looksIcal = ext === '.ics' || /text\/calendar/.test(contentType) || /^BEGIN:VCALENDAR/i.test(body.trimStart());
  if (looksIcal && (!type || type === 'events')) return validateIcal(body, locale, lib);
  if (looksCsv && (!type || type === 'budget' || type === 'complaint-records')) {
    const header = body.slice(0, body.search(/\r?\n|$/)).toLowerCase();
    if (type === 'complaint-records' || (!type && /(^|[,;\t])"?reference"?([,;\t]|$)/.test(header))) return validateRecordsCsv(body, locale, lib, calendar);
    return validateBudgetCsv(body, locale, lib);
  }
  const notJson = jsonProblem(body, locale);
  if (!notJson && !type) {
    const raw = JSON.parse(body);
    if (raw && typeof raw === 'object' && (raw.format === 'og-complaints-static' || ('ciphertext' in raw && 'iv' in raw)))
      return { type: 'complaint (static)', element: 'og-complaint-status', format: 'json', errors: [], warnings: [], notes: [message(locale, 'staticFile')], fatal: false };
  }
  // The same detection as the data desk's (src/detect-resource.ts).
  const resolvedType = type ?? lib.detectResource(notJson ? undefined : JSON.parse(body), basename(name));
  if (notJson) return { type: resolvedType, format: 'json', errors: [{ path: '', text: notJson }], warnings: [], fatal: true };
  if (!resolvedType) return { type: undefined, format: 'json', errors: [{ path: '', text: message(locale, 'unknownType') }], warnings: [], fatal: true };
  if (resolvedType === 'complaint-records') return validateRecords(JSON.parse(body), locale, lib, calendar);
  const result = await validateJson(lib.resources[resolvedType], body, locale, lib);
  if (resolvedType === 'proposal-outcomes' && !result.fatal) checkOutcomeLinks(JSON.parse(body), commitments, result, locale);
  if (resolvedType === 'calendar') checkCalendar(JSON.parse(body), result, locale, lib);
  if (resolvedType === 'complaint' && !result.fatal) checkDeadlines(JSON.parse(body), '', calendar, result, locale, lib);
  return result;
}

/** A calendar's holidays, weekend and rules in the widget reader's words (clearer than the schema's). */
function checkCalendar(raw, result, locale, lib) {
  const { problems } = lib.parseCalendar(raw);
  const own = calendarProblems(problems, locale);
  const mine = (path) => /^(holidays|weekend|rules)\b/.test(path);
  result.errors = [...result.errors.filter((e) => !mine(e.path) || !own.some((o) => e.path === o.path || e.path.startsWith(o.path))), ...own];
}

/**
 * A record's deadline against the calendar given with --calendar (`{ calendar }`, read by the
 * widget's reader): a due date before the request is an error, a date the rules do not give or
 * a kind the widget does not know a warning, a due date the rules fill in a note.
 */
function checkDeadlines(record, prefix, calendar, result, locale, lib) {
  if (!record || typeof record !== 'object') return;
  for (const f of deadlineFindings(lib.checkDeadline(record, calendar?.calendar, lib.DEFAULT_TIME_ZONE), locale, prefix)) {
    if (f.level === 'error') {
      // Said once: the precise reason replaces "complaints publish skips it" or "the widget skips it".
      result.errors = result.errors.filter((e) => e.path !== f.path && (!prefix || e.path !== prefix));
      result.errors.push({ path: f.path, text: f.text });
    } else if (f.level === 'warning') result.warnings.push({ path: f.path, text: f.text });
    else (result.notes ??= []).push(f.text);
  }
}

/**
 * What the widget cannot check alone: a merged proposal pointing to a reference that is not in
 * the file, and, given the commitments file (`--commitments`), a commitment that is not in it.
 * `commitments` is `{ name, raw }`.
 */
export function checkOutcomeLinks(raw, commitments, result, locale) {
  const proposals = Array.isArray(raw?.proposals) ? raw.proposals : [];
  const references = new Set(proposals.map((p) => p?.reference).filter((r) => typeof r === 'string'));
  const ids = Array.isArray(commitments?.raw?.commitments) ? new Set(commitments.raw.commitments.map((c) => c?.id)) : undefined;
  proposals.forEach((p, i) => {
    if (!p || typeof p !== 'object') return;
    if (typeof p.mergedInto === 'string' && !references.has(p.mergedInto)) {
      const path = formatPath(['proposals', i, 'mergedInto']);
      result.warnings.push({ path, text: message(locale, 'unknownMergedInto', { path, value: showValue(p.mergedInto) }) });
    }
    const id = p.commitment?.id;
    if (ids && typeof id === 'string' && !ids.has(id)) {
      const path = formatPath(['proposals', i, 'commitment', 'id']);
      result.errors.push({ path, text: message(locale, 'unknownCommitment', { path, value: showValue(id), file: commitments.name }) });
    }
  });
}

async function validateJson(resource, text, locale, lib) {
  const raw = JSON.parse(text);
  const strict = resource.schema.safeParse(raw);
  const errors = strict.success ? [] : strict.error.issues.flatMap((issue) => describeIssue(issue, raw, locale));
  const warnings = [...warningsOf(resource.schema, raw, lib, locale), ...offsetWarnings(raw, lib, locale)];
  const result = { type: resource.name, element: resource.element, format: 'json', errors, warnings, fatal: false };
  if (!resource.parse) return result;
  const widget = await asTheWidget(resource.parse, text);
  if (widget.error) {
    result.fatal = true;
    if (!errors.length) errors.push({ path: '', text: message(locale, 'documentRefused') });
    return result;
  }
  for (const log of widget.logs) {
    const [, path, reason] = SKIP_LOG.exec(log) ?? [];
    if (path !== undefined && !errors.some((e) => covers(path, e.path))) errors.push({ path, text: message(locale, 'widgetSkips', { path, reason: reasonIn(locale, reason) }) });
  }
  const { parsed } = widget;
  if (parsed.skipped > 0 && !errors.length) errors.push({ path: '', text: message(locale, 'widgetSkips', { path: message(locale, 'root'), reason: `${parsed.skipped}` }) });
  result.items = { valid: resource.count(parsed.data), skipped: parsed.skipped, by: 'widget' };
  return result;
}

async function validateBudgetCsv(text, locale, lib) {
  const result = { type: 'budget', element: 'og-budget-chart', format: 'csv', errors: [], warnings: [], fatal: false };
  const widget = await asTheWidget(lib.parseBudgetCsvText, text);
  if (widget.error) {
    result.fatal = true;
    const column = widget.error.column;
    result.errors.push({ path: '', text: column ? message(locale, 'missingColumn', { column, columns: lib.CSV_COLUMNS.join(',') }) : message(locale, 'documentRefused') });
    return result;
  }
  for (const log of widget.logs) {
    const [, path, reason] = SKIP_LOG.exec(log) ?? [];
    if (path !== undefined) result.errors.push({ path, text: message(locale, 'widgetSkips', { path, reason: reasonIn(locale, reason) }) });
  }
  result.items = { valid: lib.resources.budget.count(widget.parsed.data), skipped: widget.parsed.skipped, by: 'widget' };
  return result;
}

async function validateIcal(text, locale, lib) {
  const result = { type: 'events', element: 'og-consultation-calendar', format: 'ical', errors: [], warnings: [], fatal: false };
  const widget = await asTheWidget(lib.parseEventsIcal, text);
  if (widget.error) {
    result.fatal = true;
    result.errors.push({ path: '', text: message(locale, /BEGIN:VCALENDAR/i.test(text) ? 'documentRefused' : 'noCalendar') });
    return result;
  }
  const reasons = widget.logs.map((log) => ICAL_LOG.exec(log)?.[1]).filter(Boolean);
  for (const reason of reasons) result.errors.push({ path: '', text: message(locale, 'icalEvent', { reason: reasonIn(locale, reason) }) });
  const rest = widget.parsed.skipped - reasons.length;
  if (rest > 0) result.errors.push({ path: '', text: message(locale, 'icalUnreadable', { count: rest }) });
  result.items = { valid: lib.resources.events.count(widget.parsed.data), skipped: widget.parsed.skipped, by: 'widget' };
  return result;
}

/** The export of `complaints publish`: checked by the publish tool's own record check. */
async function validateRecords(raw, locale, lib, calendar) {
  const resource = lib.resources['complaint-records'];
  const strict = resource.schema.safeParse(raw);
  const errors = strict.success ? [] : strict.error.issues.flatMap((issue) => describeIssue(issue, raw, locale));
  const warnings = warningsOf(resource.schema, raw, lib, locale);
  const list = Array.isArray(raw) ? raw : Array.isArray(raw?.complaints) ? raw.complaints : undefined;
  const result = { type: 'complaint-records', format: 'json', errors, warnings, fatal: !list };
  if (!list) return result;
  const prefix = Array.isArray(raw) ? [] : ['complaints'];
  await checkRecords(
    list.map((record, i) => ({ record, path: formatPath([...prefix, i]), problems: [] })),
    result,
    locale,
  );
  list.forEach((record, i) => checkDeadlines(record, formatPath([...prefix, i]), calendar, result, locale, lib));
  return result;
}

async function validateRecordsCsv(text, locale, lib, calendar) {
  const [{ default: Papa }, { recordFromCsvRow, FIELDS }] = await Promise.all([import('papaparse'), import('./complaint-record.mjs')]);
  const parsed = Papa.parse(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const result = { type: 'complaint-records', format: 'csv', errors: [], warnings: [], fatal: false };
  const columns = parsed.meta.fields ?? [];
  for (const column of columns) {
    const base = column.split('.')[0];
    if (base !== 'secret' && !FIELDS.includes(base)) result.warnings.push({ path: column, text: message(locale, 'unknownField', { path: column }) });
  }
  const rows = parsed.data.map((row, index) => {
    const { __parsed_extra: extra, ...cells } = row;
    const { record, problems } = recordFromCsvRow(cells);
    if (extra) problems.push('the row has more cells than the header');
    return { record, path: `row ${index + 2}`, problems };
  });
  await checkRecords(rows, result, locale);
  for (const { record, path } of rows) checkDeadlines(record, path, calendar, result, locale, lib);
  return result;
}

async function checkRecords(rows, result, locale) {
  const [{ checkRecord }, { normalizeReference, normalizeSecret }] = await Promise.all([import('./complaint-record.mjs'), import('./complaints-crypto.mjs')]);
  const seen = new Map();
  let valid = 0;
  for (const { record, path, problems } of rows) {
    const checked = checkRecord(record, normalizeSecret);
    const reasons = [...problems, ...(checked.errors ?? [])];
    if (!reasons.length) {
      const key = normalizeReference(checked.complaint.reference);
      if (seen.has(key)) result.errors.push({ path, text: message(locale, 'duplicateReference', { path, other: seen.get(key) }) });
      else {
        seen.set(key, path);
        valid++;
      }
      continue;
    }
    if (!result.errors.some((e) => covers(path, e.path))) result.errors.push({ path, text: message(locale, 'publishSkips', { path, reason: reasons.join('; ') }) });
  }
  result.items = { valid, skipped: rows.length - valid, by: 'publish' };
}

// ——— reading the source and printing ———

async function readSource(source) {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { headers: { accept: 'application/json, text/csv, text/calendar, */*' } });
    if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status });
    return { text: await response.text(), name: new URL(source).pathname, contentType: response.headers.get('content-type') ?? '' };
  }
  return { text: await readFile(source, 'utf8'), name: source, contentType: '' };
}

/** The lines `validate` prints for a result. */
export function report(source, result, locale) {
  const lines = [];
  const type = result.type ? `${result.type}${result.format !== 'json' ? ` (${result.format.toUpperCase()})` : ''}` : '?';
  lines.push(message(locale, result.element ? 'readBy' : 'heading', { source, type, element: result.element }));
  for (const error of result.errors) lines.push(`  ✗ ${error.text}`);
  for (const warning of result.warnings) lines.push(`  ⚠ ${warning.text}`);
  for (const note of result.notes ?? []) lines.push(`  ${note}`);
  if (result.fatal) lines.push(message(locale, 'fatal'));
  else if (result.items) {
    const items = message(locale, `items.${result.type}`);
    lines.push(message(locale, result.items.by === 'publish' ? 'countsPublish' : 'counts', { items, valid: result.items.valid, skipped: result.items.skipped }));
  }
  lines.push(message(locale, 'totals', { errors: result.errors.length, warnings: result.warnings.length }));
  lines.push(message(locale, result.errors.length ? 'notValid' : result.warnings.length ? 'validWithWarnings' : 'allGood'));
  return lines;
}

export async function run(args, io = { out: console.log, err: console.error }) {
  const options = parseOrExplain(parseArgs, args, usage, io);
  if (!options) return 2;
  const { source, type, locale, commitments: commitmentsSource, calendar: calendarSource } = options;
  let lib;
  let input;
  try {
    lib = await loadSchemas();
  } catch (error) {
    io.err(`opengov-widgets: ${error.message}`);
    return 2;
  }
  try {
    input = await readSource(source);
  } catch (error) {
    const reason = error.status ? message(locale, 'httpStatus', { status: error.status }) : error.code === 'ENOENT' ? message(locale, 'noSuchFile') : error.cause?.message ?? error.message;
    io.err(message(locale, 'cannotRead', { source, reason }));
    return 2;
  }
  let commitments;
  if (commitmentsSource) {
    try {
      commitments = { name: commitmentsSource, raw: JSON.parse((await readSource(commitmentsSource)).text.replace(/^\uFEFF/, '')) };
    } catch (error) {
      io.err(message(locale, 'cannotRead', { source: commitmentsSource, reason: error.code === 'ENOENT' ? message(locale, 'noSuchFile') : error.message }));
      return 2;
    }
  }
  let calendar;
  if (calendarSource) {
    try {
      calendar = await readCalendar(calendarSource, lib);
    } catch (error) {
      io.err(message(locale, 'cannotRead', { source: calendarSource, reason: error.code === 'ENOENT' ? message(locale, 'noSuchFile') : error.message }));
      return 2;
    }
    if (calendar.problems.length) {
      io.err([message(locale, 'calendar.cannotUse', { file: calendarSource }), ...calendarProblems(calendar.problems, locale).map((p) => `  ✗ ${p.text}`)].join('\n'));
      return 2;
    }
  }
  const result = await validateText(input.text, { name: input.name, type, locale, contentType: input.contentType, commitments, calendar }, lib);
  io.out(report(source, result, locale).join('\n'));
  return result.errors.length ? 1 : 0;
}
