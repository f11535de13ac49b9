/** Types of starter-data.mjs for the desk (TypeScript): plain JSON documents. */
export declare const commitments: Record<string, unknown>;
export declare const budget: Record<string, unknown>;
export declare const budgetCsv: string;
export declare const events: Record<string, unknown>;
export declare const proposalsForm: Record<string, unknown>;
export declare const proposalOutcomes: Record<string, unknown>;
export declare const poll: Record<string, unknown>;
export declare const pollResults: Record<string, unknown>;
export declare const complaint: Record<string, unknown>;
export declare const records: Record<string, unknown>[];
export declare const calendar: Record<string, unknown>;
export declare const STARTER_DOCUMENTS: Record<'commitments' | 'budget' | 'events' | 'proposals-form' | 'proposal-outcomes' | 'poll' | 'poll-results' | 'complaint' | 'complaint-records' | 'calendar', unknown>;
