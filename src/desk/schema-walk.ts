/**
 * Turns a resource's zod schema (the one the widgets and `validate` use) into the tree of form
 * fields the desk draws. One walk for every resource: a new resource needs only a registration
 * line in resources.ts. Shapes the walk does not know become a raw JSON field, never an error.
 */
import type * as z from 'zod/mini';
import { link, localizedText } from '../core/validation.js';

export type FieldNode =
  | { kind: 'object'; fields: ObjectField[] }
  | { kind: 'array'; item: FieldNode }
  | { kind: 'map'; value: FieldNode }
  | { kind: 'text' }
  | { kind: 'string'; format: StringFormat; minLength?: number }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'amount' }
  | { kind: 'code' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'literal'; value: unknown }
  | { kind: 'raw' };

export type StringFormat = 'plain' | 'date' | 'datetime' | 'date-or-datetime' | 'time-or-datetime' | 'link';

export interface ObjectField {
  key: string;
  required: boolean;
  node: FieldNode;
}

interface Def {
  type: string;
  format?: string;
  checks?: { _zod: { def: { check: string; format?: string; value?: number; minimum?: number; inclusive?: boolean } } }[];
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  in?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  entries?: Record<string, string>;
  values?: unknown[];
}

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

/** The schema under optional/nullable/default wrappers. */
function unwrap(schema: z.ZodMiniType): { schema: z.ZodMiniType; optional: boolean } {
  let optional = false;
  let current = schema;
  for (let def = defOf(current); WRAPPERS.has(def.type); def = defOf(current)) {
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') optional = true;
    current = def.innerType!;
  }
  return { schema: current, optional };
}

export function fieldOf(schema: z.ZodMiniType): FieldNode {
  const inner = unwrap(schema).schema;
  if (inner === localizedText) return { kind: 'text' };
  if (inner === link) return { kind: 'string', format: 'link' };
  const def = defOf(inner);
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  switch (def.type) {
    case 'object':
      return {
        kind: 'object',
        fields: Object.entries(def.shape ?? {}).map(([key, value]) => ({ key, required: !unwrap(value).optional, node: fieldOf(value) })),
      };
    case 'array':
      return { kind: 'array', item: fieldOf(def.element!) };
    case 'record':
      return { kind: 'map', value: fieldOf(def.valueType!) };
    case 'string': {
      if (def.format === 'date') return { kind: 'string', format: 'date' };
      if (def.format === 'datetime') return { kind: 'string', format: 'datetime' };
      const min = checks.find((check) => check.check === 'min_length')?.minimum;
      return { kind: 'string', format: 'plain', ...(min ? { minLength: min } : {}) };
    }
    case 'number': {
      const integer = checks.some((check) => check.check === 'number_format' && /int/.test(check.format ?? ''));
      const min = checks.find((check) => check.check === 'greater_than')?.value;
      const max = checks.find((check) => check.check === 'less_than')?.value;
      return { kind: 'number', integer, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries ?? {}) };
    case 'literal':
      return { kind: 'literal', value: def.values?.[0] };
    case 'pipe': {
      // A number that may be written as text (budget amounts): an amount field.
      const input = fieldOf(def.in!);
      if (input.kind === 'code') return isAmountPipe(def.in!) ? { kind: 'amount' } : input;
      return input;
    }
    case 'union':
      return unionField(def.options ?? []);
    default:
      return { kind: 'raw' };
  }
}

function isAmountPipe(input: z.ZodMiniType): boolean {
  // union([number, string]) (amounts) vs union([string, number]) (codes, numbers as labels).
  return defOf(defOf(input).options![0]).type === 'number';
}

function unionField(options: z.ZodMiniType[]): FieldNode {
  const nodes = options.map(fieldOf);
  const formats = nodes.map((node) => (node.kind === 'string' ? node.format : node.kind));
  if (formats.includes('datetime') && formats.includes('date')) return { kind: 'string', format: 'date-or-datetime' };
  if (formats.includes('datetime') && formats.includes('plain')) return { kind: 'string', format: 'time-or-datetime' };
  const kinds = new Set(nodes.map((node) => node.kind));
  if (kinds.has('string') && kinds.has('number') && kinds.size === 2) return { kind: 'code' };
  // A list or an object holding it (complaint records): edit the first shape.
  const structured = nodes.find((node) => node.kind === 'array' || node.kind === 'object');
  return structured ?? { kind: 'raw' };
}

/** The field at a data path (array indexes and object keys), or undefined. */
export function fieldAt(root: FieldNode, path: readonly (string | number)[]): FieldNode | undefined {
  let node: FieldNode | undefined = root;
  for (const key of path) {
    if (!node) return undefined;
    if (node.kind === 'array') node = node.item;
    else if (node.kind === 'map') node = node.value;
    else if (node.kind === 'object') node = node.fields.find((field) => field.key === key)?.node;
    else return undefined;
  }
  return node;
}
