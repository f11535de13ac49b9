/**
 * A proposals component's answers (state, answer text, answered at, reference) in a neutral
 * shape; outcomes.ts maps them to `<og-proposal-outcomes>`'s document.
 */
import type { LocalizedText } from '../../core/validation.js';
import { localized, TranslationLog, type TranslatedField } from './translated.js';
import type { ComponentInfo } from './fetch-component.js';
import { pageUrl } from './component.js';
import { safeUrl } from '../../core/safe-url.js';

export interface ProposalNode {
  id: string;
  reference?: string | null;
  title?: TranslatedField | null;
  body?: TranslatedField | null;
  state?: string | null;
  answer?: TranslatedField | null;
  answeredAt?: string | null;
  publishedAt?: string | null;
  withdrawn?: boolean | null;
  voteCount?: number | null;
  /** 0.30+; older releases: built from the component's address. */
  url?: string | null;
}

/** Decidim's proposal states (`state`): null or `not_answered` is not answered yet. */
export type DecidimState = 'accepted' | 'rejected' | 'evaluating' | 'withdrawn' | 'not_answered' | 'custom';

export interface ProposalAnswer {
  id: string;
  reference?: string;
  title: LocalizedText;
  state: DecidimState;
  /** The state's own word when the instance uses custom states (0.28+). */
  stateKey?: string;
  answer?: LocalizedText;
  answeredAt?: string;
  supports?: number;
  url?: string;
}

const KNOWN = new Set(['accepted', 'rejected', 'evaluating', 'withdrawn', 'not_answered']);

export function proposalAnswers(component: ComponentInfo, nodes: ProposalNode[], log: TranslationLog): ProposalAnswer[] {
  return nodes.map((p) => {
    const raw = p.withdrawn ? 'withdrawn' : (p.state ?? 'not_answered');
    const state = (KNOWN.has(raw) ? raw : 'custom') as DecidimState;
    const answer = localized(p.answer, log);
    const url = (p.url && safeUrl(p.url)) || pageUrl(component, 'proposals', p.id);
    return {
      id: String(p.id),
      ...(p.reference ? { reference: p.reference } : {}),
      title: localized(p.title, log) ?? p.reference ?? `#${p.id}`,
      state,
      ...(state === 'custom' ? { stateKey: raw } : {}),
      ...(answer ? { answer } : {}),
      ...(p.answeredAt ? { answeredAt: p.answeredAt } : {}),
      ...(typeof p.voteCount === 'number' ? { supports: p.voteCount } : {}),
      ...(url ? { url } : {}),
    };
  });
}
