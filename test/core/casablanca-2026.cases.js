// The same expectations for every engine: an up-to-date browser (test/core/wall-clock.test.ts in
// Chromium/Firefox through wtr) and an outdated one (Node 20 here carries tz 2025c, where
// Morocco is still UTC+01 in December 2026: test/node/wall-clock.test.mjs).
// A Casablanca meeting on Thursday 10 December 2026 at 17:00 (UTC+00 since 2026-09-20, tz 2026c).

/** Each case: what formatWhen(input, 'en', { zone: 'Africa/Casablanca', viewer, style: 'time' }) gives. */
export const TIME_CASES = [
  { name: 'offset written +00:00', input: '2026-12-10T17:00:00+00:00', viewer: null, text: '17:00' },
  { name: 'UTC written Z (our tz 2026c table, not the device)', input: '2026-12-10T17:00:00Z', viewer: null, text: '17:00' },
  { name: 'stale +01:00 data: the time its organiser wrote', input: '2026-12-10T18:00:00+01:00', viewer: null, text: '18:00' },
  { name: 'stale +01:00 data, visitor in Paris: their time for the time meant', input: '2026-12-10T18:00:00+01:00', viewer: 'Europe/Paris', text: '18:00', viewerText: '19:00' },
  { name: 'summer 2026, still UTC+01 (Z in data)', input: '2026-07-10T16:00:00Z', viewer: null, text: '17:00' },
  { name: 'Ramadan 2025, UTC+00 (Z in data)', input: '2025-03-10T17:00:00Z', viewer: null, text: '17:00' },
  { name: 'visitor in Paris (UTC+01 in December): their time added', input: '2026-12-10T17:00:00+00:00', viewer: 'Europe/Paris', text: '17:00', viewerText: '18:00' },
  { name: 'visitor in Lagos (UTC+01): their time added', input: '2026-12-10T17:00:00+00:00', viewer: 'Africa/Lagos', text: '17:00', viewerText: '18:00' },
  { name: 'visitor in London (UTC+00 in December): same clock, nothing added', input: '2026-12-10T17:00:00+00:00', viewer: 'Europe/London', text: '17:00' },
  { name: 'visitor in Casablanca on an outdated device: nothing added', input: '2026-12-10T17:00:00Z', viewer: 'Africa/Casablanca', text: '17:00' },
  { name: 'visitor in El Aaiun (same rules): nothing added', input: '2026-12-10T17:00:00Z', viewer: 'Africa/El_Aaiun', text: '17:00' },
  { name: 'visitor in Lagos in July 2026 (Morocco UTC+01 too): nothing added', input: '2026-07-10T17:00:00+01:00', viewer: 'Africa/Lagos', text: '17:00' },
];

/** Calendar days of values in Casablanca (dayInZone): a date-only value never moves. */
export const DAY_CASES = [
  { input: '2026-12-10', day: '2026-12-10' },
  { input: '2026-12-10T23:30:00+00:00', day: '2026-12-10' },
  { input: '2026-12-10T23:30:00Z', day: '2026-12-10' },
  { input: '2026-12-11T00:30:00+01:00', day: '2026-12-11' },
];

/** The full date and time in English: the parts every engine must show. */
export const DATETIME_CASE = { input: '2026-12-10T17:00:00+00:00', parts: ['10', 'December', '2026', '17:00'], weekday: 'Thursday' };
