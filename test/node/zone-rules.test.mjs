// Our own Morocco table (src/core/zone-rules.ts, tz 2026c) against the tz data we can check it
// with: Node 20's ICU (tz 2025c) has every change up to 2026-09-20; after that the table must
// say UTC+00 (Chromium's tz 2026c agrees: test/core/wall-clock.test.ts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

let dir;
let rules;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'og-rules-'));
  const outfile = join(dir, 'rules.mjs');
  await build({ entryPoints: ['src/core/zone-rules.ts'], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
  rules = await import(pathToFileURL(outfile).href);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const formats = new Map();
function runtimeOffsetMinutes(ms, zone) {
  if (!formats.has(zone)) formats.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }));
  const name = formats.get(zone).formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName').value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

for (const zone of ['Africa/Casablanca', 'Africa/El_Aaiun']) {
  test(`${zone}: the table agrees with tz 2025c every 3 hours and around every change, 2018-10-28 to 2026-09-20`, () => {
    let checked = 0;
    const instants = [];
    for (let ms = Date.UTC(2018, 9, 28, 2); ms < rules.MOROCCO_UTC_SINCE; ms += 3 * 3600_000) instants.push(ms);
    // A minute either side of every change in the runtime's data.
    const grid = instants.length;
    for (let i = 1; i < grid; i++) {
      if (runtimeOffsetMinutes(instants[i - 1], zone) === runtimeOffsetMinutes(instants[i], zone)) continue;
      let lo = instants[i - 1];
      let hi = instants[i];
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (runtimeOffsetMinutes(mid, zone) === runtimeOffsetMinutes(lo, zone)) lo = mid;
        else hi = mid;
      }
      instants.push(lo, hi);
    }
    for (const ms of instants) {
      const period = rules.periodAt(ms, zone);
      assert.ok(period, `no period at ${new Date(ms).toISOString()}`);
      assert.equal(period.offset, runtimeOffsetMinutes(ms, zone), `${zone} at ${new Date(ms).toISOString()}`);
      checked++;
    }
    assert.ok(checked > 20_000 + 4 * 16); // 16 Ramadan changes, both sides
  });

  test(`${zone}: permanent UTC+00 from 2026-09-20 01:00 UTC (02:00 UTC+01), tz 2026c`, () => {
    assert.equal(rules.periodAt(rules.MOROCCO_UTC_SINCE - 1, zone).offset, 60);
    const after = rules.periodAt(rules.MOROCCO_UTC_SINCE, zone);
    assert.deepEqual([after.offset, after.rule, after.until], [0, 'morocco-utc+0', undefined]);
    assert.equal(rules.periodAt(Date.UTC(2030, 1, 1), zone).offset, 0); // no more Ramadan changes
  });
}

test('zones outside the table, and dates before it, are left to the runtime', () => {
  assert.equal(rules.periodAt(Date.UTC(2026, 11, 10), 'Europe/Paris'), undefined);
  assert.equal(rules.periodAt(Date.UTC(2017, 0, 1), 'Africa/Casablanca'), undefined);
  assert.equal(rules.hasOwnRules('Africa/Casablanca'), true);
});
