/**
 * The Decidim adapter, loaded only when a widget has `format="decidim"`: reads a component
 * through the instance's GraphQL API and hands back our own contract's JSON, which the widget
 * then validates like any file (and keeps as its last good copy).
 */
import type { Adapted, SourceNotice } from '../../core/data-source.js';
import type { LocalizedText } from '../../core/validation.js';
import { readComponent } from './fetch-component.js';
import type { RequestPolicy } from './graphql.js';
import { meetingsToEvents, type MeetingNode } from './meetings.js';
import { proposalAnswers, type ProposalAnswer, type ProposalNode } from './proposals.js';
import { latest, resultsToCommitments, type ResultNode } from './results.js';
import { answersToOutcomes } from './outcomes.js';
import { spaceAsPlan } from './component.js';
import { TranslationLog } from './translated.js';

export { roundTrips } from './graphql.js';
export { forgetSchemas, INTROSPECTION_QUERY } from './introspection.js';
export type { ProposalAnswer };
export { answersToOutcomes };

type Policy = RequestPolicy & { maxItems?: number; now?: Date };

/** The document with the machine translations it shows listed (each is marked where shown). */
function withMachineTexts(document: Record<string, unknown>, log: TranslationLog): string {
  const listed = log.listed();
  return JSON.stringify(listed ? { ...document, machineTranslated: listed } : document);
}

/** An accountability component → commitments.json. */
export async function readCommitments(endpoint: string, componentId: string, policy: Policy = {}): Promise<Adapted> {
  const read = await readComponent<ResultNode>(endpoint, componentId, 'Accountability', policy);
  const log = new TranslationLog();
  const document = resultsToCommitments(read.component, read.nodes, log, policy.now);
  return { text: withMachineTexts(document, log), notices: read.notices };
}

/** A meetings component → events.json. */
export async function readEvents(endpoint: string, componentId: string, policy: Policy = {}): Promise<Adapted> {
  const read = await readComponent<MeetingNode>(endpoint, componentId, 'Meetings', policy);
  const log = new TranslationLog();
  const document = meetingsToEvents(read.component, read.nodes, log, policy.now);
  return { text: withMachineTexts(document, log), notices: read.notices };
}

/** A proposals component's answers (for the outcomes widget's mapping). */
export async function readProposalAnswers(endpoint: string, componentId: string, policy: Policy = {}): Promise<{ answers: ProposalAnswer[]; notices: SourceNotice[] }> {
  const read = await readComponent<ProposalNode>(endpoint, componentId, 'Proposals', policy);
  const log = new TranslationLog();
  const answers = proposalAnswers(read.component, read.nodes, log);
  return { answers, notices: read.notices };
}

/** A proposals component's answers → proposals/outcomes.json (the widget's validation judges each proposal). */
export async function readOutcomes(endpoint: string, componentId: string, policy: Policy = {}): Promise<Adapted> {
  const read = await readComponent<ProposalNode>(endpoint, componentId, 'Proposals', policy);
  const log = new TranslationLog();
  const answers = proposalAnswers(read.component, read.nodes, log);
  const plan = spaceAsPlan(read.component, log);
  const updatedAt = latest(
    read.nodes.flatMap((n) => [n.answeredAt, n.publishedAt]),
    policy.now ?? new Date(),
  );
  const document = answersToOutcomes(answers, { updatedAt, ...(plan ? { title: plan.title as LocalizedText } : {}) });
  return { text: withMachineTexts(document, log), notices: read.notices };
}
