// The same working-day expectations for the browsers (test/core/working-days.test.ts) and for
// Node (test/node/working-days.test.mjs, the CLI's engine). Plain JS so that Node imports it
// without a build.

/** A Moroccan-style calendar: Saturday and Sunday off, two listed holidays, two rules. */
export const CALENDAR = {
  weekend: ['saturday', 'sunday'],
  holidays: [
    { date: '2026-11-06', name: { en: 'Green March Day' } },
    { date: '2026-11-18', name: { en: 'Independence Day' } },
  ],
  rules: {
    'information-request': { days: 20, unit: 'working-days', extension: { days: 20, unit: 'working-days' } },
    application: { days: 51, unit: 'calendar-days' },
  },
};

/** addLimit(start, limit): the day a limit ends, counted from the day after start. */
export const LIMIT_CASES = [
  { name: 'across a weekend: Friday + 1 working day is Monday', start: '2026-10-30', limit: { days: 1, unit: 'working-days' }, due: '2026-11-02' },
  { name: 'Thursday + 2 working days skips the weekend', start: '2026-10-29', limit: { days: 2, unit: 'working-days' }, due: '2026-11-02' },
  { name: 'a listed holiday (Friday 6 November) does not count', start: '2026-11-05', limit: { days: 1, unit: 'working-days' }, due: '2026-11-09' },
  { name: 'a holiday and a weekend in one stretch', start: '2026-11-04', limit: { days: 3, unit: 'working-days' }, due: '2026-11-10' },
  { name: 'the day of the request does not count', start: '2026-11-02', limit: { days: 0, unit: 'working-days' }, due: '2026-11-02' },
  { name: '20 working days over two holidays', start: '2026-11-02', limit: { days: 20, unit: 'working-days' }, due: '2026-12-02' },
  { name: 'calendar days ignore weekends and holidays', start: '2026-11-05', limit: { days: 3, unit: 'calendar-days' }, due: '2026-11-08' },
];

/** deadlineOf(input, today, CALENDAR). */
export const DEADLINE_CASES = [
  { name: 'on time: due from the rule, working days left', input: { kind: 'information-request', requested: '2026-11-02' }, today: '2026-11-25', state: 'on-time', due: '2026-12-02', left: 5 },
  { name: 'on time across a weekend: Friday to Monday is one working day', input: { kind: 'complaint', requested: '2026-10-01', due: '2026-11-02' }, today: '2026-10-30', state: 'on-time', due: '2026-11-02', left: 1 },
  { name: 'on time across a holiday: Thursday to Monday is one working day', input: { kind: 'complaint', requested: '2026-10-01', due: '2026-11-09' }, today: '2026-11-05', state: 'on-time', due: '2026-11-09', left: 1 },
  { name: 'the last day itself is due today, not late', input: { kind: 'information-request', requested: '2026-11-02' }, today: '2026-12-02', state: 'due-today', due: '2026-12-02', left: 0 },
  { name: 'the day after the last day is late by 1 day', input: { kind: 'information-request', requested: '2026-11-02' }, today: '2026-12-03', state: 'late', due: '2026-12-02', late: 1 },
  { name: 'extended: the extension date is the one in force', input: { kind: 'information-request', requested: '2026-11-02', extendedDue: '2026-12-31' }, today: '2026-12-10', state: 'on-time', due: '2026-12-31', firstDue: '2026-12-02', left: 15 },
  { name: 'extended and still late', input: { kind: 'application', requested: '2026-01-05', due: '2026-02-25', extendedDue: '2026-03-27' }, today: '2026-12-01', state: 'late', due: '2026-03-27', firstDue: '2026-02-25', late: 249 },
  { name: 'answered on time (on the last day)', input: { kind: 'information-request', requested: '2026-11-02', answered: '2026-12-02' }, today: '2026-12-20', state: 'answered-on-time', due: '2026-12-02', took: 30 },
  { name: 'answered late', input: { kind: 'application', requested: '2026-01-05', answered: '2026-03-10' }, today: '2026-12-20', state: 'answered-late', due: '2026-02-25', took: 64, late: 13 },
  { name: 'no rule and no due date: only the stated dates', input: { kind: 'complaint', requested: '2026-11-02' }, today: '2026-12-20', state: 'on-time' },
  { name: 'answered with no due date at all', input: { kind: 'complaint', requested: '2026-11-02', answered: '2026-11-12' }, today: '2026-12-20', state: 'answered', took: 10 },
];

/** The obvious count, one day at a time, to compare the fast one with. */
export function naiveWorkingDaysBetween(from, to, calendar) {
  const weekend = new Set(calendar.weekend);
  const holidays = new Set(calendar.holidays.map((h) => h.date));
  const names = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  const sign = to < from ? -1 : 1;
  const [a, b] = sign > 0 ? [from, to] : [to, from];
  let count = 0;
  for (let d = new Date(`${a}T00:00:00Z`); ; ) {
    d = new Date(d.getTime() + 86_400_000);
    const day = d.toISOString().slice(0, 10);
    if (day > b) break;
    if (!weekend.has(names[d.getUTCDay()]) && !holidays.has(day)) count++;
  }
  return sign * count;
}

/** The obvious due date: walk day by day until N working days have passed. */
export function naiveAddWorkingDays(start, days, calendar) {
  let d = start;
  let left = days;
  while (left > 0) {
    d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    if (naiveWorkingDaysBetween(start, d, calendar) - naiveWorkingDaysBetween(start, new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10), calendar) === 1) left--;
  }
  return d;
}
