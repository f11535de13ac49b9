import type { PollResults } from './schema.js';
import type { ResultsContext } from './results-view.js';

/**
 * How the views change what the widget shows, and read text from data (the element's `text` and
 * `plain`). The widget makes this object once: a listener passed as it is (the kiosk's "Next
 * person", the table switch, the download, the retry) is the same function at every render.
 */
export interface PollActions extends Pick<ResultsContext, 'text' | 'plain'> {
  /** Kiosk: clears the screen for the next person. */
  nextPerson(): void;
  /** Shows the results as a table, or as bars again. */
  toggleTable(): void;
  /** Saves the results shown as a CSV file. */
  download(): void;
  /** Reads the results again after they could not be read. */
  retryResults(): void;
}

/**
 * What the views (voting-view.ts, results-section-view.ts, and the figures of results-view.ts
 * through ResultsContext) read from the widget for one render, and its actions.
 */
export interface PollContext extends ResultsContext, PollActions {
  timeZone?: string;
  kiosk: boolean;
  /** There is somewhere to vote (not a published past poll). */
  voting: boolean;
  /** The poll's `showResults` rule shows the results now. */
  resultsShown: boolean;
  tally?: PollResults;
  /** Why the results could not be read (ResultsRefused: they add up to the impossible). */
  resultsError?: unknown;
  asTable: boolean;
}
