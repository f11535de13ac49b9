import { instantIn } from './wall-clock.js';
import { DEFAULT_TIME_ZONE } from './config.js';

/** Where a window (a consultation's, a poll's) stands at `now`. */
export type WindowState = { phase: 'open'; closes?: string } | { phase: 'upcoming'; opens: string } | { phase: 'closed'; closes?: string };

export interface TimeWindow {
  /** False closes the window whatever the dates (default true). */
  open?: boolean;
  /** ISO instant, or a bare day (`YYYY-MM-DD`). */
  opens?: string;
  closes?: string;
}

/**
 * A bare day is the whole day in the commune's zone (opens at 00:00, closes at the end of it);
 * a date and time is its wall clock as written (core/wall-clock.ts), like the time shown.
 */
export function windowState(window: TimeWindow, now: Date, zone: string = DEFAULT_TIME_ZONE): WindowState {
  const t = now.getTime();
  if (window.opens && t < instantIn(window.opens, zone)) return { phase: 'upcoming', opens: window.opens };
  const closesAt = window.closes ? instantIn(window.closes, zone, true) : undefined;
  if (window.open === false || (closesAt !== undefined && t > closesAt)) return { phase: 'closed', closes: window.closes };
  return { phase: 'open', closes: window.closes };
}
