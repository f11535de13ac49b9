import type { FieldName, FormConfig, LimitedField } from './schema.js';
import { DEFAULT_MAX_LENGTH, PERSONAL_FIELDS, TEXT_FIELDS } from './schema.js';

/** What the person typed, by control name. `consent` is a checkbox. */
export interface ProposalValues {
  title: string;
  problem: string;
  solution: string;
  expectedResult: string;
  theme: string;
  name: string;
  email: string;
  phone: string;
  gender: string;
  ageRange: string;
  consent: boolean;
}

export const emptyValues = (): ProposalValues => ({
  title: '',
  problem: '',
  solution: '',
  expectedResult: '',
  theme: '',
  name: '',
  email: '',
  phone: '',
  gender: '',
  ageRange: '',
  consent: false,
});

/** Why a field is not valid; the element turns each into a localized sentence. */
export type FieldProblem =
  | { code: 'required' }
  | { code: 'too-long'; max: number; over: number }
  | { code: 'email' }
  | { code: 'phone' }
  | { code: 'contact-required' }
  | { code: 'consent' };

export type Problems = Partial<Record<FieldName, FieldProblem>>;

/** Required whatever the settings; the expected result and the theme are optional. */
export const REQUIRED_TEXT: readonly FieldName[] = ['title', 'problem', 'solution'];

/** Characters as a person counts them (an emoji or an Arabic letter with its mark is one). */
export function characterCount(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
/** 6 to 15 digits, with the usual separators and an optional leading +. */
const PHONE = /^\+?[\d\s().\-/]{6,25}$/;

export function limitOf(field: FieldName, config: Pick<FormConfig, 'maxLength'>): number | undefined {
  return field in DEFAULT_MAX_LENGTH ? config.maxLength[field as LimitedField] : undefined;
}

/** Validates one field. `contactRequired` needs a name and at least one of email or phone. */
export function validateField(field: FieldName, values: ProposalValues, config: Pick<FormConfig, 'maxLength' | 'contactRequired'>): FieldProblem | undefined {
  if (field === 'consent') return values.consent ? undefined : { code: 'consent' };
  const value = String(values[field] ?? '').trim();
  if (!value) {
    if (REQUIRED_TEXT.includes(field)) return { code: 'required' };
    if (config.contactRequired && field === 'name') return { code: 'required' };
    if (config.contactRequired && field === 'email' && !values.phone.trim()) return { code: 'contact-required' };
    return undefined;
  }
  const max = limitOf(field, config);
  if (max !== undefined) {
    const length = characterCount(value);
    if (length > max) return { code: 'too-long', max, over: length - max };
  }
  if (field === 'email' && !EMAIL.test(value)) return { code: 'email' };
  if (field === 'phone' && (!PHONE.test(value) || value.replace(/\D/g, '').length < 6 || value.replace(/\D/g, '').length > 15)) return { code: 'phone' };
  return undefined;
}

/** The order fields appear in the form (and so in the error summary). */
export const FORM_ORDER: readonly FieldName[] = ['title', 'theme', 'problem', 'solution', 'expectedResult', 'name', 'email', 'phone', 'gender', 'ageRange', 'consent'];

export function validateAll(values: ProposalValues, config: Pick<FormConfig, 'maxLength' | 'contactRequired'>, fields: readonly FieldName[] = FORM_ORDER): Problems {
  const problems: Problems = {};
  for (const field of fields) {
    const problem = validateField(field, values, config);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** The JSON body of `POST {api}/proposals` (API.md). Empty optional values are left out. */
export interface ProposalPayload {
  title: string;
  problem: string;
  solution: string;
  expectedResult?: string;
  theme?: string;
  locale: string;
  author?: { name?: string; email?: string; phone?: string; gender?: string; ageRange?: string };
  consent: true;
}

export function toPayload(values: ProposalValues, locale: string): ProposalPayload {
  const payload: ProposalPayload = {
    title: values.title.trim(),
    problem: values.problem.trim(),
    solution: values.solution.trim(),
    locale,
    consent: true,
  };
  if (values.expectedResult.trim()) payload.expectedResult = values.expectedResult.trim();
  if (values.theme) payload.theme = values.theme;
  const author: NonNullable<ProposalPayload['author']> = {};
  for (const field of PERSONAL_FIELDS) {
    const value = values[field].trim();
    if (value) author[field] = value;
  }
  if (Object.keys(author).length) payload.author = author;
  return payload;
}

/** True when the person has typed anything worth keeping. */
export function hasContent(values: ProposalValues): boolean {
  return TEXT_FIELDS.some((field) => values[field].trim() !== '');
}

// The open/closed window is shared with the poll.
export { windowState, type WindowState } from '../core/time-window.js';

/** Labels for the mailto body, in the page language. */
export interface MailLabels {
  subject: string;
  title: string;
  theme: string;
  problem: string;
  solution: string;
  expectedResult: string;
}

/**
 * A `mailto:` link with the proposal composed in the body. Personal fields are never put in
 * it: the person's own email address is the contact. Returns undefined when `action` is not a
 * usable mailto address.
 */
export function mailtoLink(action: string, payload: ProposalPayload, labels: MailLabels, themeLabel?: string): string | undefined {
  const match = /^mailto:([^?]*)/i.exec(action.trim());
  if (!match) return undefined;
  const to = decodeURIComponent(match[1]).trim();
  if (!/^[^\s@,;]+@[^\s@,;]+$/.test(to)) return undefined;
  const sections: [string, string | undefined][] = [
    [labels.title, payload.title],
    [labels.theme, themeLabel ?? payload.theme],
    [labels.problem, payload.problem],
    [labels.solution, payload.solution],
    [labels.expectedResult, payload.expectedResult],
  ];
  const body = sections
    .filter(([, value]) => value)
    .map(([label, value]) => `${label}\n${value}`)
    .join('\n\n');
  const subject = `${labels.subject}: ${payload.title}`;
  return `mailto:${encodeURIComponent(to).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
