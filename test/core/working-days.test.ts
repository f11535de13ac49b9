import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addDays, addLimit, deadlineOf, parseCalendar, workingDaysBetween, WEEKDAYS, type WorkCalendar } from '../../src/core/working-days.js';
import { CALENDAR, DEADLINE_CASES, LIMIT_CASES, naiveAddWorkingDays, naiveWorkingDaysBetween } from './working-days.cases.js';

// The same explicit cases run in Node (test/node/working-days.test.mjs): the CLI counts with this module too.
const calendar = parseCalendar(CALENDAR).calendar!;

const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays('2025-01-01', n));
const randomCalendar: fc.Arbitrary<WorkCalendar> = fc.record({
  weekend: fc.subarray([...WEEKDAYS], { maxLength: 5 }),
  holidays: fc.array(day.map((date) => ({ date })), { maxLength: 40 }),
  rules: fc.constant({}),
});

describe('core: working days with the commune calendar', () => {
  for (const c of LIMIT_CASES) {
    it(`addLimit: ${c.name}`, () => expect(addLimit(c.start, c.limit, calendar)).to.equal(c.due));
  }
  for (const c of DEADLINE_CASES) {
    it(`deadlineOf: ${c.name}`, () => {
      const d = deadlineOf(c.input, c.today, calendar);
      expect(d.state).to.equal(c.state);
      expect(d.due).to.equal(c.due);
      expect(d.firstDue).to.equal(c.firstDue);
      expect(d.left).to.equal(c.left);
      expect(d.late).to.equal(c.late);
      expect(d.took).to.equal(c.took);
    });
  }

  it('counts working days as a day-by-day count does (random dates and calendars)', () => {
    fc.assert(
      fc.property(randomCalendar, day, day, (cal, from, to) => {
        const own = parseCalendar(cal).calendar!;
        expect(workingDaysBetween(from, to, own)).to.equal(naiveWorkingDaysBetween(from, to, cal));
      }),
      { numRuns: 300 },
    );
  });

  it('adds working days as a day-by-day walk does, landing on a working day', () => {
    fc.assert(
      fc.property(randomCalendar, day, fc.integer({ min: 0, max: 90 }), (cal, start, days) => {
        const own = parseCalendar(cal).calendar!;
        const due = addLimit(start, { days, unit: 'working-days' }, own)!;
        expect(due).to.equal(naiveAddWorkingDays(start, days, cal));
        expect(workingDaysBetween(start, due, own)).to.equal(days);
      }),
      { numRuns: 150 },
    );
  });

  it('a calendar whose every day is off has no working-day due date', () => {
    const closed = parseCalendar({ weekend: [...WEEKDAYS] }).calendar!;
    expect(addLimit('2026-01-01', { days: 3, unit: 'working-days' }, closed)).to.equal(undefined);
  });

  it('reads a bad calendar without throwing: holidays that are not dates, a bad rule, bad weekend days', () => {
    const { calendar: read, problems } = parseCalendar({
      weekend: ['saturday', 'dimanche'],
      holidays: ['2026-01-01', { date: '11 janvier' }, { date: '2026-02-30' }, 42],
      rules: { complaint: { days: 'thirty', unit: 'working-days' }, application: { days: 51, unit: 'calendar-days', extension: { days: 10 } } },
    });
    expect(read!.weekend).to.deep.equal(['saturday']);
    expect(read!.holidays).to.deep.equal([{ date: '2026-01-01' }]);
    expect(read!.rules).to.deep.equal({ application: { days: 51, unit: 'calendar-days' } });
    expect(problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal([
      'weekend weekend[1]',
      'holiday-date holidays[1]',
      'holiday-date holidays[2]',
      'holiday-date holidays[3]',
      'rule rules.complaint',
      'rule rules.application.extension',
    ]);
    expect(parseCalendar({ holidays: '2026-01-01' }).problems[0].code).to.equal('holidays-not-list');
    expect(parseCalendar('nope').calendar).to.equal(undefined);
  });
});
