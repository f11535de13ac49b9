/**
 * The resources the desk edits, one registration line each: the schema comes from
 * src/schemas.ts (the one `validate` and the widgets use); the rest says which element
 * previews it, which file it is written to and where its list of items is.
 */
import * as v from 'valibot';
import type { Schema } from '../core/validation.js';
import { complaintRecordSchema, resources, type ResourceName } from '../schemas.js';
import { fieldOf, type FieldNode } from './schema-walk.js';
import type { Path } from './document.js';

export interface DeskResource {
  name: ResourceName;
  /** What is validated and edited (complaint records: the list form of the export). */
  schema: Schema;
  field: FieldNode;
  /** The file name it is downloaded as. */
  file: string;
  /** The element that shows it in the preview, when one reads it from data. */
  element?: string;
  /** The element previewing a file no site page reads as is (private complaint records): no snippet. */
  previewElement?: string;
  /** Where the items are that the preview can select (clicks on elements with these ids). */
  lists: readonly Path[];
  /** Whether <og-desk-import> (spreadsheets) can fill it. */
  importable: boolean;
}

function register(name: ResourceName, options: Omit<DeskResource, 'name' | 'schema' | 'field'> & { schema?: Schema }): DeskResource {
  const schema = options.schema ?? resources[name].schema;
  return { ...options, name, schema, field: fieldOf(schema) };
}

export const DESK_RESOURCES: Partial<Record<ResourceName, DeskResource>> = {
  commitments: register('commitments', { file: 'commitments.json', element: 'og-commitment-tracker', lists: [['commitments']], importable: true }),
  budget: register('budget', { file: 'budget.json', element: 'og-budget-chart', lists: [['years']], importable: true }),
  events: register('events', { file: 'events.json', element: 'og-consultation-calendar', lists: [['events']], importable: true }),
  'proposals-form': register('proposals-form', { file: 'form.json', element: 'og-proposal-form', lists: [['themes']], importable: false }),
  'proposal-outcomes': register('proposal-outcomes', { file: 'outcomes.json', element: 'og-proposal-outcomes', lists: [['proposals'], ['stages']], importable: false }),
  poll: register('poll', { file: 'poll.json', lists: [['choices']], importable: false }),
  'poll-results': register('poll-results', { file: 'results.json', lists: [['channels']], importable: false }),
  'complaint-records': register('complaint-records', {
    file: 'complaint-records.json',
    previewElement: 'og-complaint-status',
    schema: v.array(complaintRecordSchema),
    lists: [[]],
    importable: true,
  }),
  calendar: register('calendar', { file: 'calendar.json', lists: [['holidays']], importable: false }),
};

export const DESK_RESOURCE_NAMES = Object.keys(DESK_RESOURCES) as ResourceName[];

export function deskResource(name: string): DeskResource | undefined {
  return DESK_RESOURCES[name as ResourceName];
}
