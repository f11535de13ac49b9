// `opengov-widgets validate`: every demo file passes, broken files fail with the path and the
// plain-words reason, the counts agree with the widgets' own parsers, exit codes, --type,
// --locale, URLs, CSV, iCalendar; the published JSON Schemas are draft 2020-12 and agree.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { loadSchemasBundle } from './schemas-bundle.mjs';

const BIN = 'bin/opengov-widgets.mjs';
let dir;
let lib;

before(async () => {
  lib = await loadSchemasBundle();
  dir = mkdtempSync(join(tmpdir(), 'og-validate-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real command (a child process: exit code and output as a webmaster sees them). */
function cli(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ status: error ? error.code : 0, stdout, stderr, out: stdout + stderr }),
    );
  });
}

function write(name, content) {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

const commitment = (over = {}) => ({ id: 'c-1', title: { fr: 'Publier le budget', ar: 'نشر الميزانية' }, status: 'limited', ...over });
const commitments = (...items) => ({ updatedAt: '2024-01-15T10:00:00+01:00', commitments: items });

/** Every data file of the demo, but the partly invalid ones and the encrypted complaints. */
function demoFiles(root = 'demo/data') {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return name === 'invalid' || name === 'static-complaints' || name === 'fdp-broken' ? [] : demoFiles(path);
    // A Fiscal Data Package's own files are another standard's (test/cli/import.test.mjs reads them).
    if (/\/fdp(-long)?$/.test(root) && name !== 'equivalent-budget.json') return [];
    return /\.(json|csv|ics)$/.test(name) ? [path] : [];
  });
}

test('every demo data file is valid (exit 0)', async () => {
  const files = demoFiles();
  assert.ok(files.length >= 20, `found only ${files.length} demo files`);
  for (const file of files) {
    const { status, out } = await cli('validate', file);
    assert.equal(status, 0, `${file}:\n${out}`);
    assert.match(out, /Valid/, file);
  }
});

test('the partly invalid demo files fail, and the counts are the widget parsers\' own', async () => {
  const cases = [
    ['demo/data/invalid/commitments.json', (text) => lib.resources.commitments.parse(text), 'commitments'],
    ['demo/data/invalid/budget.json', (text) => lib.resources.budget.parse(text), 'budget lines'],
    ['demo/data/invalid/events.json', (text) => lib.resources.events.parse(text), 'events'],
    ['demo/data/invalid/proposals/form.json', (text) => lib.resources['proposals-form'].parse(text), 'themes'],
    ['demo/data/invalid/proposals/outcomes.json', (text) => lib.resources['proposal-outcomes'].parse(text), 'proposals'],
    ['demo/data/invalid/events.ics', (text) => lib.parseEventsIcal(text), 'events'],
  ];
  const warn = console.warn;
  for (const [file, parse, items] of cases) {
    console.warn = () => {};
    let parsed;
    try {
      parsed = await parse(readFileSync(file, 'utf8'));
    } finally {
      console.warn = warn;
    }
    assert.ok(parsed.skipped > 0, `${file} should have skipped items`);
    const { status, out } = await cli('validate', file);
    assert.equal(status, 1, out);
    const [, valid, skipped] = new RegExp(`${items}: (\\d+) valid, (\\d+) skipped by the widget`).exec(out) ?? [];
    assert.equal(Number(skipped), parsed.skipped, `${file}:\n${out}`);
    assert.ok(Number(valid) > 0, out);
    // Every skipped item is explained by at least one error line.
    assert.ok((out.match(/✗/g) ?? []).length >= 1, out);
  }
});

test('a bad enum value: its path and the allowed values, in plain words', async () => {
  const file = write('enum.json', commitments(commitment(), commitment({ id: 'c-2' }), commitment({ id: 'c-3' }), commitment({ id: 'c-4', status: 'finished' })));
  const { status, out } = await cli('validate', file);
  assert.equal(status, 1);
  assert.match(out, /commitments\[3\]\.status: "finished" is not one of not-started, limited, substantial, complete, withdrawn, ongoing/);
  assert.match(out, /commitments: 3 valid, 1 skipped by the widget\./);
  assert.match(out, /Not valid\./);
});

test('wrong types, bad dates, numbers out of range, texts by language', async () => {
  const file = write(
    'types.json',
    commitments(
      commitment({ progress: '40' }),
      commitment({ id: 'c-2', progress: 150, statusDate: '30/06/2023' }),
      commitment({ id: 'c-3', title: { fr: 'ok', ar: 5 } }),
      commitment({ id: 'c-4', title: ['a list'] }),
      'not even an object',
    ),
  );
  const { status, out } = await cli('validate', file);
  assert.equal(status, 1);
  assert.match(out, /commitments\[0\]\.progress: "40" is not a number/);
  assert.match(out, /commitments\[1\]\.progress: 150 is more than 100/);
  assert.match(out, /commitments\[1\]\.statusDate: "30\/06\/2023" is not a date written YYYY-MM-DD/);
  assert.match(out, /commitments\[2\]\.title\.ar: 5 is not a text/);
  assert.match(out, /commitments\[3\]\.title: \["a list"\] is neither a text nor texts by language/);
  assert.match(out, /commitments\[4\]: "not even an object" is not an object/);
  assert.match(out, /commitments: 0 valid, 5 skipped by the widget\./);
});

test('a missing required field at the top: the widget refuses the whole file', async () => {
  const file = write('no-date.json', { commitments: [commitment()] });
  const { status, out } = await cli('validate', file);
  assert.equal(status, 1);
  assert.match(out, /updatedAt: is missing \(it is required\)/);
  assert.match(out, /The widget cannot show this file/);
  const budget = write('budget-bad.json', { updatedAt: '2024-01-15T10:00:00+01:00', currency: 'mad', years: [{ year: 2024, lines: [{ code: '1', label: 'x', direction: 'expenditure', amounts: {} }] }] });
  const second = await cli('validate', budget);
  assert.equal(second.status, 1);
  assert.match(second.out, /currency: "mad" is not a three-letter currency code in capitals, like MAD/);
  assert.match(second.out, /years\[0\]\.lines\[0\]\.amounts: gives no amount/);
});

test('not JSON: says so with the line and column', async () => {
  const file = write('broken.json', '{\n  "updatedAt": "2024-01-15T10:00:00+01:00",\n  "commitments": [ { "id": "a", } ]\n}');
  const { status, out } = await cli('validate', file);
  assert.equal(status, 1);
  assert.match(out, /the file is not JSON \(line 3, column \d+\)/);
  assert.match(out, /The widget cannot show this file/);
});

test('unsafe links and unknown fields are warnings: the file is still valid (exit 0)', async () => {
  const file = write('warn.json', { $schema: './commitments.schema.json', ...commitments(commitment({ url: 'javascript:alert(1)', feedbackUrl: '/contact', progres: 40 })) });
  const { status, out } = await cli('validate', file);
  assert.equal(status, 0, out);
  assert.match(out, /⚠ commitments\[0\]\.url: "javascript:alert\(1\)" is not a safe link/);
  assert.doesNotMatch(out, /feedbackUrl/, 'a relative link resolves against the page: it is kept');
  assert.match(out, /commitments\[0\]\.progres: is not a field of this format; it is ignored \(did you mean "progress"\?\)/);
  assert.doesNotMatch(out, /\$schema/, '$schema is allowed at the top (editors use it)');
  assert.match(out, /commitments: 1 valid, 0 skipped/);
  assert.match(out, /Valid \(the warnings do not stop the widget\)/);
});

test('problems the schema cannot see are reported from the widget itself (events)', async () => {
  const file = write('events.json', {
    updatedAt: '2024-01-15T10:00:00+01:00',
    events: [
      { id: 'a', title: 'ok', start: '2024-03-01T10:00:00+01:00' },
      { id: 'b', title: 'backwards', start: '2024-03-01T10:00:00+01:00', end: '2024-03-01T09:00:00+01:00' },
      { id: 'a', title: 'twice', start: '2024-03-02T10:00:00+01:00' },
    ],
  });
  const { status, out } = await cli('validate', file);
  assert.equal(status, 1);
  assert.match(out, /events\[1\]: the widget skips it \(end before start\)/);
  assert.match(out, /events\[2\]: the widget skips it \(duplicate id a\)/);
  assert.match(out, /events: 1 valid, 2 skipped by the widget/);
});

test('proposal outcomes: a missing reason, an unknown stage and a merge without target in plain words; links checked against the commitments file', async () => {
  const fr = await cli('validate', 'demo/data/invalid/proposals/outcomes.json', '--locale', 'fr');
  assert.equal(fr.status, 1, fr.out);
  assert.match(fr.out, /proposals\[3\]\.reason : une raison est obligatoire/);
  assert.match(fr.out, /proposals\[4\].*étape inconnue "evaluation"/);
  assert.match(fr.out, /proposals\[5\]\.mergedInto : une proposition fusionnée doit donner la référence/);
  assert.match(fr.out, /propositions : valides 3, ignorés par le widget 3\./);
  const doc = JSON.parse(readFileSync('demo/data/proposals/outcomes.json', 'utf8'));
  doc.proposals[0].commitment.id = 'c-404';
  doc.proposals[4].mergedInto = 'P-1999-0001';
  const file = write('outcomes.json', doc);
  const alone = await cli('validate', file);
  assert.equal(alone.status, 0, alone.out);
  assert.match(alone.out, /proposals\[4\]\.mergedInto: "P-1999-0001" is not the reference of a proposal in this file/);
  const both = await cli('validate', file, '--commitments', 'demo/data/commitments.json');
  assert.equal(both.status, 1, both.out);
  assert.match(both.out, /proposals\[0\]\.commitment\.id: commitment "c-404" is not in demo\/data\/commitments\.json/);
  const good = await cli('validate', 'demo/data/proposals/outcomes.json', '--commitments', 'demo/data/commitments.json');
  assert.equal(good.status, 0, good.out);
  const missing = await cli('validate', file, '--commitments', join(dir, 'nope.json'));
  assert.equal(missing.status, 2, missing.out);
});

test('exit codes: 0 valid, 1 errors, 2 unreadable or bad usage', async () => {
  assert.equal((await cli('validate', 'demo/data/commitments.json')).status, 0);
  assert.equal((await cli('validate', 'demo/data/invalid/commitments.json')).status, 1);
  const missing = await cli('validate', join(dir, 'nothing-here.json'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /there is no such file/);
  assert.equal((await cli('validate')).status, 2);
  assert.equal((await cli('validate', 'demo/data/commitments.json', '--type', 'nonsense')).status, 2);
  assert.equal((await cli('validate', 'demo/data/commitments.json', '--locale', 'de')).status, 2);
});

test('--type overrides detection; an unknown shape asks for it', async () => {
  const asBudget = await cli('validate', 'demo/data/commitments.json', '--type', 'budget');
  assert.equal(asBudget.status, 1);
  assert.match(asBudget.out, /budget, read by <og-budget-chart>/);
  assert.match(asBudget.out, /currency: is missing/);
  const odd = write('settings.json', {});
  const unknown = await cli('validate', odd);
  assert.equal(unknown.status, 1);
  assert.match(unknown.out, /cannot tell which data this is; add --type/);
  const asForm = await cli('validate', odd, '--type', 'proposals-form');
  assert.equal(asForm.status, 0, asForm.out);
  assert.match(asForm.out, /proposals-form, read by <og-proposal-form>/);
  const body = write('body.json', { title: 'Un banc', problem: 'Pas de banc', solution: 'Un banc', locale: 'fr', consent: false });
  const proposal = await cli('validate', body);
  assert.equal(proposal.status, 1);
  assert.match(proposal.out, /consent: must be true/);
});

test('--locale fr and ar give the same problems in French and Arabic', async () => {
  const file = write('enum-fr.json', commitments(commitment({ status: 'finished' })));
  const fr = await cli('validate', file, '--locale', 'fr');
  assert.equal(fr.status, 1);
  assert.match(fr.out, /commitments\[0\]\.status : "finished" n'est pas une de ces valeurs : not-started/);
  assert.match(fr.out, /engagements : valides 0, ignorés par le widget 1\./);
  assert.match(fr.out, /Non valide\./);
  const ar = await cli('validate', file, '--locale', 'ar');
  assert.equal(ar.status, 1);
  assert.match(ar.out, /commitments\[0\]\.status: "finished" ليست من القيم التالية/);
  assert.match(ar.out, /غير صالح\./);
});

test('budget CSV: valid, a bad row skipped with its line, a missing column refused', async () => {
  assert.equal((await cli('validate', 'demo/data/budget.csv')).status, 0);
  const csv = write('budget.csv', 'year;code;parent;label;direction;approved\n2024;10;;Recettes;recettes;1 200,50\n2024;20;;Dépenses;dépenses;douze\nxx;30;;Autre;expenditure;5\n');
  const { status, out } = await cli('validate', csv);
  assert.equal(status, 1);
  assert.match(out, /budget \(CSV\), read by <og-budget-chart>/);
  assert.match(out, /line 3: the widget skips it \(approved is not a number\)/);
  assert.match(out, /line 4: the widget skips it \(year is not a year\)/);
  assert.match(out, /budget lines: 1 valid, 2 skipped by the widget/);
  const noLabel = write('no-label.csv', 'year,code,direction,approved\n2024,10,revenue,5\n');
  const refused = await cli('validate', noLabel);
  assert.equal(refused.status, 1);
  assert.match(refused.out, /the CSV has no column "label"/);
});

test('iCalendar: the demo feed is valid; a file that is no calendar is refused', async () => {
  assert.equal((await cli('validate', 'demo/data/events.ics')).status, 0);
  const notCal = write('feed.ics', 'hello\n');
  const { status, out } = await cli('validate', notCal);
  assert.equal(status, 1);
  assert.match(out, /not an iCalendar feed/);
});

test('complaint records for complaints publish: checked as the publish tool does', async () => {
  assert.equal((await cli('validate', 'demo/data/complaint-records.json')).status, 0);
  const records = JSON.parse(readFileSync('demo/data/complaint-records.json', 'utf8'));
  records[1].secret = '12';
  records[2].reference = records[0].reference;
  const file = write('records.json', records);
  const { status, out } = await cli('validate', file);
  assert.equal(status, 1);
  assert.match(out, /\[1\]\.secret: "12" is shorter than 6 characters/);
  assert.match(out, /\[2\]: the same reference as \[0\]/);
  assert.match(out, /complaint records: 1 valid, 2 skipped by complaints publish/);
});

test('the encrypted files of complaints publish are recognized, not reported as unknown', async () => {
  for (const file of readdirSync('demo/data/static-complaints')) {
    const { status, out } = await cli('validate', join('demo/data/static-complaints', file));
    assert.equal(status, 0, out);
    assert.match(out, /an encrypted file written by "complaints publish"/);
  }
});

test('a URL: fetched and checked; an HTTP error is exit 2', async () => {
  const server = createServer((req, res) => {
    const files = { '/data/commitments.json': 'demo/data/commitments.json', '/data/bad/commitments.json': 'demo/data/invalid/commitments.json', '/data/budget.csv': 'demo/data/budget.csv' };
    const file = files[req.url];
    if (!file) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const good = await cli('validate', `${base}/data/commitments.json`);
    assert.equal(good.status, 0, good.out);
    assert.match(good.out, /commitments: 22 valid, 0 skipped/);
    const bad = await cli('validate', `${base}/data/bad/commitments.json`);
    assert.equal(bad.status, 1);
    assert.match(bad.out, /commitments\[3\]\.status: "done" is not one of/);
    const csv = await cli('validate', `${base}/data/budget.csv`);
    assert.equal(csv.status, 0, csv.out);
    assert.match(csv.out, /budget \(CSV\)/);
    const missing = await cli('validate', `${base}/data/nothing.json`);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /HTTP 404/);
  } finally {
    server.close();
  }
});

test('JSON Schemas: one per resource, draft 2020-12, titled, and they agree with validate on the demo data', async () => {
  const names = ['commitments', 'budget', 'events', 'proposals-form', 'proposal', 'proposal-outcomes', 'complaint', 'complaint-records'];
  const draft07Only = new Set(['definitions', 'dependencies', 'additionalItems']);
  const walk = (node, visit) => {
    if (Array.isArray(node)) node.forEach((item) => walk(item, visit));
    else if (node && typeof node === 'object') {
      visit(node);
      Object.values(node).forEach((item) => walk(item, visit));
    }
  };
  for (const name of names) {
    const schema = JSON.parse(readFileSync(`dist/schemas/${name}.schema.json`, 'utf8'));
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', name);
    assert.ok(schema.title && schema.description, `${name} has a title and a description`);
    walk(schema, (node) => {
      for (const key of Object.keys(node)) assert.ok(!draft07Only.has(key), `${name}: draft-07 keyword ${key}`);
      if (typeof node.$ref === 'string') assert.match(node.$ref, /^#\/\$defs\//, `${name}: $ref ${node.$ref}`);
      if ('items' in node) assert.ok(!Array.isArray(node.items), `${name}: tuple "items" is not 2020-12`);
    });
    assert.equal(schema.additionalProperties, undefined, `${name}: unknown fields are allowed, as in the contract`);
  }
  // Validate with a JSON Schema validator when one is installed (a dev dependency's).
  let Validator;
  try {
    ({ Validator } = createRequire(import.meta.url)('jsonschema'));
  } catch {
    return;
  }
  const validator = new Validator();
  const load = (name) => JSON.parse(readFileSync(`dist/schemas/${name}.schema.json`, 'utf8'));
  const pairs = [
    ['commitments', 'demo/data/commitments.json'],
    ['budget', 'demo/data/budget.json'],
    ['events', 'demo/data/events.json'],
    ['proposals-form', 'demo/data/proposals/form.json'],
    ['proposal-outcomes', 'demo/data/proposals/outcomes.json'],
    ['complaint', 'demo/data/complaints/SL-2024-000123.json'],
    ['complaint-records', 'demo/data/complaint-records.json'],
  ];
  for (const [name, file] of pairs) {
    const result = validator.validate(JSON.parse(readFileSync(file, 'utf8')), load(name));
    assert.ok(result.valid, `${file} against ${name}.schema.json: ${result.errors.map((e) => e.stack).join('; ')}`);
  }
  const bad = validator.validate(commitments(commitment({ status: 'finished' })), load('commitments'));
  assert.equal(bad.valid, false);
  assert.match(bad.errors[0].property, /commitments\[0\]\.status/);
  const line = { code: '1', label: 'x', direction: 'expenditure', amounts: {} };
  const noAmount = validator.validate({ updatedAt: '2024-01-15T10:00:00+01:00', currency: 'MAD', years: [{ year: 2024, lines: [line] }] }, load('budget'));
  assert.equal(noAmount.valid, false, 'a budget line needs at least one amount, in the JSON Schema too');
  line.amounts.approved = '1200.5';
  assert.ok(validator.validate({ updatedAt: '2024-01-15T10:00:00+01:00', currency: 'MAD', years: [{ year: 2024, lines: [line] }] }, load('budget')).valid);
});

test('warns, naming the rule, on a Moroccan time with an offset not in force on its date (our tz 2026c rules, not Node\'s)', async () => {
  const doc = (start) => ({ updatedAt: '2026-06-01T10:00:00+01:00', events: [{ id: 'x', title: 'Réunion', start }] });
  const after = await cli('validate', write('tz-after.json', doc('2026-12-10T17:00:00+01:00')));
  assert.equal(after.status, 0, after.out);
  assert.match(after.out, /events\[0\]\.start: "2026-12-10T17:00:00\+01:00" has the offset \+01:00/);
  assert.match(after.out, /Morocco's permanent UTC\+00 since 2026-09-20/);
  assert.match(after.out, /write 2026-12-10T17:00:00\+00:00/);
  assert.match(after.out, /Warnings: 1\./);

  for (const start of ['2026-09-19T17:00:00+01:00', '2026-12-10T17:00:00+00:00', '2026-12-10T17:00:00Z']) {
    const ok = await cli('validate', write('tz-ok.json', doc(start)));
    assert.equal(ok.status, 0, ok.out);
    assert.doesNotMatch(ok.out, /offset/, start);
    assert.match(ok.out, /Warnings: 0\./, start);
  }

  const ramadan = await cli('validate', write('tz-ramadan.json', doc('2025-03-10T17:00:00+01:00')));
  assert.match(ramadan.out, /UTC\+00 during Ramadan, from 2025-02-23 to 2025-04-06/);

  // An event in its own zone is checked against that zone's rules only.
  const paris = await cli('validate', write('tz-paris.json', { updatedAt: '2026-06-01T10:00:00+01:00', events: [{ id: 'p', title: 'Paris', timeZone: 'Europe/Paris', start: '2026-12-10T17:00:00+01:00' }] }));
  assert.match(paris.out, /Warnings: 0\./);

  const fr = await cli('validate', write('tz-after.json', doc('2026-12-10T17:00:00+01:00')), '--locale', 'fr');
  assert.match(fr.out, /UTC\+00 en permanence depuis le 2026-09-20/);
  const ar = await cli('validate', write('tz-after.json', doc('2026-12-10T17:00:00+01:00')), '--locale', 'ar');
  assert.match(ar.out, /بشكل دائم منذ 2026-09-20/);
});

test('complaint files are checked too (status history times)', async () => {
  const complaint = JSON.parse(readFileSync('demo/data/complaints/AI-2026-000089.json', 'utf8'));
  complaint.history = [...(complaint.history ?? []), { at: '2026-10-02T09:00:00+01:00', status: 'in-progress' }];
  const result = await cli('validate', write('tz-complaint.json', complaint), '--type', 'complaint');
  assert.match(result.out, /history\[\d+\]\.at: "2026-10-02T09:00:00\+01:00"/);
});
