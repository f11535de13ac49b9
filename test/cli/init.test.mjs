// `opengov-widgets init`: writes a starter folder whose every data file passes `validate`,
// in Arabic and French, with a README in both; never replaces files without --force.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_FILES, STARTER_FILES } from '../../cli/init.mjs';

const BIN = 'bin/opengov-widgets.mjs';
let root;

before(() => {
  if (!existsSync('dist/node/schemas.mjs')) {
    const build = spawnSync(process.execPath, ['scripts/build-schemas.mjs'], { stdio: 'inherit' });
    assert.equal(build.status, 0, 'scripts/build-schemas.mjs failed');
  }
  root = mkdtempSync(join(tmpdir(), 'og-init-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

function cli(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ status: error ? error.code : 0, stdout, stderr, out: stdout + stderr }),
    );
  });
}

test('init writes one example file per widget, and every one passes validate', async () => {
  const dir = join(root, 'data');
  const { status, out } = await cli('init', dir);
  assert.equal(status, 0, out);
  for (const file of ['commitments.json', 'budget.json', 'budget.csv', 'events.json', 'proposals/form.json', 'proposals/outcomes.json', 'complaints/EX-2025-000001.json', 'calendar.json', 'private/complaint-records.json', 'README.txt']) {
    assert.ok(existsSync(join(dir, file)), `${file} written`);
  }
  const expected = {
    'commitments.json': /commitments, read by <og-commitment-tracker>/,
    'budget.json': /budget, read by <og-budget-chart>/,
    'budget.csv': /budget \(CSV\), read by <og-budget-chart>/,
    'events.json': /events, read by <og-consultation-calendar>/,
    'proposals/form.json': /proposals-form, read by <og-proposal-form>/,
    'proposals/outcomes.json': /proposal-outcomes, read by <og-proposal-outcomes>/,
    'complaints/EX-2025-000001.json': /complaint, read by <og-complaint-status>/,
    'calendar.json': /calendar, read by <og-complaint-status>/,
    'private/complaint-records.json': /complaint-records/,
    'polls/priorites-2026.json': /poll, read by <og-poll>/,
    'polls/priorites-2026/results.json': /poll-results, read by <og-poll>/,
  };
  assert.deepEqual([...DATA_FILES].sort(), Object.keys(expected).sort());
  for (const file of DATA_FILES) {
    const result = await cli('validate', join(dir, file));
    assert.equal(result.status, 0, `${file}:\n${result.out}`);
    assert.match(result.out, expected[file]);
    assert.match(result.out, /Valid: no problem found/, `${file} has no warning either:\n${result.out}`);
    assert.match(result.out, /: [1-9]\d* valid, 0 skipped/, `${file} has items:\n${result.out}`);
  }
});

test('every text in the starter files is in Arabic and French', () => {
  const texts = [];
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if ('fr' in node || 'ar' in node) texts.push(node);
      else Object.values(node).forEach(walk);
    }
  };
  for (const file of DATA_FILES.filter((f) => f.endsWith('.json'))) walk(JSON.parse(STARTER_FILES[file]));
  assert.ok(texts.length > 30, `only ${texts.length} texts`);
  for (const text of texts) {
    assert.match(text.ar, /[\u0600-\u06FF]/, `Arabic text in ${JSON.stringify(text)}`);
    assert.match(text.fr, /[a-zé]/i, `French text in ${JSON.stringify(text)}`);
  }
  const [header] = STARTER_FILES['budget.csv'].split('\n');
  assert.match(header, /label_fr,label_ar/);
});

test('the README, in French and Arabic, names each file, its widget and the validate command', () => {
  const readme = STARTER_FILES['README.txt'];
  for (const file of ['commitments.json', 'budget.json', 'budget.csv', 'events.json', 'proposals/form.json', 'private/complaint-records.json']) assert.ok(readme.includes(file), file);
  for (const element of ['og-commitment-tracker', 'og-budget-chart', 'og-consultation-calendar', 'og-proposal-form', 'og-complaint-status', 'og-poll']) assert.ok(readme.includes(element), element);
  assert.match(readme, /npx opengov-widgets validate/);
  assert.match(readme, /Vérifier un fichier/);
  assert.match(readme, /للتحقق من ملف/);
  assert.match(readme, /NE METTEZ JAMAIS LE DOSSIER private\/ EN LIGNE/);
});

test('init never replaces existing files without --force', async () => {
  const dir = join(root, 'kept');
  assert.equal((await cli('init', dir)).status, 0);
  const edited = join(dir, 'events.json');
  writeFileSync(edited, '{"edited": true}');
  const again = await cli('init', dir);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /already exists: nothing was written \(add --force/);
  assert.equal(readFileSync(edited, 'utf8'), '{"edited": true}');

  // One existing file is enough to refuse, and nothing else is written.
  const partial = join(root, 'partial');
  await cli('init', partial);
  rmSync(join(partial, 'budget.json'));
  writeFileSync(join(partial, 'commitments.json'), 'mine');
  assert.equal((await cli('init', partial, '--locale', 'fr')).status, 1);
  assert.equal(existsSync(join(partial, 'budget.json')), false);
  assert.equal(readFileSync(join(partial, 'commitments.json'), 'utf8'), 'mine');

  const forced = await cli('init', dir, '--force');
  assert.equal(forced.status, 0, forced.out);
  assert.equal(readFileSync(edited, 'utf8'), STARTER_FILES['events.json']);
});

test('init: usage errors exit 2', async () => {
  assert.equal((await cli('init')).status, 2);
  assert.equal((await cli('init', join(root, 'x'), '--bogus')).status, 2);
});
