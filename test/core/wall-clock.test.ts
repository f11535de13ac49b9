import { expect } from '@open-wc/testing';
import { dayInZone, formatDateTime, formatWhen } from '../../src/core/format.js';
import { isoInZone, writtenOffset, zoneOffsetAt } from '../../src/core/wall-clock.js';
import { DATETIME_CASE, DAY_CASES, TIME_CASES } from './casablanca-2026.cases.js';

const CASA = 'Africa/Casablanca';

// The browser's own data is up to date here (tz 2026c); the same cases run in Node 20 (tz 2025c)
// in test/node/wall-clock.test.mjs.
describe('core: wall clock of the commune (Casablanca, December 2026)', () => {
  for (const c of TIME_CASES) {
    it(c.name, () => {
      const shown = formatWhen(c.input, 'en', { zone: CASA, viewer: c.viewer, style: 'time' });
      expect(shown.text).to.equal(c.text);
      expect(shown.viewer?.text).to.equal(c.viewerText);
      if (c.viewerText) expect(shown.viewer?.zone).to.equal(c.viewer);
    });
  }

  it('keeps calendar days: a date-only value never moves', () => {
    for (const c of DAY_CASES) expect(dayInZone(c.input, CASA), c.input).to.equal(c.day);
  });

  it('writes the full date and time with the weekday', () => {
    const text = formatWhen(DATETIME_CASE.input, 'en', { zone: CASA, viewer: null, style: 'weekday-datetime' }).text;
    for (const part of [...DATETIME_CASE.parts, DATETIME_CASE.weekday]) expect(text).to.contain(part);
    expect(formatDateTime(DATETIME_CASE.input, 'fr', CASA)).to.contain('17:00');
  });

  it('formats a range with the visitor time only when their offset differs', () => {
    const paris = formatWhen('2026-12-10T17:00:00+00:00', 'en', { zone: CASA, end: '2026-12-10T19:00:00+00:00', viewer: 'Europe/Paris', style: 'time' });
    expect(paris.text).to.match(/17:00\s*–\s*19:00/);
    expect(paris.viewer?.text).to.match(/18:00\s*–\s*20:00/);
    expect(formatWhen('2026-12-10T17:00:00+00:00', 'en', { zone: CASA, end: '2026-12-10T19:00:00Z', viewer: 'Europe/London' }).viewer).to.equal(undefined);
  });

  it('agrees with this browser where its data is current', () => {
    // Chromium here knows tz 2026c: our table and the browser agree after the change.
    expect(zoneOffsetAt(Date.parse('2026-12-10T17:00:00Z'), CASA)).to.equal(0);
    expect(isoInZone(Date.parse('2026-12-10T17:00:00Z'), CASA)).to.equal('2026-12-10T17:00:00+00:00');
    expect(isoInZone(Date.parse('2026-07-10T16:00:00Z'), CASA)).to.equal('2026-07-10T17:00:00+01:00');
    expect(writtenOffset('2026-12-10T17:00:00+01:00')).to.equal(60);
    expect(writtenOffset('2026-12-10T17:00:00Z')).to.equal(undefined);
    expect(writtenOffset('2026-12-10')).to.equal(undefined);
  });

  it('shows an invalid instant as written', () => {
    expect(formatWhen('soon', 'en').text).to.equal('soon');
  });
});
