import { allLanguages, normalizeForSearch } from '../core/search.js';
import { DECISIONS, type Decision, type ProposalOutcome, type Stage } from './schema.js';

/** A decision, or `pending` while the proposal is still being examined. */
export type Outcome = Decision | 'pending';
export const OUTCOMES: readonly Outcome[] = [...DECISIONS, 'pending'];

export const outcomeOf = (p: ProposalOutcome): Outcome => p.decision ?? 'pending';

/** How many proposals have each outcome (every outcome present, zero included). */
export function countByOutcome(proposals: readonly ProposalOutcome[]): Map<Outcome, number> {
  const counts = new Map<Outcome, number>(OUTCOMES.map((o) => [o, 0]));
  for (const p of proposals) counts.set(outcomeOf(p), (counts.get(outcomeOf(p)) ?? 0) + 1);
  return counts;
}

/** How many proposals each theme (as shown) has, largest first; proposals without a theme are left out. */
export function countByTheme(proposals: readonly ProposalOutcome[], themeOf: (p: ProposalOutcome) => string, locale: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const p of proposals) {
    const theme = themeOf(p);
    if (theme) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], locale));
}

/** How many proposals stand at each stage, in the process's order. */
export function countByStage(proposals: readonly ProposalOutcome[], stages: readonly Stage[]): Map<string, number> {
  const counts = new Map<string, number>(stages.map((s) => [s.id, 0]));
  for (const p of proposals) counts.set(p.stage, (counts.get(p.stage) ?? 0) + 1);
  return counts;
}

/** Counts the totals, the process and the filters show: they depend on the document and the language, not on the search. */
export interface OutcomesSummary {
  byOutcome: Map<Outcome, number>;
  /** Themes as shown, largest first. */
  byTheme: [string, number][];
  byStage: Map<string, number>;
  /** Themes as shown, in the language's alphabetical order (the theme filter's options). */
  themes: string[];
  /** Outcomes at least one proposal has, in the usual order (the decision filter's options). */
  outcomes: Outcome[];
}

export function summarize(proposals: readonly ProposalOutcome[], stages: readonly Stage[], themeOf: (p: ProposalOutcome) => string, locale: string): OutcomesSummary {
  const byOutcome = countByOutcome(proposals);
  const byTheme = countByTheme(proposals, themeOf, locale);
  return {
    byOutcome,
    byTheme,
    byStage: countByStage(proposals, stages),
    themes: byTheme.map(([theme]) => theme).sort((a, b) => a.localeCompare(b, locale)),
    outcomes: OUTCOMES.filter((o) => byOutcome.get(o)),
  };
}

/** A stage's state for one proposal: reached before, the current one, or still ahead. */
export function stageState(stages: readonly Stage[], current: string, stageId: string): 'done' | 'current' | 'ahead' {
  const at = stages.findIndex((s) => s.id === current);
  const index = stages.findIndex((s) => s.id === stageId);
  return index < at ? 'done' : index === at ? 'current' : 'ahead';
}

/** The date a proposal reached a stage, when the data gives it. */
export function stageDate(p: ProposalOutcome, stageId: string): string | undefined {
  return p.stageDates?.find((d) => d.stage === stageId)?.date;
}

/**
 * A reference as people type it compared with the one published: case, spaces, dashes and
 * similar separators do not matter ("p 2026 0042" finds "P-2026-0042"), nor do Arabic-Indic digits.
 */
export function normalizeProposalReference(reference: string): string {
  return reference
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\s\-‐‑‒–—_./]+/g, '')
    .toUpperCase();
}

export function findByReference(proposals: readonly ProposalOutcome[], typed: string): ProposalOutcome | undefined {
  const wanted = normalizeProposalReference(typed);
  if (!wanted) return undefined;
  return proposals.find((p) => normalizeProposalReference(p.reference) === wanted);
}

/** The proposal reference in a URL hash such as `#og-proposal=P-2026-0042` (what the form's receipt links to). */
export function referenceFromHash(hash: string): string | undefined {
  const match = /(?:^#|&)og-proposal=([^&]+)/.exec(hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

/** The link to one proposal's outcome on a page that shows `<og-proposal-outcomes>`. */
export function outcomeLink(pageUrl: string, reference: string): string {
  return `${pageUrl.split('#')[0]}#og-proposal=${encodeURIComponent(reference)}`;
}

/** The link into `<og-commitment-tracker>`'s deep link on its page (`''` = this page). */
export function commitmentLink(trackerUrl: string, commitmentId: string): string {
  return `${trackerUrl.split('#')[0]}#og-commitment=${encodeURIComponent(commitmentId)}`;
}

export interface OutcomeFilter {
  outcome?: string;
  /** Theme as shown (resolved text), compared through `themeOf`. */
  theme?: string;
  stage?: string;
  consultation?: string;
  query?: string;
}

const searchIndex = new WeakMap<ProposalOutcome, string>();

/** Searchable text of a proposal, in every language it has (people type in the one they know). */
export function outcomeSearchText(p: ProposalOutcome): string {
  let text = searchIndex.get(p);
  if (text === undefined) {
    text = normalizeForSearch(
      [p.reference, allLanguages(p.title), allLanguages(p.summary), allLanguages(p.theme), allLanguages(p.institution), allLanguages(p.reason), p.commitment?.id ?? '', allLanguages(p.commitment?.title)].join(' '),
    );
    searchIndex.set(p, text);
  }
  return text;
}

export function filterOutcomes(proposals: readonly ProposalOutcome[], filter: OutcomeFilter, themeOf: (p: ProposalOutcome) => string): ProposalOutcome[] {
  const words = normalizeForSearch(filter.query ?? '').split(/\s+/).filter(Boolean);
  return proposals.filter(
    (p) =>
      (!filter.outcome || outcomeOf(p) === filter.outcome) &&
      (!filter.theme || themeOf(p) === filter.theme) &&
      (!filter.stage || p.stage === filter.stage) &&
      (!filter.consultation || p.consultation === filter.consultation) &&
      words.every((word) => outcomeSearchText(p).includes(word)),
  );
}
