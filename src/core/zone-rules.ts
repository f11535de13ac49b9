/**
 * The UTC offsets of the zones whose rules changed too recently for the devices our visitors
 * use, in our own code, so that neither the widgets nor the command-line tools depend on the
 * runtime's time-zone data for them. Everything else asks Intl (the device's data).
 *
 * Morocco (`Africa/Casablanca`, and `Africa/El_Aaiun` which follows it since 2018), from the
 * IANA time-zone database release 2026c, file `africa` (zones `Africa/Casablanca`,
 * `Africa/El_Aaiun` and rules `Morocco`):
 * - 2018-10-28 03:00: permanent UTC+01 (zone line `1:00 Morocco +01/+00`),
 * - 2019–2026: UTC+00 during Ramadan (rule lines `Morocco 20xx only - <Mon> <d> 3:00 -1:00`
 *   and `… 2:00 0`, wall clock), back to UTC+01 after it,
 * - 2026-09-20 02:00 (UTC+01), i.e. 01:00 UTC: permanent UTC+00, no more Ramadan changes.
 * Before 2018-10-28 the device's data is used: it has been stable for years. The periods
 * before 2026-09-20 are checked against the tz 2025c data of Node 20 in
 * test/node/zone-rules.test.mjs; the last one against Chromium's (tz 2026c).
 */

/** The tz database release the table below follows. */
export const ZONE_RULES_VERSION = '2026c';

/** Which rule set an offset period belongs to (names for people: `validate` words them). */
export type ZoneRule = 'morocco-utc+1' | 'morocco-ramadan' | 'morocco-utc+0';

export interface OffsetPeriod {
  /** First instant of the period (epoch ms, UTC). */
  from: number;
  /** Minutes to add to UTC for the wall clock. */
  offset: number;
  rule: ZoneRule;
}

const utc = (y: number, m: number, d: number, h: number) => Date.UTC(y, m - 1, d, h);

/** Ramadan periods at UTC+00: [start, end] as UTC instants (03:00 +01 → 02:00, and 02:00 +00). */
const RAMADAN: [number, number][] = [
  [utc(2019, 5, 5, 2), utc(2019, 6, 9, 2)],
  [utc(2020, 4, 19, 2), utc(2020, 5, 31, 2)],
  [utc(2021, 4, 11, 2), utc(2021, 5, 16, 2)],
  [utc(2022, 3, 27, 2), utc(2022, 5, 8, 2)],
  [utc(2023, 3, 19, 2), utc(2023, 4, 23, 2)],
  [utc(2024, 3, 10, 2), utc(2024, 4, 14, 2)],
  [utc(2025, 2, 23, 2), utc(2025, 4, 6, 2)],
  [utc(2026, 2, 15, 2), utc(2026, 3, 22, 2)],
];

/** The date Morocco moved to permanent UTC+00 (tz 2026c), as an instant: 2026-09-20 02:00 +01. */
export const MOROCCO_UTC_SINCE = utc(2026, 9, 20, 1);

const MOROCCO: OffsetPeriod[] = [
  { from: utc(2018, 10, 28, 2), offset: 60, rule: 'morocco-utc+1' },
  ...RAMADAN.flatMap(([start, end]): OffsetPeriod[] => [
    { from: start, offset: 0, rule: 'morocco-ramadan' },
    { from: end, offset: 60, rule: 'morocco-utc+1' },
  ]),
  { from: MOROCCO_UTC_SINCE, offset: 0, rule: 'morocco-utc+0' },
];

const TABLES: Record<string, OffsetPeriod[]> = { 'Africa/Casablanca': MOROCCO, 'Africa/El_Aaiun': MOROCCO };

/** True when our own table gives this zone's offsets (from 2018-10-28 on). */
export function hasOwnRules(zone: string): boolean {
  return zone in TABLES;
}

/**
 * The offset period in force at an instant in a zone, from our table; undefined when the
 * table does not cover the zone or the date (then the device's data is right).
 */
export function periodAt(ms: number, zone: string): (OffsetPeriod & { until?: number }) | undefined {
  const table = TABLES[zone];
  if (!table || !(ms >= table[0].from)) return undefined;
  let i = table.length - 1;
  while (table[i].from > ms) i--;
  return { ...table[i], until: table[i + 1]?.from };
}
