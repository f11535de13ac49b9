/**
 * Decidim proposal answers → the document of `<og-proposal-outcomes>` (issue 14's
 * `{api}/proposals/outcomes.json`, read from its schema on that branch: stages, proposals with
 * reference, title, stage, decision, decidedOn, reason, supports, url). The widget's own
 * validation stays the judge: a rejected proposal Decidim answered without a text has no
 * reason, and is skipped and counted there, as the contract requires a reason.
 */
import type { LocalizedText } from '../../core/validation.js';
import type { ProposalAnswer } from './proposals.js';

/** Decidim's answering workflow as the outcomes widget's stages. */
export const DECIDIM_STAGES = [
  { id: 'published', title: { en: 'Published', fr: 'Publiée', ar: 'منشور' } },
  { id: 'evaluating', title: { en: 'Being evaluated', fr: 'En évaluation', ar: 'قيد التقييم' } },
  { id: 'answered', title: { en: 'Answered', fr: 'Répondue', ar: 'تمت الإجابة' } },
];

const DECISION: Partial<Record<ProposalAnswer['state'], string>> = { accepted: 'accepted', rejected: 'not-accepted' };

export function answersToOutcomes(answers: ProposalAnswer[], opts: { title?: LocalizedText; updatedAt: string }): Record<string, unknown> {
  const proposals = answers
    .filter((a) => a.state !== 'withdrawn')
    .map((a) => {
      const decision = DECISION[a.state];
      const stage = a.state === 'evaluating' ? 'evaluating' : a.answeredAt && a.state !== 'not_answered' ? 'answered' : 'published';
      const day = a.answeredAt?.slice(0, 10);
      return {
        reference: a.reference ?? a.id,
        title: a.title,
        stage,
        ...(decision ? { decision } : {}),
        ...(decision && day ? { decidedOn: day } : {}),
        // Decidim's answer text: the reason of a rejection, the explanation of an acceptance.
        ...(a.answer ? { reason: a.answer } : {}),
        ...(a.supports !== undefined ? { supports: a.supports } : {}),
        ...(a.url ? { url: a.url } : {}),
      };
    });
  return { updatedAt: opts.updatedAt, ...(opts.title ? { title: opts.title } : {}), stages: DECIDIM_STAGES, proposals };
}
