import type { WindowState } from '../core/time-window.js';
import type { LocalizedText } from '../core/validation.js';
import type { Poll, PollResults, ShowResults } from './schema.js';

/** One line of the results: a choice (or the "other" answers) with its count and share. */
export interface ResultRow {
  /** The choice's id; `other` for the free-text row, told apart by `other` (a choice may be called `other` too). */
  id: string;
  label?: LocalizedText;
  /** True for the free-text "other" answers. */
  other?: boolean;
  count: number;
  /** count / respondents, 0 when nobody answered. */
  share: number;
  /** The same, per channel (in the order of `results.channels`). */
  byChannel: { id: string; count: number; share: number }[];
}

const share = (count: number, base: number) => (base > 0 ? count / base : 0);

/** The rows to show, in the poll's order; a choice nobody picked shows 0. */
export function resultRows(poll: Pick<Poll, 'choices' | 'other'>, results: PollResults): ResultRow[] {
  const row = (id: string, label: LocalizedText | undefined, pick: (c: { counts: Record<string, number>; other?: number }) => number, other?: boolean): ResultRow => ({
    id,
    label,
    other,
    count: pick(results),
    share: share(pick(results), results.respondents),
    byChannel: results.channels.map((channel) => ({ id: channel.id, count: pick(channel), share: share(pick(channel), channel.respondents) })),
  });
  const rows = poll.choices.map((choice) => row(choice.id, choice.label, (c) => c.counts[choice.id] ?? 0));
  if (poll.other || results.other !== undefined) rows.push(row('other', poll.other?.label, (c) => c.other ?? 0, true));
  return rows;
}

/** Sum of all counts: above the respondents when several answers were allowed. */
export function totalAnswers(rows: readonly ResultRow[]): number {
  return rows.reduce((sum, row) => sum + row.count, 0);
}

export interface Visibility {
  window: WindowState['phase'];
  /** This device voted (or just did). */
  voted: boolean;
  /** A published past poll: nothing to vote with. */
  resultsOnly: boolean;
}

/** Whether the results are shown now, by the poll's `showResults` rule. */
export function resultsVisible(rule: ShowResults, { window, voted, resultsOnly }: Visibility): boolean {
  switch (rule) {
    case 'never':
      return false;
    case 'always':
      return true;
    case 'after-close':
      return window === 'closed' || (resultsOnly && window !== 'upcoming');
    case 'after-vote':
      return voted || window === 'closed' || resultsOnly;
  }
}
