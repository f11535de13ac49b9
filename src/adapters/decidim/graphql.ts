/**
 * POSTs one GraphQL query to a Decidim API through the shared loader (timeout, retry, size
 * bound): query strings only, no GraphQL library in the browser.
 */
import { fetchText, LoadError } from '../../core/loader.js';

export interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[] }[];
}

export interface RequestPolicy {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** Counts the round trips made (the bench reads it). */
export const roundTrips = { count: 0 };

export async function postGraphql(endpoint: string, query: string, variables: Record<string, unknown>, policy: RequestPolicy): Promise<GraphqlAnswer> {
  roundTrips.count++;
  const { text, response } = await fetchText(endpoint, {
    signal: policy.signal,
    timeoutMs: policy.timeoutMs,
    init: { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query, variables }) },
  });
  return readAnswer(text, response.headers.get('content-type') ?? '');
}

/** The answer's JSON; an HTML page (maintenance, login, a wrong address) is its own failure. */
export function readAnswer(text: string, contentType: string): GraphqlAnswer {
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (contentType.includes('html') || head.startsWith('<!doctype') || head.startsWith('<html')) throw new LoadError('invalid', 'not-data');
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    throw new LoadError('invalid', 'not-data');
  }
  if (!answer || typeof answer !== 'object' || (!('data' in answer) && !('errors' in answer))) throw new LoadError('invalid', 'invalid');
  const { data } = answer as GraphqlAnswer;
  // Decidim answers an error for the coordinates of a meeting without a place (a non-null
  // latitude in a null pair): no information is missing, so it is not reported.
  const errors = ((answer as GraphqlAnswer).errors ?? []).filter((e) => !e.path?.includes('coordinates'));
  if (!data && errors?.length) {
    console.warn('[opengov-widgets] the GraphQL API refused the query:', errors.map((e) => e.message).join('; '));
    throw new LoadError('invalid', 'query-refused');
  }
  if (errors?.length) console.warn('[opengov-widgets] the GraphQL API reported errors beside its data:', errors.map((e) => e.message).join('; '));
  return { data: data ?? null, errors: errors ?? [] };
}
