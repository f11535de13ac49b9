/**
 * Which fields this instance's schema has, for the types we read: Decidim renamed and removed
 * fields between releases (timeline entries became milestones, meetings gained `url`…), so the
 * query is built from what the instance says it has. Asked once per instance and kept (memory,
 * then localStorage for a day).
 */
import { postGraphql, type RequestPolicy } from './graphql.js';

/** The GraphQL type names (graphql-ruby names them after the Ruby classes, minus "Type"). */
export const TYPES = ['Result', 'Status', 'TimelineEntry', 'Milestone', 'Meeting', 'MeetingAgenda', 'MeetingAgendaItem', 'LocalizedString', 'Proposal', 'ComponentInterface', 'Accountability', 'Meetings', 'Proposals'] as const;
export type TypeName = (typeof TYPES)[number];

/** Field names by type; a type the instance lacks has none. */
export type FieldSets = Partial<Record<TypeName, string[]>>;

export class Schema {
  constructor(readonly fields: FieldSets) {}
  has(type: TypeName, field: string): boolean {
    return this.fields[type]?.includes(field) ?? false;
  }
  /** Those of `wanted` the type has. */
  pick(type: TypeName, wanted: readonly string[]): string[] {
    return wanted.filter((field) => this.has(type, field));
  }
}

const PREFIX = 'og-decidim-schema:v1:';
const MAX_AGE_MS = 24 * 60 * 60 * 1000;
const memory = new Map<string, Schema>();

export const INTROSPECTION_QUERY = `query OgIntrospect {${TYPES.map((t) => ` ${alias(t)}: __type(name: "${t}") { fields { name } }`).join('')} }`;

function alias(type: string): string {
  return `t_${type}`;
}

export async function schemaOf(endpoint: string, policy: RequestPolicy): Promise<Schema> {
  const known = memory.get(endpoint) ?? stored(endpoint);
  if (known) return known;
  const answer = await postGraphql(endpoint, INTROSPECTION_QUERY, {}, policy);
  const fields: FieldSets = {};
  for (const type of TYPES) {
    const found = (answer.data?.[alias(type)] as { fields?: { name: string }[] } | null | undefined)?.fields;
    if (found) fields[type] = found.map((f) => f.name);
  }
  const schema = new Schema(fields);
  memory.set(endpoint, schema);
  try {
    localStorage.setItem(PREFIX + endpoint, JSON.stringify({ savedAt: Date.now(), fields }));
  } catch {
    // No storage (private mode, Node): the schema is asked again next time.
  }
  return schema;
}

function stored(endpoint: string): Schema | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(PREFIX + endpoint);
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as { savedAt: number; fields: FieldSets };
    if (!(Date.now() - saved.savedAt < MAX_AGE_MS)) return undefined;
    const schema = new Schema(saved.fields);
    memory.set(endpoint, schema);
    return schema;
  } catch {
    return undefined;
  }
}

/** Forgets what was learnt of instances (tests; an instance upgraded under a page). */
export function forgetSchemas(): void {
  memory.clear();
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    /* storage unavailable */
  }
}
