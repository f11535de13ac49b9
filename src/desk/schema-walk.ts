/**
 * Turns a resource's valibot schema (the one the widgets and `validate` use) into the tree of
 * form fields the desk draws. One walk for every resource: a new resource needs only a
 * registration line in resources.ts. Shapes the walk does not know become a raw JSON field,
 * never an error.
 */
import { ISO_DATE, ISO_INSTANT, link, localizedText, type Schema } from '../core/validation.js';

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

/** What the walk reads of a valibot schema (its public properties). */
interface Parts {
  type: string;
  /** A piped schema: [the schema itself, ...its actions]. */
  pipe?: readonly { kind: string; type: string; requirement?: unknown }[];
  wrapped?: Schema;
  entries?: Record<string, Schema>;
  item?: Schema;
  value?: Schema;
  /** A union's schemas, a picklist's values. */
  options?: readonly unknown[];
  literal?: unknown;
}

const partsOf = (schema: Schema): Parts => schema as unknown as Parts;
const WRAPPERS = new Set(['optional', 'exact_optional', 'nullish', 'undefinedable', 'nullable', 'non_optional', 'non_nullable', 'non_nullish']);
const OPTIONAL = new Set(['optional', 'exact_optional', 'nullish', 'undefinedable']);
const OBJECTS = new Set(['object', 'loose_object', 'strict_object', 'object_with_rest']);

/** Whether a regex action's pattern is `pattern` (compared by text: a second copy of the module would hold other RegExp objects). */
export const samePattern = (requirement: unknown, pattern: RegExp): boolean =>
  requirement instanceof RegExp && requirement.source === pattern.source && requirement.flags === pattern.flags;

/** The schema under optional/nullable wrappers. */
function unwrap(schema: Schema): { schema: Schema; optional: boolean } {
  let optional = false;
  let current = schema;
  for (let parts = partsOf(current); WRAPPERS.has(parts.type) && parts.wrapped; parts = partsOf(current)) {
    if (OPTIONAL.has(parts.type)) optional = true;
    current = parts.wrapped;
  }
  return { schema: current, optional };
}

export function fieldOf(schema: Schema): FieldNode {
  const inner = unwrap(schema).schema;
  if (inner === localizedText) return { kind: 'text' };
  if (inner === link) return { kind: 'string', format: 'link' };
  const parts = partsOf(inner);
  // A pipe's actions (its first item is the schema itself).
  const actions = (parts.pipe ?? []).slice(1);
  const requirementOf = (...types: string[]) => actions.find((action) => types.includes(action.type))?.requirement as number | undefined;
  if (OBJECTS.has(parts.type)) {
    return {
      kind: 'object',
      fields: Object.entries(parts.entries ?? {}).map(([key, value]) => ({ key, required: !unwrap(value).optional, node: fieldOf(value) })),
    };
  }
  switch (parts.type) {
    case 'array':
      return { kind: 'array', item: fieldOf(parts.item!) };
    case 'record':
      return { kind: 'map', value: fieldOf(parts.value!) };
    case 'string': {
      const patterns = actions.filter((action) => action.type === 'regex').map((action) => action.requirement);
      if (patterns.some((pattern) => samePattern(pattern, ISO_DATE))) return { kind: 'string', format: 'date' };
      if (patterns.some((pattern) => samePattern(pattern, ISO_INSTANT))) return { kind: 'string', format: 'datetime' };
      const min = requirementOf('min_length');
      return { kind: 'string', format: 'plain', ...(min ? { minLength: min } : {}) };
    }
    case 'number': {
      const integer = actions.some((action) => action.type === 'integer' || action.type === 'safe_integer');
      const min = requirementOf('min_value', 'gt_value');
      const max = requirementOf('max_value', 'lt_value');
      return { kind: 'number', integer, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'picklist':
    case 'enum':
      return { kind: 'enum', values: [...((parts.options ?? []) as string[])] };
    case 'literal':
      return { kind: 'literal', value: parts.literal };
    case 'union': {
      const node = unionField((parts.options ?? []) as Schema[]);
      // A number that may be written as text (budget amounts): an amount field.
      return node.kind === 'code' && isAmountPipe(parts) ? { kind: 'amount' } : node;
    }
    default:
      return { kind: 'raw' };
  }
}

function isAmountPipe(parts: Parts): boolean {
  // pipe(union([number, string]), …) (amounts) vs union([string, number]) (codes, numbers as labels).
  return parts.pipe !== undefined && partsOf(parts.options![0] as Schema).type === 'number';
}

function unionField(options: Schema[]): FieldNode {
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
