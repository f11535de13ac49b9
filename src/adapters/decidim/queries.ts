/**
 * The query strings, built from the fields the instance has (introspection.ts): a field this
 * Decidim version lacks is left out of the query and reported, never sent (GraphQL would
 * refuse the whole query).
 */
import type { Schema, TypeName } from './introspection.js';

/** Items asked per round trip (Decidim's default maximum page size is 50). */
export const PAGE_SIZE = 50;

/** What the adapters read of each kind of component. */
export type ComponentKind = 'Accountability' | 'Meetings' | 'Proposals';
const CONNECTION: Record<ComponentKind, string> = { Accountability: 'results', Meetings: 'meetings', Proposals: 'proposals' };

export function translated(schema: Schema): string {
  return `{ translations { locale text${schema.has('LocalizedString', 'machineTranslated') ? ' machineTranslated' : ''} } }`;
}

/** Builds selections and records the wanted fields the schema lacks. */
export class Selection {
  readonly missing = new Set<string>();
  constructor(readonly schema: Schema) {}

  /**
   * `fields` of `type`: plain names, or `[name, sub-selection]`. A name starting with `?` is
   * one the mapping can do without (it has a fallback): its absence is not reported.
   */
  of(type: TypeName, fields: (string | [string, string])[]): string {
    const parts: string[] = [];
    for (const field of fields) {
      const [wanted, sub] = typeof field === 'string' ? [field, ''] : field;
      const optional = wanted.startsWith('?');
      const name = optional ? wanted.slice(1) : wanted;
      if (this.schema.has(type, name)) parts.push(sub ? `${name} ${sub}` : name);
      else if (!optional) this.missing.add(`${type}.${name}`);
    }
    return `{ ${parts.join(' ')} }`;
  }
}

function resultFields(sel: Selection): string {
  const tf = translated(sel.schema);
  // Newer releases name timeline entries "milestones"; either is read, whichever exists.
  const steps = sel.schema.has('Result', 'milestones')
    ? ['milestones', sel.of('Milestone', ['id', 'entryDate', ['?title', tf], ['description', tf]])] as [string, string]
    : (['timelineEntries', sel.of('TimelineEntry', ['id', 'entryDate', ['?title', tf], ['description', tf]])] as [string, string]);
  return sel.of('Result', [
    'id',
    ['title', tf],
    ['description', tf],
    'reference',
    'startDate',
    'endDate',
    'progress',
    '?weight',
    '?url',
    '?updatedAt',
    ['parent', '{ id }'],
    ['status', sel.of('Status', ['id', 'key', ['name', tf], 'progress'])],
    steps,
  ]);
}

function meetingFields(sel: Selection): string {
  const tf = translated(sel.schema);
  const item = (inner: string) => sel.of('MeetingAgendaItem', ['id', 'position', 'duration', ['title', tf], ...(inner ? [['items', inner] as [string, string]] : [])]);
  return sel.of('Meeting', [
    'id',
    'reference',
    ['title', tf],
    ['description', tf],
    'startTime',
    'endTime',
    'typeOfMeeting',
    'address',
    ['location', tf],
    ['locationHints', tf],
    ['coordinates', '{ latitude longitude }'],
    'onlineMeetingUrl',
    'registrationsEnabled',
    'remainingSlots',
    'isWithdrawn',
    'closed',
    ['closingReport', tf],
    'attendeeCount',
    '?videoUrl',
    '?url',
    '?updatedAt',
    ['agenda', sel.of('MeetingAgenda', ['id', ['items', item(item(''))]])],
  ]);
}

function proposalFields(sel: Selection): string {
  const tf = translated(sel.schema);
  return sel.of('Proposal', ['id', 'reference', ['title', tf], ['body', tf], 'state', ['answer', tf], 'answeredAt', '?publishedAt', '?withdrawn', '?voteCount', '?url']);
}

const NODE: Record<ComponentKind, (sel: Selection) => string> = { Accountability: resultFields, Meetings: meetingFields, Proposals: proposalFields };

/** One page of a component's items, with the component's own name, space and URL. */
export function componentQuery(kind: ComponentKind, sel: Selection): string {
  const tf = translated(sel.schema);
  const component = sel.of('ComponentInterface', ['id', ['name', tf], '?url', ['participatorySpace', `{ id type name ${tf} }`]]);
  return `query OgComponent($id: ID!, $after: String) {
  component(id: $id) {
    __typename
    ${component.slice(2, -2)}
    ... on ${kind} {
      ${CONNECTION[kind]}(first: ${PAGE_SIZE}, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node ${NODE[kind](sel)} }
      }
    }
  }
}`;
}

export function connectionOf(kind: ComponentKind): string {
  return CONNECTION[kind];
}
