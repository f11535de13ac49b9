/**
 * Reads every item of one Decidim component: introspection (cached), then its pages up to a
 * bound, noting what the mapping must tell the reader (truncated, errors beside data, fields
 * this version lacks).
 */
import { LoadError } from '../../core/loader.js';
import type { SourceNotice } from '../../core/data-source.js';
import { postGraphql, type RequestPolicy } from './graphql.js';
import { schemaOf } from './introspection.js';
import { componentQuery, connectionOf, PAGE_SIZE, Selection, type ComponentKind } from './queries.js';
import type { TranslatedField } from './translated.js';

/** Items read at most (a 10,000-result component is cut here, with a notice). */
export const MAX_ITEMS = 1000;

export interface ComponentInfo {
  id: string;
  name?: TranslatedField | null;
  url?: string | null;
  participatorySpace?: { id: string; type?: string | null; name?: TranslatedField | null } | null;
}

export interface ComponentRead<Node> {
  component: ComponentInfo;
  nodes: Node[];
  notices: SourceNotice[];
}

export async function readComponent<Node>(
  endpoint: string,
  componentId: string,
  kind: ComponentKind,
  policy: RequestPolicy & { maxItems?: number },
): Promise<ComponentRead<Node>> {
  if (!/^\d+$/.test(componentId.trim())) throw new LoadError('invalid', 'no-component');
  const schema = await schemaOf(endpoint, policy);
  if (!schema.fields[kind]) throw new LoadError('invalid', 'wrong-component');
  const selection = new Selection(schema);
  const query = componentQuery(kind, selection);
  const max = policy.maxItems ?? MAX_ITEMS;
  const nodes: Node[] = [];
  let errors = 0;
  let component: ComponentInfo | undefined;
  let after: string | null = null;
  let truncated = false;
  for (;;) {
    const answer = await postGraphql(endpoint, query, { id: componentId.trim(), after }, policy);
    errors += answer.errors?.length ?? 0;
    const found = answer.data?.component as (ComponentInfo & { __typename?: string } & Record<string, unknown>) | null | undefined;
    if (!found) {
      // A private or unpublished space answers null, sometimes with an error: the same to a reader.
      throw new LoadError('invalid', 'no-component');
    }
    if (found.__typename !== kind) throw new LoadError('invalid', 'wrong-component');
    component ??= found;
    const connection = found[connectionOf(kind)] as { pageInfo?: { hasNextPage: boolean; endCursor: string | null }; edges?: ({ node: Node | null } | null)[] } | null;
    for (const edge of connection?.edges ?? []) if (edge?.node) nodes.push(edge.node);
    const next = connection?.pageInfo?.hasNextPage ? connection.pageInfo.endCursor : null;
    if (!next) break;
    if (nodes.length >= max) {
      truncated = true;
      break;
    }
    after = next;
  }
  const notices: SourceNotice[] = [];
  if (truncated || nodes.length > max) notices.push({ kind: 'truncated', shown: Math.min(max, nodes.length) });
  if (errors) notices.push({ kind: 'partial', errors });
  if (selection.missing.size) notices.push({ kind: 'missing-fields', fields: [...selection.missing].sort() });
  return { component: component!, nodes: nodes.slice(0, max), notices };
}

export { PAGE_SIZE };
