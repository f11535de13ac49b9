// Morocco has been on UTC+00 since 2026-09-20 (tz 2026c): no date and time after that in the
// demo data, the docs' examples or the starter data of `init` carries an offset other than the
// one in force, by our own rules (src/core/zone-rules.ts; Node's data here is older). Earlier
// dates are checked too (+01:00 outside Ramadan 2019–2026, +00:00 during it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { STARTER_FILES } from '../../cli/init.mjs';

const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;
let dir;
let clock;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'og-tzdata-'));
  const outfile = join(dir, 'wall-clock.mjs');
  await build({ entryPoints: ['src/core/wall-clock.ts'], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
  clock = await import(pathToFileURL(outfile).href);
});
after(() => rmSync(dir, { recursive: true, force: true }));

function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every instant of a text whose offset is not Morocco's in force on its date. */
function wrongOffsets(text) {
  return [...text.matchAll(INSTANT)].map((m) => m[0]).filter((value) => clock.checkWrittenOffset(value, 'Africa/Casablanca'));
}

const after2026 = (value) => Date.parse(value) >= Date.UTC(2026, 8, 20, 1);

test('demo data: no Moroccan time carries an offset not in force on its date (+01:00 after 2026-09-20)', () => {
  const files = filesUnder('demo/data').filter((f) => /\.(json|csv)$/.test(f));
  assert.ok(files.length > 20);
  const found = files.flatMap((file) => wrongOffsets(readFileSync(file, 'utf8')).map((value) => `${file}: ${value}`));
  assert.deepEqual(found, []);
});

test('demo pages, stories and docs: no +01:00 after 2026-09-20', () => {
  const files = [...filesUnder('docs'), ...filesUnder('stories'), ...readdirSync('demo').filter((f) => /\.(html|ts)$/.test(f)).map((f) => join('demo', f)), 'README.md'];
  const found = files.flatMap((file) => wrongOffsets(readFileSync(file, 'utf8')).filter((v) => after2026(v) && v.endsWith('+01:00')).map((value) => `${file}: ${value}`));
  // The mistake is shown on purpose, once each, in the "Common mistakes" of these two pages.
  const onPurpose = { 'docs/consultation-calendar.md': 1, 'docs/data-files.md': 1 };
  for (const [file, count] of Object.entries(onPurpose)) assert.equal(found.filter((f) => f.startsWith(`${file}:`)).length, count, file);
  assert.deepEqual(found.filter((f) => !Object.keys(onPurpose).some((file) => f.startsWith(`${file}:`))), []);
});

test('init starter data: every date and time has the offset in force on its date', () => {
  const found = Object.entries(STARTER_FILES).flatMap(([file, text]) => wrongOffsets(text).map((value) => `${file}: ${value}`));
  assert.deepEqual(found, []);
  // …and the starter README teaches the offset in force now.
  assert.match(STARTER_FILES['README.txt'], /2026-12-10T17:00:00\+00:00/);
});

test('the check itself finds an outdated offset (so the tests above can fail)', () => {
  assert.deepEqual(wrongOffsets('{"start": "2026-12-10T17:00:00+01:00", "ok": "2026-09-19T10:00:00+01:00"}'), ['2026-12-10T17:00:00+01:00']);
});
