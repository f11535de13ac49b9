/**
 * The problems of the edited document, from the resource's own valibot schema (the one the
 * widgets and `validate` use), in plain localized words, keyed by the field's path so each shows
 * at its field as the person types.
 */
import { msg, str } from '@lit/localize';
import * as v from 'valibot';
import { ISO_DATE, ISO_INSTANT, issueKeys, type Issue, type Schema } from '../core/validation.js';
import { samePattern } from './schema-walk.js';

export interface FieldProblem {
  path: string;
  message: string;
}

/** `['commitments', 0, 'title']` → `commitments.0.title` (the key of a field in the form). */
export const pathKey = (path: readonly PropertyKey[]): string => path.map(String).join('.');

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const CURRENCY_PATTERN = /^[A-Z]{3}$/;
/** Checks of a text's form (a pattern…), as opposed to its length or type. */
const FORMATS = new Set(['regex', 'includes', 'starts_with', 'ends_with']);
/** Issues whose message the schema wrote itself ('not a number', 'empty code'…). */
const OWN_MESSAGE = new Set(['check', 'raw_check', 'raw_transform']);

const tooSmall = (bound: unknown) => msg(str`Must be at least ${String(bound)}.`, { id: 'desk.issue.tooSmall' });
const tooBig = (bound: unknown) => msg(str`Must be at most ${String(bound)}.`, { id: 'desk.issue.tooBig' });

function describe(issue: Issue, value: unknown): string {
  if (value === undefined && !OWN_MESSAGE.has(issue.type)) return msg('Required: fill it in.', { id: 'desk.issue.missing' });
  switch (issue.type) {
    case 'safe_integer':
      // A whole number past what a number holds exactly is told the bound it passed.
      if (Number.isInteger(issue.input)) return (issue.input as number) > 0 ? tooBig(Number.MAX_SAFE_INTEGER) : tooSmall(Number.MIN_SAFE_INTEGER);
      return msg('Write a number.', { id: 'desk.issue.number' });
    case 'number':
    case 'integer':
      return msg('Write a number.', { id: 'desk.issue.number' });
    case 'picklist':
    case 'enum':
    case 'literal':
      return msg('Choose one of the proposed values.', { id: 'desk.issue.choice' });
    case 'min_length':
      if (typeof issue.input === 'string') return msg('Required: fill it in.', { id: 'desk.issue.missing' });
      return msg(str`Add at least ${String(issue.requirement)}.`, { id: 'desk.issue.tooFew' });
    case 'min_value':
    case 'gt_value':
      return tooSmall(issue.requirement);
    case 'max_length':
    case 'max_value':
    case 'lt_value':
      return tooBig(issue.requirement);
    case 'check':
    case 'raw_check':
    case 'raw_transform':
      if (issue.message === 'at least one amount is required') return msg('Give at least one amount (proposed, approved or executed).', { id: 'desk.issue.noAmount' });
      if (issue.message === 'not a number') return msg('Write an amount, like 12 500,50.', { id: 'desk.issue.amount' });
      if (issue.message === 'empty code') return msg('Required: fill it in.', { id: 'desk.issue.missing' });
      return msg('This value is not valid.', { id: 'desk.issue.invalid' });
    case 'union': {
      const roots = (issue.issues ?? []).filter((inner) => !inner.path?.length);
      if (roots.some((inner) => inner.type === 'regex' && samePattern(inner.requirement, TIME_PATTERN))) {
        return msg('Write a time like 09:30, or a date and a time.', { id: 'desk.issue.time' });
      }
      if (roots.some((inner) => FORMATS.has(inner.type))) return msg('Choose a date (and a time if needed).', { id: 'desk.issue.dateOrTime' });
      return msg('This value is not valid.', { id: 'desk.issue.invalid' });
    }
  }
  if (FORMATS.has(issue.type)) {
    if (issue.type === 'regex' && samePattern(issue.requirement, ISO_DATE)) return msg('Choose a date.', { id: 'desk.issue.date' });
    if (issue.type === 'regex' && samePattern(issue.requirement, ISO_INSTANT)) return msg('Choose a date and a time.', { id: 'desk.issue.datetime' });
    if (issue.type === 'regex' && samePattern(issue.requirement, CURRENCY_PATTERN)) return msg('Write a three-letter currency code in capitals, like MAD.', { id: 'desk.issue.currency' });
    return msg('This value does not have the expected form.', { id: 'desk.issue.form' });
  }
  // Any other schema (string, boolean, object, array…) the value is not of.
  if (issue.kind === 'schema') return msg('This value does not have the right type.', { id: 'desk.issue.type' });
  return msg('This value is not valid.', { id: 'desk.issue.invalid' });
}

/**
 * The issues of the one option of a union the value was meant for, when there is one. valibot
 * gives them itself when a single option took the value's type; otherwise its union issue holds
 * the options' issues side by side. An option of another type fails at the value itself (one
 * issue, no path); an option of the value's type fails inside it (issues with a path). No
 * union of the contract has two options of one structured type, so the issues inside are of
 * one option.
 */
function meantOption(union: Issue): readonly Issue[] | undefined {
  const inner = union.issues ?? [];
  const roots = inner.filter((issue) => !issue.path?.length);
  // Every option took the value's type: more than one was meant.
  if (!roots.some((issue) => issue.kind === 'schema')) return undefined;
  const within = inner.filter((issue) => issue.path?.length);
  return within.length ? within : undefined;
}

/**
 * Validates the whole document with `schema`; returns the problems by field. A union meant
 * for one branch (an item of a list of complaint records…) gives that branch's problems.
 */
export function problemsOf(schema: Schema, document: unknown): Map<string, string[]> {
  const result = v.safeParse(schema, document);
  const problems = new Map<string, string[]>();
  if (result.success) return problems;
  const found: { path: PropertyKey[]; issue: Issue }[] = [];
  const add = (issue: Issue, base: readonly PropertyKey[]) => {
    const path = [...base, ...issueKeys(issue)];
    if (issue.type === 'union') {
      const meant = meantOption(issue);
      if (meant) return meant.forEach((inner) => add(inner, path));
    }
    found.push({ path, issue });
  };
  result.issues.forEach((issue) => add(issue, []));
  // A number that is not whole is told so alone: its bounds are for whole numbers.
  const notWhole = new Set(found.filter(({ issue }) => isNotWhole(issue)).map(({ path }) => pathKey(path)));
  for (const { path, issue } of found) {
    const key = pathKey(path);
    if (notWhole.has(key) && BOUNDS.has(issue.type)) continue;
    const text = describe(issue, valueAt(document, path));
    const list = problems.get(key) ?? [];
    if (!list.includes(text)) list.push(text);
    problems.set(key, list);
  }
  return problems;
}

const BOUNDS = new Set(['min_value', 'max_value', 'gt_value', 'lt_value']);
const isNotWhole = (issue: Issue) => (issue.type === 'integer' || issue.type === 'safe_integer') && !Number.isInteger(issue.input);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
