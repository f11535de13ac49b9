// The .ics a visitor downloads, made in an outdated engine (Node 20 here: tz 2025c, Morocco
// still UTC+01 in December 2026) and read back by ical.js: a December 2026 meeting at 17:00 in
// Morocco starts at 17:00 UTC, whichever way the data wrote it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import ICAL from 'ical.js';

const CASA = 'Africa/Casablanca';
let dir;
let lib;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'og-ics-'));
  const outfile = join(dir, 'calendar.mjs');
  await build({
    stdin: {
      contents: [
        "export { mapJsonEvent } from './src/consultation-calendar/schema.ts';",
        "export { eventToIcs } from './src/consultation-calendar/ics-export.ts';",
        "export { parseICalendar } from './src/consultation-calendar/ical-import.ts';",
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'warning',
  });
  lib = await import(pathToFileURL(outfile).href);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const text = (value) => (typeof value === 'string' ? value : (value?.fr ?? ''));

function readBack(ics) {
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
  const event = new ICAL.Event(vevent);
  return { start: event.startDate.toJSDate().toISOString(), end: event.endDate?.toJSDate().toISOString(), utc: event.startDate.zone?.tzid === 'UTC' };
}

for (const [name, start, end] of [
  ['written +00:00', '2026-12-10T17:00:00+00:00', '2026-12-10T19:00:00+00:00'],
  ['written Z', '2026-12-10T17:00:00Z', '2026-12-10T19:00:00Z'],
  ['written with the outdated +01:00 (the time written is the time meant)', '2026-12-10T17:00:00+01:00', '2026-12-10T19:00:00+01:00'],
]) {
  test(`a Casablanca meeting on 10 December 2026 at 17:00, ${name}: DTSTART 17:00 UTC`, () => {
    const event = lib.mapJsonEvent({ id: 'conseil', title: 'Session du conseil', start, end }, CASA);
    const ics = lib.eventToIcs(event, { now: Date.UTC(2026, 10, 30), text });
    assert.match(ics, /\r\nDTSTART:20261210T170000Z\r\n/);
    assert.match(ics, /\r\nDTEND:20261210T190000Z\r\n/);
    assert.doesNotMatch(ics, /TZID/);
    const back = readBack(ics);
    assert.deepEqual(back, { start: '2026-12-10T17:00:00.000Z', end: '2026-12-10T19:00:00.000Z', utc: true });
  });
}

test('a feed in TZID=Africa/Casablanca without VTIMEZONE, re-exported: 17:00 UTC (our rules, not the runtime\'s)', () => {
  const feed = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    'BEGIN:VEVENT',
    'UID:feed-1@test',
    'DTSTAMP:20261130T000000Z',
    'DTSTART;TZID=Africa/Casablanca:20261210T170000',
    'DTEND;TZID=Africa/Casablanca:20261210T190000',
    'SUMMARY:Session',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  const { data } = lib.parseICalendar(ICAL, feed, CASA);
  assert.equal(new Date(data.events[0].start).toISOString(), '2026-12-10T17:00:00.000Z');
  const back = readBack(lib.eventToIcs(data.events[0], { now: 0, text }));
  assert.equal(back.start, '2026-12-10T17:00:00.000Z');
});
