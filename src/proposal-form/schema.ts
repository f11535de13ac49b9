import * as v from 'valibot';
import { isoDate, isoInstant, link, localizedText, parseJson, parseWhole, validItems, ValidationReport, type LocalizedText, type Schema, object, record } from '../core/validation.js';
import type { Parsed } from '../core/data-source.js';

/** The text fields of a proposal, in the order of the consultations' table. */
export const TEXT_FIELDS = ['title', 'problem', 'solution', 'expectedResult'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Every control of the form, by its API.md `name` (gender and ageRange are optional extensions). */
export const FIELDS = ['title', 'problem', 'solution', 'expectedResult', 'theme', 'name', 'email', 'phone', 'gender', 'ageRange', 'consent'] as const;
export type FieldName = (typeof FIELDS)[number];

/** The fields that hold personal data: never written to the device, never put in a URL. */
export const PERSONAL_FIELDS = ['name', 'email', 'phone', 'gender', 'ageRange'] as const;

export const GENDERS = ['woman', 'man', 'unspecified'] as const;
export const AGE_RANGES = ['under-18', '18-29', '30-39', '40-49', '50-59', '60-plus'] as const;

/** Character limits used when form.json gives none. */
export const DEFAULT_MAX_LENGTH: Record<'title' | 'problem' | 'solution' | 'expectedResult' | 'name' | 'email' | 'phone', number> = {
  title: 120,
  problem: 2000,
  solution: 2000,
  expectedResult: 1000,
  name: 100,
  email: 254,
  phone: 30,
};
export type LimitedField = keyof typeof DEFAULT_MAX_LENGTH;

const instantOrDay = v.union([isoInstant, isoDate]);

export const themeSchema = object({ id: v.pipe(v.string(), v.minLength(1)), label: localizedText });

/** `{api}/proposals/form.json` (API.md, proposals). Every field is optional. */
export const proposalFormSchema = object({
  open: v.optional(v.boolean()),
  opens: v.optional(instantOrDay),
  closes: v.optional(instantOrDay),
  themes: v.optional(v.array(themeSchema)),
  // A safe integer, as the JSON Schema says.
  maxLength: v.optional(record(v.pipe(v.number(), v.safeInteger(), v.minValue(1)))),
  privacyNoticeUrl: v.optional(link),
  contact: v.optional(object({ required: v.optional(v.boolean()) })),
});

export type Theme = v.InferOutput<typeof themeSchema>;

/** The form's settings once read, with every default applied. */
export interface FormConfig {
  open: boolean;
  opens?: string;
  closes?: string;
  themes: Theme[];
  maxLength: Record<LimitedField, number>;
  privacyNoticeUrl?: string;
  contactRequired: boolean;
}

export const DEFAULT_CONFIG: FormConfig = { open: true, themes: [], maxLength: { ...DEFAULT_MAX_LENGTH }, contactRequired: false };

const envelopeSchema = object({
  open: v.optional(v.unknown()),
  opens: v.optional(v.unknown()),
  closes: v.optional(v.unknown()),
  themes: v.optional(v.unknown()),
  maxLength: v.optional(v.unknown()),
  privacyNoticeUrl: v.optional(v.unknown()),
  contact: v.optional(v.unknown()),
});

/**
 * Reads form.json tolerantly: a bad theme is skipped, a bad limit or date is ignored (and
 * counted), only a document that is not a JSON object fails as a whole.
 */
export function parseFormConfig(text: string): Parsed<FormConfig> {
  const raw = parseWhole(envelopeSchema, parseJson(text));
  const report = new ValidationReport();
  const config: FormConfig = { ...DEFAULT_CONFIG, maxLength: { ...DEFAULT_MAX_LENGTH } };
  const pick = <S extends Schema>(key: string, schema: S, value: unknown): v.InferOutput<S> | undefined => {
    if (value === undefined) return undefined;
    const result = v.safeParse(schema, value);
    if (result.success) return result.output;
    report.skip(key, 'not valid');
    return undefined;
  };
  config.open = pick('open', v.boolean(), raw.open) ?? true;
  config.opens = pick('opens', instantOrDay, raw.opens);
  config.closes = pick('closes', instantOrDay, raw.closes);
  if (raw.themes !== undefined) config.themes = validItems(raw.themes, themeSchema, 'themes', report);
  if (raw.maxLength !== undefined) {
    const limits = pick('maxLength', record(v.unknown()), raw.maxLength) ?? {};
    for (const [field, value] of Object.entries(limits)) {
      if (!(field in DEFAULT_MAX_LENGTH)) continue;
      const limit = pick(`maxLength.${field}`, v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)), value);
      if (limit !== undefined) config.maxLength[field as LimitedField] = limit;
    }
  }
  config.privacyNoticeUrl = pick('privacyNoticeUrl', link, raw.privacyNoticeUrl);
  config.contactRequired = pick('contact', object({ required: v.optional(v.boolean()) }), raw.contact)?.required ?? false;
  return { data: config, skipped: report.skipped.length };
}

/** What the server answers on success (201/200). */
export const receiptSchema = object({
  reference: v.optional(v.union([v.string(), v.number()])),
  status: v.optional(v.string()),
  trackUrl: v.optional(link),
});

export interface Receipt {
  reference?: string;
  status?: string;
  trackUrl?: string;
  /** The server's whole answer, as received. */
  answer: unknown;
}

/** A 2xx answer: read tolerantly (a success without a readable reference is still a success). */
export function parseReceipt(text: string): Receipt {
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    return { answer: text };
  }
  const result = v.safeParse(receiptSchema, answer);
  if (!result.success) return { answer };
  const { reference, status, trackUrl } = result.output;
  return { reference: reference === undefined ? undefined : String(reference).slice(0, 100), status, trackUrl, answer };
}

/** A 400/422 body's `{ errors: { field: LocalizedText } }`, keeping only well-formed entries. */
export function serverFieldErrors(body: unknown): Record<string, LocalizedText> {
  const errors: Record<string, LocalizedText> = {};
  if (!body || typeof body !== 'object') return errors;
  const raw = (body as { errors?: unknown }).errors;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return errors;
  for (const [field, message] of Object.entries(raw)) {
    if (v.is(localizedText, message)) errors[field] = message;
  }
  return errors;
}

/**
 * The body of `POST {api}/proposals` (API.md) as a valibot schema: the source of the published
 * JSON Schema, for whoever writes the server. The widget builds it with `toPayload`.
 */
export const proposalPayloadSchema = object({
  title: v.pipe(v.string(), v.minLength(1)),
  problem: v.pipe(v.string(), v.minLength(1)),
  solution: v.pipe(v.string(), v.minLength(1)),
  expectedResult: v.optional(v.string()),
  theme: v.optional(v.string()),
  locale: v.pipe(v.string(), v.minLength(2)),
  author: v.optional(
    object({
      name: v.optional(v.string()),
      email: v.optional(v.string()),
      phone: v.optional(v.string()),
      gender: v.optional(v.picklist(GENDERS)),
      ageRange: v.optional(v.picklist(AGE_RANGES)),
    }),
  ),
  consent: v.literal(true),
});
