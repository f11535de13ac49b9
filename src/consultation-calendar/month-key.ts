/** Months as `YYYY-MM` keys: what the list and the month view both need. */

/** `YYYY-MM` when valid, else undefined. */
export function parseMonth(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}` : undefined;
}

export function monthOfDay(day: string): string {
  return day.slice(0, 7);
}

/** `YYYY-MM` plus `n` months. */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
