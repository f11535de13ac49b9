export interface ProposalAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}
export function answerProposal(request: {
  method: string;
  scenario: string;
  path: string;
  body?: string;
  idempotencyKey?: string | null;
  base: string;
}): ProposalAnswer | undefined;
export function proposalsRoute(context: unknown): Promise<boolean>;
