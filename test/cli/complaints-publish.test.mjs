// Node-side tests of `opengov-widgets complaints publish` (node --test test/cli/).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

// The CLI runs the shared module (src/complaint-status/static-publish.ts) through its Node
// bundle: rebuilt here so the test never runs a stale copy.
let lib;
before(async () => {
  const build = spawnSync(process.execPath, ['scripts/build-schemas.mjs'], { cwd: fileURLToPath(new URL('../../', import.meta.url)), stdio: 'inherit' });
  assert.equal(build.status, 0, 'scripts/build-schemas.mjs failed');
  lib = await import('../../cli/complaints-crypto.mjs');
});
const normalizeReference = (text) => lib.normalizeReference(text);
const normalizeSecret = (text) => lib.normalizeSecret(text);

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/opengov-widgets.mjs');
const RECORDS = JSON.parse(readFileSync(join(ROOT, 'demo/data/complaint-records.json'), 'utf8'));
const FAST = ['--iterations', '100000'];

const temp = () => mkdtempSync(join(tmpdir(), 'og-complaints-'));
function cli(...args) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
function writeJson(dir, name, data) {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data));
  return path;
}
const files = (dir) => readdirSync(dir).sort();
const meta = (dir) => JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));

/** Opens the file of one record, as the widget would; undefined when there is none. */
async function open(dir, reference, secret) {
  const backend = await lib.cryptoBackend();
  const { key, name } = await lib.deriveLookup(reference, secret, lib.parseMetadata(meta(dir)), backend);
  if (!files(dir).includes(`${name}.json`)) return undefined;
  return lib.openEnvelope(readFileSync(join(dir, `${name}.json`), 'utf8'), key, backend);
}

const withoutSecret = ({ secret, ...rest }) => rest;

/** Every plaintext string of the records: what must never appear in a published folder. */
function plaintexts(records) {
  const out = new Set();
  const walk = (value) => {
    if (typeof value === 'string') {
      out.add(value);
      for (const word of value.split(/[\s,.:;()—–-]+/u)) if (word.length >= 5) out.add(word);
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const record of records) {
    walk(record);
    out.add(normalizeReference(record.reference));
    out.add(normalizeSecret(record.secret));
    out.add(record.reference.toLowerCase());
  }
  for (const field of ['reference', 'secret', 'category', 'agency', 'submittedAt', 'history', 'answer', 'status', 'received', 'in-progress', 'answered']) out.add(field);
  return [...out];
}

/** Scans every file's bytes, and the bytes under its base64, for any plaintext. */
function assertNoPlaintext(dir, records) {
  const needles = plaintexts(records).map((text) => Buffer.from(text, 'utf8'));
  for (const name of files(dir)) {
    let raw = readFileSync(join(dir, name));
    // publishedAt is public by design (docs: the folder tells when); a record's date may share a few characters with it (01T00 just after midnight).
    if (name === 'index.json') raw = Buffer.from(JSON.stringify({ ...JSON.parse(raw.toString('utf8')), publishedAt: undefined }));
    const layers = [raw];
    if (name !== 'index.json') {
      const envelope = JSON.parse(raw.toString('utf8'));
      layers.push(Buffer.from(envelope.ciphertext, 'base64'), Buffer.from(envelope.iv, 'base64'));
    }
    for (const bytes of layers) {
      for (const needle of needles) assert.equal(bytes.includes(needle), false, `${name} contains "${needle.toString('utf8')}"`);
    }
  }
}

test('publishes a JSON export: index.json, one file per complaint, and a summary', async () => {
  const out = join(temp(), 'site', 'complaints');
  const { code, out: stdout } = cli('complaints', 'publish', join(ROOT, 'demo/data/complaint-records.json'), out, ...FAST);
  assert.equal(code, 0);
  assert.match(stdout, /Published 3 complaints to .*100000 iterations/);
  const index = meta(out);
  assert.deepEqual(Object.keys(index).sort(), ['cipher', 'format', 'iterations', 'kdf', 'publishedAt', 'salt', 'version']);
  assert.equal(index.kdf, 'PBKDF2-SHA-256');
  assert.equal(index.iterations, 100000);
  assert.equal(Buffer.from(index.salt, 'base64').length, 16);
  const names = files(out).filter((n) => n !== 'index.json');
  assert.equal(names.length, 3);
  for (const name of names) assert.match(name, /^[0-9a-f]{32}\.json$/);
  for (const record of RECORDS) assert.deepEqual(await open(out, record.reference, record.secret), withoutSecret(record));
});

test('no reference, secret, category or any other plaintext appears anywhere in the published folder', () => {
  const out = temp();
  assert.equal(cli('complaints', 'publish', join(ROOT, 'demo/data/complaint-records.json'), out, ...FAST).code, 0);
  assertNoPlaintext(out, RECORDS);
  // The committed demo folder too.
  assertNoPlaintext(join(ROOT, 'demo/data/static-complaints'), RECORDS);
});

test('the plaintext scan itself catches a leak (it is not a test that cannot fail)', () => {
  const dir = temp();
  writeFileSync(join(dir, 'index.json'), '{}');
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ v: 1, iv: '', ciphertext: Buffer.from(`{"x":"${RECORDS[0].secret}"}`).toString('base64') }));
  assert.throws(() => assertNoPlaintext(dir, RECORDS), /contains/);
});

test('a wrong secret finds no file; a changed file does not decrypt', async () => {
  const out = temp();
  cli('complaints', 'publish', join(ROOT, 'demo/data/complaint-records.json'), out, ...FAST);
  const [record] = RECORDS;
  assert.equal(await open(out, record.reference, 'WRONG-SECRET'), undefined);
  assert.equal(await open(out, 'SL-1999-000001', record.secret), undefined);
  // Case and spaces do not matter, like in the widget.
  assert.equal((await open(out, record.reference.toLowerCase(), ` ${record.secret.toLowerCase()} `)).reference, record.reference);
  const backend = await lib.cryptoBackend();
  const { key, name } = await lib.deriveLookup(record.reference, record.secret, lib.parseMetadata(meta(out)), backend);
  const envelope = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));
  const bytes = Buffer.from(envelope.ciphertext, 'base64');
  bytes[10] ^= 1;
  await assert.rejects(lib.openEnvelope(JSON.stringify({ ...envelope, ciphertext: bytes.toString('base64') }), key, backend));
});

test('the committed demo folder (published at the old default, 210,000 iterations) still opens and holds exactly the demo records', async () => {
  assert.equal(meta(join(ROOT, 'demo/data/static-complaints')).iterations, 210000);
  const dir = join(ROOT, 'demo/data/static-complaints');
  assert.equal(files(dir).length, RECORDS.length + 1);
  for (const record of RECORDS) assert.deepEqual(await open(dir, record.reference, record.secret), withoutSecret(record));
});

test('reads CSV: contract columns + secret, history as JSON, category.fr / category.ar columns', async () => {
  const out = temp();
  const { code } = cli('complaints', 'publish', join(ROOT, 'demo/data/complaint-records.csv'), out, ...FAST);
  assert.equal(code, 0);
  for (const record of RECORDS) assert.deepEqual(await open(out, record.reference, record.secret), withoutSecret(record));
});

test('reports bad CSV rows with their row number, skips them, publishes the rest, never prints secrets', async () => {
  const dir = temp();
  const csv = Papa.unparse([
    { reference: 'SL-2024-000001', secret: 'GOOD-SECRET1', status: 'received', submittedAt: '2024-05-02T10:00:00+01:00', category: 'Voirie', history: '' },
    { reference: 'SL-2024-000002', secret: 'LEAKY-SECRET2', status: 'lost', submittedAt: '2024-05-02T10:00:00+01:00', category: '', history: '' },
    { reference: '', secret: 'LEAKY-SECRET3', status: 'received', submittedAt: '2024-05-02T10:00:00+01:00', category: '', history: '' },
    { reference: 'SL-2024-000004', secret: 'LEAKY-SECRET4', status: 'received', submittedAt: '2 mai 2024', category: '', history: '' },
    { reference: 'SL-2024-000005', secret: 'LEAKY-SECRET5', status: 'received', submittedAt: '2024-05-02T10:00:00+01:00', category: '', history: '[{"at": "2024-05-02", "status": "nope"}' },
    { reference: 'SL-2024-000006', secret: 'abc', status: 'received', submittedAt: '2024-05-02T10:00:00+01:00', category: '', history: '' },
    { reference: 'sl-2024-000001', secret: 'OTHER-SECRET7', status: 'received', submittedAt: '2024-05-02T10:00:00+01:00', category: '', history: '' },
  ]);
  const input = join(dir, 'export.csv');
  writeFileSync(input, `\uFEFF${csv}\n`);
  const out = join(dir, 'out');
  const { code, err, out: stdout } = cli('complaints', 'publish', input, out, ...FAST);
  assert.equal(code, 3);
  assert.match(err, /Skipped 6 records/);
  assert.match(err, /row 3: status must be one of/);
  assert.match(err, /row 4: reference is missing/);
  assert.match(err, /row 5: submittedAt must be an ISO 8601/);
  assert.match(err, /row 6: history is not valid JSON/);
  assert.match(err, /row 7: secret is shorter than 6/);
  assert.match(err, /row 8: the same reference as row 2/);
  assert.doesNotMatch(err + stdout, /SECRET/);
  assert.equal(files(out).length, 2);
  assert.deepEqual(await open(out, 'SL-2024-000001', 'GOOD-SECRET1'), { reference: 'SL-2024-000001', status: 'received', submittedAt: '2024-05-02T10:00:00+01:00', category: 'Voirie' });
});

test('publishes only the contract fields: names and phone numbers in an export never go out, even encrypted', async () => {
  const dir = temp();
  const input = writeJson(dir, 'export.json', [{ ...RECORDS[0], name: 'Fatima Zahra', phone: '0600000000' }]);
  const out = join(dir, 'out');
  const { code, out: stdout } = cli('complaints', 'publish', input, out, ...FAST);
  assert.equal(code, 0);
  assert.match(stdout, /Not published, not in the contract: name \(1\), phone \(1\)/);
  const opened = await open(out, RECORDS[0].reference, RECORDS[0].secret);
  assert.equal(opened.name, undefined);
  assert.equal(opened.phone, undefined);
});

test('checks a JSON export record by record (record numbers), and history entries one by one', () => {
  const dir = temp();
  const input = writeJson(dir, 'export.json', [RECORDS[0], { ...RECORDS[1], history: [{ at: 'yesterday', status: 'received' }] }, 'not a record']);
  const { code, err } = cli('complaints', 'publish', input, join(dir, 'out'), ...FAST);
  assert.equal(code, 3);
  assert.match(err, /record 2: history\[0\]\.at must be/);
  assert.match(err, /record 3: not an object/);
});

test('writes nothing when no record is valid, and refuses bad input and options', () => {
  const dir = temp();
  const out = join(dir, 'out');
  const input = writeJson(dir, 'export.json', [{ reference: 'X' }]);
  let run = cli('complaints', 'publish', input, out, ...FAST);
  assert.equal(run.code, 1);
  assert.match(run.err, /nothing written/);
  assert.throws(() => readdirSync(out));
  assert.equal(cli('complaints', 'publish', writeJson(dir, 'obj.json', { a: 1 }), out).code, 1);
  writeFileSync(join(dir, 'broken.json'), '[{');
  run = cli('complaints', 'publish', join(dir, 'broken.json'), out);
  assert.equal(run.code, 1);
  assert.match(run.err, /not valid JSON/);
  assert.match(cli('complaints', 'publish', join(dir, 'missing.json'), out).err, /cannot read/);
  run = cli('complaints', 'publish', input, out, '--iterations', '1000');
  assert.equal(run.code, 2);
  assert.match(run.err, /at least|from 100000/);
  assert.equal(cli('complaints', 'publish', input).code, 2);
});

test('re-publishing replaces its own folder, and never empties a folder it did not write', () => {
  const dir = temp();
  const out = join(dir, 'out');
  const input = join(ROOT, 'demo/data/complaint-records.json');
  cli('complaints', 'publish', input, out, ...FAST);
  const first = files(out);
  assert.equal(cli('complaints', 'publish', input, out, ...FAST).code, 0);
  const second = files(out);
  assert.equal(second.length, first.length);
  assert.notDeepEqual(second, first); // a new salt: new names, old files gone
  const foreign = join(dir, 'website');
  mkdirSync(foreign);
  writeFileSync(join(foreign, 'index.html'), '<h1>Commune</h1>');
  const run = cli('complaints', 'publish', input, foreign, ...FAST);
  assert.equal(run.code, 1);
  assert.match(run.err, /not empty/);
  assert.deepEqual(files(foreign), ['index.html']);
});

test('the dispatcher lists its commands and refuses unknown ones', () => {
  const help = cli('--help');
  assert.equal(help.code, 0);
  assert.match(help.out, /complaints publish <records\.json\|records\.csv> <out-dir>/);
  assert.equal(cli().code, 2);
  const unknown = cli('complaints', 'destroy');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command/);
  assert.match(cli('complaints', 'publish', '--help').out, /usage: opengov-widgets complaints publish/);
});

test('the default is 600,000 iterations (OWASP), written in index.json', async () => {
  const dir = temp();
  const input = writeJson(dir, 'one.json', [RECORDS[0]]);
  const out = join(dir, 'out');
  const run = cli('complaints', 'publish', input, out);
  assert.equal(run.code, 0);
  assert.equal(meta(out).iterations, 600000);
  assert.match(run.out, /600000 iterations/);
  assert.deepEqual(await open(out, RECORDS[0].reference, RECORDS[0].secret), withoutSecret(RECORDS[0]));
});

test('--generate-secrets gives records without a code a strong one and writes them apart, never in the folder', async () => {
  const dir = temp();
  const { secret, ...noSecret } = RECORDS[0];
  const input = writeJson(dir, 'export.json', [noSecret, RECORDS[1]]);
  const out = join(dir, 'out');
  assert.match(cli('complaints', 'publish', input, out, ...FAST).err, /secret is missing \(add one, or use --generate-secrets FILE\)/);
  const codes = join(dir, 'codes.csv');
  const run = cli('complaints', 'publish', input, out, ...FAST, '--generate-secrets', codes);
  assert.equal(run.code, 0);
  assert.match(run.out, /New secret codes for 1 records/);
  const [row, ...rest] = Papa.parse(readFileSync(codes, 'utf8').trim(), { header: true }).data;
  assert.equal(rest.length, 0);
  assert.equal(row.reference, noSecret.reference);
  assert.match(row.secret, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  assert.equal(lib.secretWeakness(row.secret), null);
  assert.deepEqual(await open(out, noSecret.reference, row.secret), noSecret);
  assert.deepEqual(await open(out, RECORDS[1].reference, RECORDS[1].secret), withoutSecret(RECORDS[1]));
  assert.ok(!files(out).includes('codes.csv'));
});

test('a weak code is published but warned about, in the chosen language, with why', () => {
  const dir = temp();
  const input = writeJson(dir, 'export.json', [{ ...RECORDS[0], secret: '482913' }, RECORDS[1]]);
  const en = cli('complaints', 'publish', input, join(dir, 'en'), ...FAST);
  assert.equal(en.code, 0);
  assert.match(en.err, /record 1: the secret code is weak\. .*6-digit code falls in about a minute per reference/);
  assert.doesNotMatch(en.err, /record 2/);
  assert.doesNotMatch(en.err, /482913/);
  assert.match(cli('complaints', 'publish', input, join(dir, 'fr'), ...FAST, '--locale', 'fr').err, /record 1 : le code secret est faible/);
  assert.match(cli('complaints', 'publish', input, join(dir, 'ar'), ...FAST, '--locale=ar').err, /الرمز السري ضعيف/);
  assert.equal(cli('complaints', 'publish', input, join(dir, 'xx'), '--locale', 'xx').code, 2);
});

test('the strength rule and the generator: digits-only and short codes are weak, generated codes are not and differ', () => {
  for (const weak of ['123456', '12345678', '2024-000123', 'AAAAAAAA', 'ABCDEFGH', 'abc1']) assert.ok(lib.secretWeakness(weak), weak);
  assert.equal(lib.secretWeakness('abc1'), 'too-short');
  for (const strong of ['K7QF-2M9X', 'p4tr 8whd', 'Z9NB3KQE']) assert.equal(lib.secretWeakness(strong), null, strong);
  const codes = new Set(Array.from({ length: 200 }, () => lib.generateSecret()));
  assert.equal(codes.size, 200);
  for (const code of codes) assert.match(code, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
});
