import type { Commitment, CommitmentStatus, Milestone } from './schema.js';
import { allLanguages, normalizeForSearch } from '../core/search.js';

/**
 * Progress of a commitment, 0–100: its own `progress` when given, else derived from its
 * milestones' weights (done / total), else implied by `complete` / `not-started`.
 * Undefined when nothing says.
 */
export function progressOf(commitment: Commitment): number | undefined {
  if (typeof commitment.progress === 'number') return commitment.progress;
  const milestones = commitment.milestones ?? [];
  const total = milestones.reduce((sum, m) => sum + (m.weight ?? 1), 0);
  if (total > 0) {
    const done = milestones.reduce((sum, m) => sum + (m.status === 'done' ? (m.weight ?? 1) : 0), 0);
    return Math.round((done / total) * 100);
  }
  if (commitment.status === 'complete') return 100;
  if (commitment.status === 'not-started') return 0;
  return undefined;
}

/** A milestone past its due date (`today` is `YYYY-MM-DD`) and not done. */
export function isLate(milestone: Milestone, today: string): boolean {
  return milestone.status !== 'done' && !!milestone.due && milestone.due < today;
}

/** Mean progress of the commitments that have one, leaving withdrawn ones out. */
export function overallProgress(commitments: readonly Commitment[]): number | undefined {
  const values = commitments.filter((c) => c.status !== 'withdrawn').map(progressOf).filter((p): p is number => p !== undefined);
  if (!values.length) return undefined;
  return Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

export function countByStatus(commitments: readonly Commitment[]): Map<CommitmentStatus, number> {
  const counts = new Map<CommitmentStatus, number>();
  for (const c of commitments) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  return counts;
}

export { normalizeForSearch } from '../core/search.js';

const searchIndex = new WeakMap<Commitment, string>();

/** Searchable text of a commitment, in every language it has (people type in the one they know). */
export function commitmentSearchText(c: Commitment): string {
  let text = searchIndex.get(c);
  if (text === undefined) {
    text = normalizeForSearch(
      [c.number ?? '', allLanguages(c.title), allLanguages(c.summary), allLanguages(c.leadInstitution), allLanguages(c.theme), allLanguages(c.description)].join(' '),
    );
    searchIndex.set(c, text);
  }
  return text;
}

export interface CommitmentFilter {
  status?: string;
  /** Theme as shown (resolved text); compared through `themeOf`. */
  theme?: string;
  query?: string;
}

export function filterCommitments(
  commitments: readonly Commitment[],
  filter: CommitmentFilter,
  themeOf: (c: Commitment) => string,
): Commitment[] {
  const words = normalizeForSearch(filter.query ?? '').split(/\s+/).filter(Boolean);
  return commitments.filter(
    (c) =>
      (!filter.status || c.status === filter.status) &&
      (!filter.theme || themeOf(c) === filter.theme) &&
      words.every((word) => commitmentSearchText(c).includes(word)),
  );
}

/** The commitment id in a URL hash such as `#og-commitment=c-07`. */
export function commitmentIdFromHash(hash: string): string | undefined {
  const match = /(?:^#|&)og-commitment=([^&]+)/.exec(hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}
