export interface PollAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}
export function answerPoll(request: {
  method: string;
  scenario: string;
  path: string;
  body?: string;
  idempotencyKey?: string | null;
  poll: unknown;
  baseResults?: unknown;
}): PollAnswer | undefined;
export function pollsRoute(context: unknown): Promise<boolean>;
