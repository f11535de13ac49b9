// `opengov-widgets validate <file|url> [--type T] [--locale fr|ar|en]`
//
// Checks a data file the way the widget reads it: the widget's own tolerant parser (from
// dist/node/schemas.mjs, built from src/schemas.ts) says what the widget shows, skips or
// refuses; the whole-document valibot schema says why, with the JSON path of every problem, in
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
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
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
// The schemas' own rules (checks, transforms that refuse): their message says which (CUSTOM).
const OWN_RULES = new Set(['check', 'raw_check', 'raw_transform']);
// valibot's schema types → the `type.*` words of messages.mjs.
const TYPE_WORDS = { string: 'string', number: 'number', boolean: 'boolean', null: 'null', array: 'array', object: 'object', loose_object: 'object', strict_object: 'object', record: 'record' };
const OBJECTS = new Set(['object', 'loose_object', 'strict_object', 'object_with_rest']);
const WRAPPERS = new Set(['optional', 'exact_optional', 'nullable', 'nullish', 'undefinedable', 'non_optional', 'non_nullable', 'non_nullish']);

const keysOf = (issue) => (issue.path ?? []).map((item) => item.key);
const unwrap = (schema) => {
  while (schema && WRAPPERS.has(schema.type)) schema = schema.wrapped;
  return schema;
};

/** The schema of the value at `keys` under `schema` (a pipe keeps its base's type and fields); in a union, the option that has that path. */
function schemaAt(schema, keys) {
  schema = unwrap(schema);
  if (!schema || !keys.length) return schema;
  const [key, ...rest] = keys;
  if (OBJECTS.has(schema.type)) return Object.hasOwn(schema.entries, key) ? schemaAt(schema.entries[key], rest) : undefined;
  if (schema.type === 'array') return typeof key === 'number' ? schemaAt(schema.item, rest) : undefined;
  if (schema.type === 'record') return schemaAt(schema.value, rest);
  if (schema.type === 'union') return schema.options.map((option) => schemaAt(option, keys)).find(Boolean);
  return undefined;
}

/** A picklist's or literal's values, from the issue's `expected` (`"a"`, `("a" | "b")`). */
function allowedValues(expected) {
  return String(expected)
    .replace(/^\((.*)\)$/s, '$1')
    .split(' | ')
    .map((text) => {
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
    });
}

/**
 * The issues worth saying: valibot goes on checking a value after its first wrong type, which
 * would only add noise ("1.5 is less than 1900" after "is not a whole number"). An object's own
 * rules (dates in order…) already wait for its fields to be right (`rule` in validation.ts).
 */
function firstIssues(issues) {
  const stops = (issue) => issue.kind !== 'validation' || (/^(safe_)?integer$/.test(issue.type) && !Number.isInteger(issue.input));
  const same = (a, b) => a.length === b.length && a.every((key, i) => key === b[i]);
  return issues.filter((issue, i) => {
    if (issue.kind !== 'validation') return true;
    const keys = keysOf(issue);
    return !issues.slice(0, i).some((other) => stops(other) && same(keysOf(other), keys));
  });
}

/** `firstIssues` in plain words (`context`: see describeIssue). */
function describeAll(issues, context, base = []) {
  return firstIssues(issues).flatMap((issue) => describeIssue(issue, context, base));
}

/**
 * One valibot issue → plain-words problems `{ path, text }` (a union may give the problems of
 * the one option the value was meant for). `context` is `{ root, locale, lib, schema }`: the
 * whole document, and the schema of the value at `base` in it, where the issue's path starts.
 */
export function describeIssue(issue, context, base = []) {
  const { root, locale, lib } = context;
  const keys = keysOf(issue);
  const path = [...base, ...keys];
  const value = valueAt(root, path);
  const where = formatPath(path) || message(locale, 'root');
  const say = (id, params = {}) => [{ path: formatPath(path), text: message(locale, id, { path: where, value: showValue(value), ...params }) }];
  const typeWord = (type) => message(locale, `type.${type}`);
  if (value === undefined && !OWN_RULES.has(issue.type)) return say('missing');
  switch (issue.type) {
    case 'integer':
      return say('notInteger');
    case 'safe_integer':
      // A whole number beyond 2^53: too big to be exact.
      if (!Number.isInteger(value)) return say('notInteger');
      return value > 0 ? say('tooBig', { limit: Number.MAX_SAFE_INTEGER }) : say('tooSmall', { limit: -Number.MAX_SAFE_INTEGER });
    case 'literal':
    case 'picklist': {
      const values = allowedValues(issue.expected);
      return values.length === 1 ? say('mustBe', { expected: showValue(values[0]) }) : say('notOneOf', { values: values.join(', ') });
    }
    case 'min_length':
      if (typeof value === 'string') return value === '' ? say('empty') : say('tooShort', { limit: issue.requirement });
      return say('tooFew', { limit: issue.requirement });
    case 'min_value':
      return say('tooSmall', { limit: issue.requirement });
    case 'gt_value':
      return say('tooSmallExclusive', { limit: issue.requirement });
    case 'max_length':
    case 'max_value':
    case 'lt_value':
      return say('tooBig', { limit: issue.requirement });
    case 'regex':
      if (issue.requirement === lib.ISO_DATE) return say('badDate');
      if (issue.requirement === lib.ISO_INSTANT) return say('badInstant');
      if (String(issue.requirement) === CURRENCY_PATTERN) return say('badCurrency');
      return say('badForm');
    case 'union':
      return describeUnion(issue, context, path, value, say);
    default:
      if (OWN_RULES.has(issue.type)) return say(CUSTOM[issue.message] ?? 'invalid');
      if (issue.kind === 'schema' && TYPE_WORDS[issue.type]) return say('wrongType', { expected: typeWord(TYPE_WORDS[issue.type]) });
      return say('invalid');
  }
}

/**
 * A value no option of a union takes. Each option is run alone to tell the one the value was
 * meant for (the only one whose type it has: its problems are then the value's); else the
 * options' own words together (a date or a date and time, a text or a number…).
 */
function describeUnion(issue, context, path, value, say) {
  const { locale, lib } = context;
  const union = unwrap(schemaAt(context.schema, keysOf(issue)));
  const branches = union
    ? union.options.map((option) => ({ option, issues: lib.safeParse(option, value).issues ?? [] }))
    : [{ option: undefined, issues: issue.issues ?? [] }];
  const rootsOf = (branch) => branch.issues.filter((i) => !i.path?.length);
  // The type an option wants and the value has not.
  const typeMissed = (branch) =>
    rootsOf(branch)
      .map((i) => i.kind === 'schema' && TYPE_WORDS[i.type])
      .find(Boolean);
  const meant = branches.filter((branch) => !typeMissed(branch));
  if (meant.length === 1 && meant[0].option) return describeAll(meant[0].issues, { ...context, schema: meant[0].option }, path);
  const roots = branches.flatMap(rootsOf);
  const formats = new Set(
    roots
      .filter((i) => i.type === 'regex')
      .map((i) => (i.requirement === lib.ISO_INSTANT ? 'datetime' : i.requirement === lib.ISO_DATE ? 'date' : String(i.requirement) === TIME_PATTERN ? 'time' : 'regex')),
  );
  if (formats.has('datetime') && formats.has('date')) return say('badDateOrInstant');
  if (formats.has('datetime') && formats.has('time')) return say('badTime');
  const expected = [...new Set(branches.map(typeMissed).filter(Boolean))];
  if (expected.includes('string') && expected.includes('record')) return say('notText');
  if (expected.length) return say('wrongType', { expected: expected.map((type) => message(locale, `type.${type}`)).join(message(locale, 'or')) });
  return say('invalid');
}

/** The problems the whole-document schema finds, in plain words. */
function schemaProblems(schema, raw, locale, lib) {
  const result = lib.safeParse(schema, raw);
  return result.success ? [] : describeAll(result.issues, { root: raw, locale, lib, schema });
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
  // A pipe has its base schema's type and fields (entries, item…): it is walked as its base.
  const type = schema?.type;
  if (WRAPPERS.has(type)) {
    if (value !== null) walk(schema.wrapped, value, path, lib, found);
    return;
  }
  switch (type) {
    case 'array':
      if (Array.isArray(value)) value.forEach((item, i) => walk(schema.item, item, [...path, i], lib, found));
      return;
    case 'record':
      if (value && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) walk(schema.value, v, [...path, k], lib, found);
      return;
    case 'union': {
      const kind = Array.isArray(value) ? 'array' : typeof value;
      const option =
        schema.options.find((o) => lib.safeParse(o, value).success) ?? schema.options.find((o) => (OBJECTS.has(o.type) ? 'object' : o.type) === kind);
      if (option) walk(option, value, path, lib, found);
      return;
    }
    default: {
      if (!OBJECTS.has(type) || !value || typeof value !== 'object' || Array.isArray(value)) return;
      const { entries } = schema;
      const known = Object.keys(entries);
      // Only a plain object refuses what it does not know (a loose object keeps it, as Open311 allows).
      for (const [key, item] of Object.entries(value)) {
        if (key in entries) walk(entries[key], item, [...path, key], lib, found);
        else if (!(path.length === 0 && key === '$schema') && type === 'object') found.unknown([...path, key], closest(key, known));
      }
    }
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
  const errors = schemaProblems(resource.schema, raw, locale, lib);
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
  const errors = schemaProblems(resource.schema, raw, locale, lib);
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
