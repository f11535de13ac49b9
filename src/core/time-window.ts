/** Where a window (a consultation's, a poll's) stands at `now`. */
export type WindowState = { phase: 'open'; closes?: string } | { phase: 'upcoming'; opens: string } | { phase: 'closed'; closes?: string };

export interface TimeWindow {
  /** False closes the window whatever the dates (default true). */
  open?: boolean;
  /** ISO instant, or a bare day (`YYYY-MM-DD`). */
  opens?: string;
  closes?: string;
}

function instant(value: string): number {
  // A bare day is read as the whole day in Morocco: opens at 00:00, closes at 23:59:59 (+01:00).
  return Date.parse(value.length === 10 ? `${value}T00:00:00+01:00` : value);
}

export function windowState(window: TimeWindow, now: Date): WindowState {
  const t = now.getTime();
  if (window.opens && t < instant(window.opens)) return { phase: 'upcoming', opens: window.opens };
  const closesAt = window.closes ? (window.closes.length === 10 ? instant(window.closes) + 86_400_000 - 1 : instant(window.closes)) : undefined;
  if (window.open === false || (closesAt !== undefined && t > closesAt)) return { phase: 'closed', closes: window.closes };
  return { phase: 'open', closes: window.closes };
}
