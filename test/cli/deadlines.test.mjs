// Deadlines on the command line: `validate --calendar` and `complaints publish --calendar` compute
// and check due dates with the widget's own arithmetic (src/core/working-days.ts): a due date
// before the request is an error, a date the rules do not give a warning naming both, a holiday
// list that is not dates a clear error, in English, French and Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = 'bin/opengov-widgets.mjs';
const CALENDAR = 'demo/data/calendar.json';
let dir;

before(() => {
  const build = spawnSync(process.execPath, ['scripts/build-schemas.mjs'], { stdio: 'inherit' });
  assert.equal(build.status, 0, 'scripts/build-schemas.mjs failed');
  dir = mkdtempSync(join(tmpdir(), 'og-deadlines-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
function write(name, data) {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
}

const request = (patch = {}) => ({ reference: 'AI-2026-000001', kind: 'information-request', status: 'in-progress', submittedAt: '2026-11-02T10:00:00+00:00', ...patch });

test('the demo calendar and the demo files pass, with the rules', () => {
  assert.equal(cli('validate', CALENDAR).code, 0);
  for (const file of ['AI-2026-000089', 'AP-2025-000051', 'SL-2024-000123', 'DC-2024-000457']) {
    const run = cli('validate', `demo/data/complaints/${file}.json`, '--calendar', CALENDAR);
    assert.equal(run.code, 0, run.out + run.err);
    assert.match(run.out, /Errors: 0\. Warnings: 0\./, file);
  }
});

test('a due date the rules do not give is a warning naming both dates; one they give is a note', () => {
  // 20 working days after Monday 2 November 2026, over the holidays of 6 and 18 November: 2 December.
  const wrong = cli('validate', write('wrong.json', request({ dueAt: '2026-11-30' })), '--calendar', CALENDAR);
  assert.equal(wrong.code, 0);
  assert.match(wrong.out, /⚠ dueAt: the record says 2026-11-30, but the calendar rules give 2026-12-02 \(20 working days after the request of 2026-11-02, kind information-request\)/);
  const right = cli('validate', write('right.json', request({ dueAt: '2026-12-02' })), '--calendar', CALENDAR);
  assert.match(right.out, /Warnings: 0/);
  const none = cli('validate', write('none.json', request()), '--calendar', CALENDAR);
  assert.match(none.out, /dueAt: no due date in the record; the calendar rules give 2026-12-02/);
});

test('an extension the rules do not allow, or of another length, is a warning', () => {
  const ext = cli('validate', write('ext.json', request({ dueAt: '2026-12-02', extension: { dueAt: '2026-12-20', reason: 'archives' } })), '--calendar', CALENDAR);
  assert.match(ext.out, /extension\.dueAt: the record says 2026-12-20, but the calendar rules give 2026-12-30 \(20 working days more/);
  const calendar = write('no-extension.json', { weekend: ['saturday', 'sunday'], rules: { application: { days: 51, unit: 'calendar-days' } } });
  const app = cli('validate', write('app.json', request({ kind: 'application', dueAt: '2026-12-23', extension: { dueAt: '2027-01-20' } })), '--calendar', calendar);
  assert.match(app.out, /extension: an extension to 2027-01-20, but the calendar rules allow none for application/);
});

test('a due date before the request is an error, in three languages; an unknown kind a warning', () => {
  const file = write('before.json', request({ kind: 'permis-x', dueAt: '2026-10-01' }));
  const en = cli('validate', file);
  assert.equal(en.code, 1);
  assert.match(en.out, /✗ dueAt: the due date 2026-10-01 is before the request date 2026-11-02/);
  assert.match(en.out, /⚠ kind: "permis-x" is not a kind the widget knows/);
  assert.match(cli('validate', file, '--locale', 'fr').out, /la date limite 2026-10-01 est antérieure à la date de la demande 2026-11-02/);
  assert.match(cli('validate', file, '--locale', 'ar').out, /الأجل 2026-10-01 سابق لتاريخ الطلب 2026-11-02/);
});

test('a holiday list that is not dates: validate says which and why; --calendar refuses it', () => {
  const bad = write('bad-calendar.json', { weekend: ['saturday', 'sunday'], holidays: [{ date: '2026-11-18' }, { date: '18 novembre' }, 'tomorrow'] });
  const run = cli('validate', bad);
  assert.equal(run.code, 1);
  assert.match(run.out, /holidays\[1\]: "18 novembre" is not a date written YYYY-MM-DD: each holiday is a date with its name/);
  assert.match(run.out, /holidays\[2\]: "tomorrow" is not a date/);
  const notList = cli('validate', write('not-list.json', { holidays: '2026-11-18, 2026-11-06' }), '--locale', 'fr');
  assert.match(notList.out, /holidays : "2026-11-18, 2026-11-06" n’est pas une liste/);
  const used = cli('validate', write('x.json', request()), '--calendar', bad);
  assert.equal(used.code, 2);
  assert.match(used.err, /the calendar .* cannot be used; correct it first:/);
});

test('publish computes a missing due date from the rules, warns on one that differs, skips a record due before its request', () => {
  const records = write('records.json', [
    { ...request(), secret: 'K7QF-2M9X-AB' },
    { ...request({ reference: 'AP-2025-000001', kind: 'application', submittedAt: '2026-01-05T10:00:00+00:00', dueAt: '2026-02-20' }), secret: 'P4TR-8WHD-CD' },
    { ...request({ reference: 'XX-2026-000003', dueAt: '2026-10-01' }), secret: 'P4TR-8WHD-EF' },
  ]);
  const out = join(dir, 'published');
  const run = cli('complaints', 'publish', records, out, '--calendar', CALENDAR, '--iterations', '100000');
  assert.equal(run.code, 3, run.err);
  assert.match(run.out, /record 1: dueAt: no due date; 2026-12-02 written, from the calendar rules/);
  assert.match(run.err, /record 2: dueAt: the record says 2026-02-20, but the calendar rules give 2026-02-25 \(51 calendar days/);
  assert.match(run.err, /record 3: dueAt is before submittedAt/);
  assert.equal(readdirSync(out).length, 3); // index.json and two files
  const bad = cli('complaints', 'publish', records, join(dir, 'never'), '--calendar', write('cal.json', { holidays: ['06/11/2026'] }), '--locale', 'ar');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /لا يمكن استعمال الجدول الزمني/);
  assert.match(bad.err, /holidays\[0\]: "06\/11\/2026" ليس تاريخا مكتوبا/);
});
