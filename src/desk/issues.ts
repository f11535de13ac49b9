/**
 * The problems of the edited document, from the resource's own zod schema (the one the widgets
 * and `validate` use), in plain localized words, keyed by the field's path so each shows at its
 * field as the person types.
 */
import { msg, str } from '@lit/localize';
import type * as z from 'zod/mini';

export interface FieldProblem {
  path: string;
  message: string;
}

/** `['commitments', 0, 'title']` → `commitments.0.title` (the key of a field in the form). */
export const pathKey = (path: readonly PropertyKey[]): string => path.map(String).join('.');

const TIME_PATTERN = String(/^([01]\d|2[0-3]):[0-5]\d$/);

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  if (value === undefined && issue.code !== 'custom') return msg('Required: fill it in.', { id: 'desk.issue.missing' });
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return msg('Write a number.', { id: 'desk.issue.number' });
      return msg('This value does not have the right type.', { id: 'desk.issue.type' });
    case 'invalid_value':
      return msg('Choose one of the proposed values.', { id: 'desk.issue.choice' });
    case 'too_small':
      if (issue.origin === 'string') return msg('Required: fill it in.', { id: 'desk.issue.missing' });
      if (issue.origin === 'array') return msg(str`Add at least ${String(issue.minimum)}.`, { id: 'desk.issue.tooFew' });
      return msg(str`Must be at least ${String(issue.minimum)}.`, { id: 'desk.issue.tooSmall' });
    case 'too_big':
      return msg(str`Must be at most ${String(issue.maximum)}.`, { id: 'desk.issue.tooBig' });
    case 'invalid_format':
      if (issue.format === 'date') return msg('Choose a date.', { id: 'desk.issue.date' });
      if (issue.format === 'datetime') return msg('Choose a date and a time.', { id: 'desk.issue.datetime' });
      if ((issue as { pattern?: string }).pattern === '/^[A-Z]{3}$/') return msg('Write a three-letter currency code in capitals, like MAD.', { id: 'desk.issue.currency' });
      return msg('This value does not have the expected form.', { id: 'desk.issue.form' });
    case 'custom':
      if (issue.message === 'at least one amount is required') return msg('Give at least one amount (proposed, approved or executed).', { id: 'desk.issue.noAmount' });
      if (issue.message === 'not a number') return msg('Write an amount, like 12 500,50.', { id: 'desk.issue.amount' });
      if (issue.message === 'empty code') return msg('Required: fill it in.', { id: 'desk.issue.missing' });
      return msg('This value is not valid.', { id: 'desk.issue.invalid' });
    case 'invalid_union': {
      const roots = issue.errors.flat().filter((inner) => inner.path.length === 0);
      if (roots.some((inner) => inner.code === 'invalid_format' && (inner as { pattern?: string }).pattern === TIME_PATTERN)) {
        return msg('Write a time like 09:30, or a date and a time.', { id: 'desk.issue.time' });
      }
      if (roots.some((inner) => inner.code === 'invalid_format')) return msg('Choose a date (and a time if needed).', { id: 'desk.issue.dateOrTime' });
      return msg('This value is not valid.', { id: 'desk.issue.invalid' });
    }
    default:
      return msg('This value is not valid.', { id: 'desk.issue.invalid' });
  }
}

/**
 * Validates the whole document with `schema`; returns the problems by field. A union meant
 * for one branch (an item of a list of complaint records…) gives that branch's problems.
 */
export function problemsOf(schema: z.ZodMiniType, document: unknown): Map<string, string[]> {
  const result = schema.safeParse(document);
  const problems = new Map<string, string[]>();
  if (result.success) return problems;
  const add = (issue: z.core.$ZodIssue, base: readonly PropertyKey[]) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length) {
      const meant = issue.errors.filter((branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'));
      if (meant.length === 1) return meant[0].forEach((inner) => add(inner, path));
    }
    const key = pathKey(path);
    const text = describe(issue, valueAt(document, path));
    const list = problems.get(key) ?? [];
    if (!list.includes(text)) list.push(text);
    problems.set(key, list);
  };
  result.error.issues.forEach((issue) => add(issue, []));
  return problems;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
