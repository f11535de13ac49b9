// The formatting path in an outdated engine: Node 20 here carries tz 2025c, where Morocco is
// still UTC+01 in December 2026 (checked below, so this test proves something on this machine).
// src/core/format.ts (and wall-clock.ts) is bundled with esbuild for Node; the cases are the browser test's
// (test/core/casablanca-2026.cases.js).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { DATETIME_CASE, DAY_CASES, TIME_CASES } from '../core/casablanca-2026.cases.js';

const CASA = 'Africa/Casablanca';
let dir;
let lib;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'og-format-'));
  const outfile = join(dir, 'format.mjs');
  await build({
    stdin: { contents: "export * from './src/core/format.ts'; export { isoInZone } from './src/core/wall-clock.ts';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'warning',
  });
  lib = await import(pathToFileURL(outfile).href);
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** What the runtime's own data says Casablanca's offset is. */
function runtimeOffset(iso) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: CASA, timeZoneName: 'longOffset' }).formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName').value;
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}

test('this runtime is outdated for Morocco (else the tests below would prove nothing)', (t) => {
  if (runtimeOffset('2026-12-10T17:00:00Z') === '+00:00') t.skip(`this Node knows tz ${process.versions.tz}: not an outdated engine`);
  else assert.equal(runtimeOffset('2026-12-10T17:00:00Z'), '+01:00');
});

for (const c of TIME_CASES) {
  test(`wall clock: ${c.name}`, () => {
    const shown = lib.formatWhen(c.input, 'en', { zone: CASA, viewer: c.viewer, style: 'time' });
    assert.equal(shown.text, c.text);
    assert.equal(shown.viewer?.text, c.viewerText);
  });
}

test('calendar days: a date-only value never moves', () => {
  for (const c of DAY_CASES) assert.equal(lib.dayInZone(c.input, CASA), c.day, c.input);
});

test('full date and time with the weekday, in English and French', () => {
  const text = lib.formatWhen(DATETIME_CASE.input, 'en', { zone: CASA, viewer: null, style: 'weekday-datetime' }).text;
  for (const part of [...DATETIME_CASE.parts, DATETIME_CASE.weekday]) assert.ok(text.includes(part), `${text} lacks ${part}`);
  assert.match(lib.formatDateTime('2026-12-10T17:00:00Z', 'fr', CASA), /10 décembre 2026.*17:00/);
  assert.match(lib.formatDateTime('2026-12-10T17:00:00Z', 'ar', CASA), /17:00/);
});

test('files written with the offset in force, whatever this runtime says', () => {
  assert.equal(lib.isoInZone(Date.parse('2026-12-10T17:00:00Z'), CASA), '2026-12-10T17:00:00+00:00');
  assert.equal(lib.isoInZone(Date.parse('2026-07-10T16:00:00Z'), CASA), '2026-07-10T17:00:00+01:00');
});
