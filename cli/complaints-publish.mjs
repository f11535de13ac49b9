// `opengov-widgets complaints publish <records.json|records.csv> <out-dir> [--iterations N] [--generate-secrets FILE] [--locale en|fr|ar]`
//
// Turns an export of complaints into a folder of encrypted files for <og-complaint-status
// format="static">: index.json (public metadata) and one {name}.json per complaint, where
// name and key come from the reference plus the secret printed on the receipt. Bad records
// are reported with their row and skipped; nothing in clear is ever written. The encryption,
// the secret-code generator and the strength rule are the desk's own (complaints-crypto.mjs).
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import Papa from 'papaparse';
import { checkRecord, recordFromCsvRow } from './complaint-record.mjs';
import { DEFAULT_ITERATIONS, MAX_ITERATIONS, MIN_ITERATIONS, STATIC_FORMAT, generateSecret, normalizeReference, normalizeSecret, publishStaticFolder, secretWeakness } from './complaints-crypto.mjs';
import { LOCALES, message } from './messages.mjs';
import { calendarProblems, deadlineFindings, readCalendar } from './deadlines.mjs';
import { parseOrExplain, UsageError } from './usage.mjs';

export const usage = 'complaints publish <records.json|records.csv> <out-dir> [--calendar calendar.json] [--iterations N] [--generate-secrets FILE] [--locale en|fr|ar]';
export const summary = 'encrypt complaint records into a folder for <og-complaint-status format="static">';

const OWN_FILE = /^[0-9a-f]{32}\.json$/;


function parseArgs(args) {
  const positional = [];
  let iterations = DEFAULT_ITERATIONS;
  let secretsOut;
  let calendar;
  let locale = 'en';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--generate-secrets' || arg.startsWith('--generate-secrets=')) {
      secretsOut = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (!secretsOut) throw new UsageError('--generate-secrets needs a file name (where the new codes are written)');
    } else if (arg === '--calendar' || arg.startsWith('--calendar=')) {
      calendar = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (!calendar) throw new UsageError('--calendar needs a file name (the commune\'s calendar.json)');
    } else if (arg === '--locale' || arg.startsWith('--locale=')) {
      locale = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (!LOCALES.includes(locale)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
    } else if (arg === '--iterations' || arg.startsWith('--iterations=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : args[++i];
      iterations = Number(value);
      if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS)
        throw new UsageError(`--iterations must be a whole number from ${MIN_ITERATIONS} to ${MAX_ITERATIONS}`);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 2) throw new UsageError('expected an input file and an output folder');
  return { input: positional[0], outDir: positional[1], iterations, secretsOut, calendar, locale };
}

/** Reads the export: a JSON array (or {"complaints": [...]}) or a CSV with a header row. */
export async function readRecords(input) {
  const text = (await readFile(input, 'utf8')).replace(/^\uFEFF/, '');
  if (extname(input).toLowerCase() === '.csv') {
    const parsed = Papa.parse(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
    if (!parsed.meta.fields?.includes('reference')) throw new Error('the CSV has no "reference" column in its header row');
    // Rows as a spreadsheet numbers them: the header is row 1.
    return parsed.data.map((row, index) => {
      const { __parsed_extra: extra, ...cells } = row;
      const { record, problems } = recordFromCsvRow(cells);
      if (extra) problems.push('the row has more cells than the header');
      return { label: `row ${index + 2}`, record, problems };
    });
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`the file is not valid JSON (${error.message})`);
  }
  const list = Array.isArray(data) ? data : Array.isArray(data?.complaints) ? data.complaints : undefined;
  if (!list) throw new Error('the JSON file must hold an array of complaints (or {"complaints": [...]})');
  return list.map((record, index) => ({ label: `record ${index + 1}`, record, problems: [] }));
}

/** Empties a folder this tool wrote before; refuses a folder holding anything else. */
async function prepareFolder(outDir) {
  let names;
  try {
    names = await readdir(outDir);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    await mkdir(outDir, { recursive: true });
    return;
  }
  if (!names.length) return;
  let previous = false;
  if (names.includes('index.json')) {
    try {
      previous = JSON.parse(await readFile(join(outDir, 'index.json'), 'utf8')).format === STATIC_FORMAT;
    } catch {
      previous = false;
    }
  }
  const foreign = names.filter((n) => n !== 'index.json' && !OWN_FILE.test(n));
  if (!previous || foreign.length)
    throw new Error(`${outDir} is not empty and is not a complaints folder written by this tool; choose an empty or new folder`);
  await Promise.all(names.map((n) => rm(join(outDir, n))));
}

/**
 * Publishes; returns { written, skipped: [{label, errors}], dropped: Map<field, count>,
 * weak: [labels], generated: [{reference, secret}] }. With `secretsOut`, records without a
 * secret get a new code, written there (reference,secret) for the receipts.
 * Exported for tests and for scripts that call it directly.
 */
export async function publish({ input, outDir, iterations = DEFAULT_ITERATIONS, secretsOut, calendar: calendarFile, locale = 'en' }) {
  // The widget's own deadline arithmetic and checks (src/core/working-days.ts, deadline-check.ts).
  const { loadSchemas } = await import('./validate.mjs');
  const lib = await loadSchemas();
  let calendar;
  if (calendarFile) {
    const read = await readCalendar(calendarFile, lib);
    if (read.problems.length)
      throw new Error([message(locale, 'calendar.cannotUse', { file: calendarFile }), ...calendarProblems(read.problems, locale).map((p) => `  ${p.text}`)].join('\n'));
    calendar = read.calendar;
  }
  const warnings = [];
  const computed = [];
  const rows = await readRecords(input);
  const skipped = [];
  const dropped = new Map();
  const seen = new Map();
  const valid = [];
  const weak = [];
  const generated = [];
  for (const { label, record, problems } of rows) {
    const blank = record && typeof record === 'object' && (record.secret === undefined || String(record.secret).trim() === '');
    const secret = blank && secretsOut ? generateSecret() : undefined;
    const checked = checkRecord(secret ? { ...record, secret } : record, normalizeSecret);
    const errors = [...problems, ...(checked.errors ?? []).map((e) => (e === 'secret is missing' ? message(locale, 'publish.noSecret') : e))];
    const raw = checked.complaint ? lib.checkDeadline(record, calendar, lib.DEFAULT_TIME_ZONE) : [];
    const findings = deadlineFindings(raw, locale, label);
    // A due date before the request is already refused by checkRecord; an extension before it here.
    if (!errors.length) errors.push(...findings.filter((f) => f.level === 'error').map((f) => f.text));
    if (!errors.length) {
      const key = normalizeReference(checked.complaint.reference);
      if (seen.has(key)) errors.push(`the same reference as ${seen.get(key)}`);
      else seen.set(key, label);
    }
    if (errors.length) {
      skipped.push({ label, errors });
      continue;
    }
    raw.forEach((finding, i) => {
      if (finding.level === 'warning') warnings.push(findings[i].text);
      if (finding.code === 'due-from-rules') {
        // The rules state the limit: the published file carries the date they give.
        checked.complaint.dueAt = finding.expected;
        computed.push(deadlineFindings([{ ...finding, code: 'due-computed' }], locale, label)[0].text);
      }
    });
    if (secret) generated.push({ reference: checked.complaint.reference, secret });
    else if (secretWeakness(checked.secret)) weak.push(label);
    for (const field of checked.dropped) dropped.set(field, (dropped.get(field) ?? 0) + 1);
    valid.push(checked);
  }
  const result = { written: 0, skipped, dropped, weak, generated, warnings, computed, outDir, iterations };
  if (!valid.length) return result;
  await prepareFolder(outDir);
  const files = await publishStaticFolder(valid.map(({ complaint, secret }) => ({ complaint, secret })), { iterations });
  // The codes first: were writing the folder to fail half-way, no published secret is lost.
  if (generated.length) await writeFile(secretsOut, Papa.unparse(generated) + '\n');
  for (const [name, text] of files) await writeFile(join(outDir, name), text);
  return { ...result, written: valid.length };
}

export async function run(args, io = { out: console.log, err: console.error }) {
  const options = parseOrExplain(parseArgs, args, usage, io);
  if (!options) return 2;
  let result;
  try {
    result = await publish(options);
  } catch (error) {
    io.err(`opengov-widgets: ${error.code === 'ENOENT' ? `cannot read ${error.path}` : error.message}`);
    return 1;
  }
  const { written, skipped, dropped, weak, generated, warnings, computed } = result;
  const { locale } = options;
  for (const text of warnings) io.err(text);
  for (const text of computed) io.out(text);
  for (const label of weak) io.err(message(locale, 'publish.weakSecret', { path: label }));
  if (generated.length) io.out(message(locale, 'publish.generated', { count: generated.length, file: options.secretsOut }));
  if (skipped.length) {
    io.err(`Skipped ${skipped.length} record${skipped.length === 1 ? '' : 's'} that do not follow the contract:`);
    for (const { label, errors } of skipped) io.err(`  ${label}: ${errors.join('; ')}`);
  }
  if (dropped.size) {
    const list = [...dropped].map(([field, count]) => `${field} (${count})`).join(', ');
    io.out(`Not published, not in the contract: ${list}.`);
  }
  if (!written) {
    io.err('opengov-widgets: no valid record, nothing written.');
    return 1;
  }
  io.out(`Published ${written} complaint${written === 1 ? '' : 's'} to ${options.outDir} (PBKDF2-SHA-256, ${options.iterations} iterations, AES-GCM-256).`);
  io.out('Upload the whole folder; give each person their reference and secret code (the receipt). The folder reveals neither.');
  return skipped.length ? 3 : 0;
}
