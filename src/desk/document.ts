/**
 * The document being edited, as plain JSON: immutable updates at a path, a new item's starting
 * value from its field, the stable key order of the written file, and what changed since the
 * file was opened. Framework-free (test/desk/document.test.ts).
 */
import type { FieldNode } from './schema-walk.js';

export type Path = readonly (string | number)[];
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The languages a LocalizedText is edited in, in the order the file keeps them. */
export const TEXT_LANGUAGES = ['fr', 'ar', 'zgh', 'en'] as const;

export function getAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A copy of `root` with `value` at `path` (`undefined` removes an object's key). */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = root.slice();
    copy[key as number] = setAt(root[key as number], rest, value);
    return copy;
  }
  const base = root && typeof root === 'object' ? (root as Record<string, unknown>) : typeof key === 'number' ? [] : {};
  if (Array.isArray(base)) return setAt(base, path, value);
  const next = setAt(base[key], rest, value);
  const copy: Record<string, unknown> = { ...base };
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

export function removeItem(root: unknown, listPath: Path, index: number): unknown {
  const list = (getAt(root, listPath) as unknown[]) ?? [];
  return setAt(root, listPath, list.filter((_, i) => i !== index));
}

export function moveItem(root: unknown, listPath: Path, from: number, to: number): unknown {
  const list = ((getAt(root, listPath) as unknown[]) ?? []).slice();
  if (to < 0 || to >= list.length) return root;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return setAt(root, listPath, list);
}

export function duplicateItem(root: unknown, listPath: Path, index: number): unknown {
  const list = ((getAt(root, listPath) as unknown[]) ?? []).slice();
  const copy = structuredClone(list[index]) as Record<string, unknown>;
  // Ids must stay unique: the copy gets a suffix.
  if (copy && typeof copy === 'object' && typeof copy.id === 'string') copy.id = uniqueId(list, copy.id);
  list.splice(index + 1, 0, copy);
  return setAt(root, listPath, list);
}

function uniqueId(list: unknown[], id: string): string {
  const taken = new Set(list.map((item) => (item as { id?: unknown })?.id));
  for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

/** What a new item (or a newly filled field) starts as: its required fields, nothing else. */
export function initialValue(node: FieldNode, context: { today: string; now: string; siblings?: unknown[] }): unknown {
  switch (node.kind) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const field of node.fields) if (field.required) value[field.key] = initialValue(field.node, context);
      if ('id' in value && context.siblings) value.id = uniqueId(context.siblings, 'item');
      return value;
    }
    case 'array':
      return [];
    case 'map':
      return {};
    case 'text':
      return {};
    case 'string':
      if (node.format === 'date' || node.format === 'date-or-datetime') return context.today;
      if (node.format === 'datetime') return context.now;
      return '';
    case 'number':
      return node.min !== undefined && node.min > 0 ? node.min : 0;
    case 'amount':
      return 0;
    case 'code':
      return '';
    case 'boolean':
      return false;
    case 'enum':
      return node.values[0];
    case 'literal':
      return node.value;
    default:
      return null;
  }
}

/**
 * The document with its keys in the schema's field order (unknown fields after, as they
 * were), texts in fr, ar, zgh, en order: two versions of a file then diff cleanly.
 */
export function ordered(value: unknown, node: FieldNode | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item, node?.kind === 'array' ? node.item : undefined));
  if (!value || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (node?.kind === 'object') {
    for (const field of node.fields) if (field.key in source) out[field.key] = ordered(source[field.key], field.node);
  } else if (node?.kind === 'text') {
    for (const language of TEXT_LANGUAGES) if (language in source) out[language] = source[language];
  }
  for (const [key, item] of Object.entries(source)) if (!(key in out)) out[key] = ordered(item, node?.kind === 'map' ? node.value : undefined);
  return out;
}

/** The file as written: stable key order, 2-space indentation, a final newline. */
export function serialize(value: unknown, node: FieldNode): string {
  return JSON.stringify(ordered(value, node), null, 2) + '\n';
}

export interface ChangeSummary {
  added: number;
  removed: number;
  changed: number;
  /** Changes outside the item lists (the plan, the currency…). */
  other: boolean;
}

/**
 * What changed in the main list(s) of a document since it was opened: items matched by `id`
 * (or `reference`, `code`, `year`), else by position.
 */
export function changesSince(original: unknown, current: unknown, listPaths: readonly Path[]): ChangeSummary {
  const summary: ChangeSummary = { added: 0, removed: 0, changed: 0, other: false };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  let rest = { before: original, after: current };
  for (const listPath of listPaths) {
    const before = (getAt(original, listPath) as unknown[]) ?? [];
    const after = (getAt(current, listPath) as unknown[]) ?? [];
    const keyOf = (item: unknown, index: number) => {
      const record = (item ?? {}) as Record<string, unknown>;
      const key = record.id ?? record.reference ?? record.code ?? record.year;
      return key === undefined ? `#${index}` : String(key);
    };
    const beforeByKey = new Map(before.map((item, i) => [keyOf(item, i), item]));
    const afterKeys = new Set(after.map(keyOf));
    after.forEach((item, i) => {
      const key = keyOf(item, i);
      if (!beforeByKey.has(key)) summary.added++;
      else if (!same(beforeByKey.get(key), item)) summary.changed++;
    });
    for (const key of beforeByKey.keys()) if (!afterKeys.has(key)) summary.removed++;
    rest = { before: setAt(rest.before, listPath, undefined), after: setAt(rest.after, listPath, undefined) };
  }
  summary.other = !same(rest.before, rest.after);
  return summary;
}
