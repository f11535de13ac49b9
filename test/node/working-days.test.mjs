// The working-day arithmetic in Node, where the command-line tools (validate, complaints
// publish) run it: the browsers' explicit cases (test/core/working-days.cases.js) and a
// property test against the day-by-day count, on src/core/working-days.ts bundled with esbuild.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { CALENDAR, DEADLINE_CASES, LIMIT_CASES, naiveAddWorkingDays, naiveWorkingDaysBetween } from '../core/working-days.cases.js';

let dir;
let lib;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'og-working-days-'));
  const outfile = join(dir, 'working-days.mjs');
  await build({ entryPoints: ['src/core/working-days.ts'], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
  lib = await import(pathToFileURL(outfile).href);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('explicit cases: weekend, holiday, extension, last day', () => {
  const calendar = lib.parseCalendar(CALENDAR).calendar;
  for (const c of LIMIT_CASES) assert.equal(lib.addLimit(c.start, c.limit, calendar), c.due, c.name);
  for (const c of DEADLINE_CASES) {
    const d = lib.deadlineOf(c.input, c.today, calendar);
    assert.deepEqual([d.state, d.due, d.firstDue, d.left, d.late, d.took], [c.state, c.due, c.firstDue, c.left, c.late, c.took], c.name);
  }
});

test('random dates and calendars: same counts as day by day', () => {
  const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => lib.addDays('2025-01-01', n));
  const calendar = fc.record({
    weekend: fc.subarray([...lib.WEEKDAYS], { maxLength: 5 }),
    holidays: fc.array(day.map((date) => ({ date })), { maxLength: 40 }),
    rules: fc.constant({}),
  });
  fc.assert(
    fc.property(calendar, day, day, fc.integer({ min: 0, max: 90 }), (cal, from, to, days) => {
      const own = lib.parseCalendar(cal).calendar;
      assert.equal(lib.workingDaysBetween(from, to, own), naiveWorkingDaysBetween(from, to, cal));
      assert.equal(lib.addLimit(from, { days, unit: 'working-days' }, own), naiveAddWorkingDays(from, days, cal));
    }),
    { numRuns: 300 },
  );
});
