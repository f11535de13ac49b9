import * as z from 'zod/mini';
import { isoDate, isoInstant, link, localizedText, parseJson, parseWhole, validItems, ValidationReport, type LocalizedText } from '../core/validation.js';
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

const instantOrDay = z.union([isoInstant, isoDate]);

export const themeSchema = z.object({ id: z.string().check(z.minLength(1)), label: localizedText });

/** `{api}/proposals/form.json` (API.md, proposals). Every field is optional. */
export const proposalFormSchema = z.object({
  open: z.optional(z.boolean()),
  opens: z.optional(instantOrDay),
  closes: z.optional(instantOrDay),
  themes: z.optional(z.array(themeSchema)),
  maxLength: z.optional(z.record(z.string(), z.number().check(z.int(), z.gte(1)))),
  privacyNoticeUrl: z.optional(link),
  contact: z.optional(z.object({ required: z.optional(z.boolean()) })),
});

export type Theme = z.output<typeof themeSchema>;

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

const envelopeSchema = z.object({
  open: z.optional(z.unknown()),
  opens: z.optional(z.unknown()),
  closes: z.optional(z.unknown()),
  themes: z.optional(z.unknown()),
  maxLength: z.optional(z.unknown()),
  privacyNoticeUrl: z.optional(z.unknown()),
  contact: z.optional(z.unknown()),
});

/**
 * Reads form.json tolerantly: a bad theme is skipped, a bad limit or date is ignored (and
 * counted), only a document that is not a JSON object fails as a whole.
 */
export function parseFormConfig(text: string): Parsed<FormConfig> {
  const raw = parseWhole(envelopeSchema, parseJson(text));
  const report = new ValidationReport();
  const config: FormConfig = { ...DEFAULT_CONFIG, maxLength: { ...DEFAULT_MAX_LENGTH } };
  const pick = <S extends z.ZodMiniType>(key: string, schema: S, value: unknown): z.output<S> | undefined => {
    if (value === undefined) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    report.skip(key, 'not valid');
    return undefined;
  };
  config.open = pick('open', z.boolean(), raw.open) ?? true;
  config.opens = pick('opens', instantOrDay, raw.opens);
  config.closes = pick('closes', instantOrDay, raw.closes);
  if (raw.themes !== undefined) config.themes = validItems(raw.themes, themeSchema, 'themes', report);
  if (raw.maxLength !== undefined) {
    const limits = pick('maxLength', z.record(z.string(), z.unknown()), raw.maxLength) ?? {};
    for (const [field, value] of Object.entries(limits)) {
      if (!(field in DEFAULT_MAX_LENGTH)) continue;
      const limit = pick(`maxLength.${field}`, z.number().check(z.int(), z.gte(1), z.lte(100_000)), value);
      if (limit !== undefined) config.maxLength[field as LimitedField] = limit;
    }
  }
  config.privacyNoticeUrl = pick('privacyNoticeUrl', link, raw.privacyNoticeUrl);
  config.contactRequired = pick('contact', z.object({ required: z.optional(z.boolean()) }), raw.contact)?.required ?? false;
  return { data: config, skipped: report.skipped.length };
}

/** What the server answers on success (201/200). */
export const receiptSchema = z.object({
  reference: z.optional(z.union([z.string(), z.number()])),
  status: z.optional(z.string()),
  trackUrl: z.optional(link),
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
  const result = receiptSchema.safeParse(answer);
  if (!result.success) return { answer };
  const { reference, status, trackUrl } = result.data;
  return { reference: reference === undefined ? undefined : String(reference).slice(0, 100), status, trackUrl, answer };
}

/** A 400/422 body's `{ errors: { field: LocalizedText } }`, keeping only well-formed entries. */
export function serverFieldErrors(body: unknown): Record<string, LocalizedText> {
  const errors: Record<string, LocalizedText> = {};
  if (!body || typeof body !== 'object') return errors;
  const raw = (body as { errors?: unknown }).errors;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return errors;
  for (const [field, message] of Object.entries(raw)) {
    if (localizedText.safeParse(message).success) errors[field] = message as LocalizedText;
  }
  return errors;
}

/**
 * The body of `POST {api}/proposals` (API.md) as a zod schema: the source of the published
 * JSON Schema, for whoever writes the server. The widget builds it with `toPayload`.
 */
export const proposalPayloadSchema = z.object({
  title: z.string().check(z.minLength(1)),
  problem: z.string().check(z.minLength(1)),
  solution: z.string().check(z.minLength(1)),
  expectedResult: z.optional(z.string()),
  theme: z.optional(z.string()),
  locale: z.string().check(z.minLength(2)),
  author: z.optional(
    z.object({
      name: z.optional(z.string()),
      email: z.optional(z.string()),
      phone: z.optional(z.string()),
      gender: z.optional(z.enum(GENDERS)),
      ageRange: z.optional(z.enum(AGE_RANGES)),
    }),
  ),
  consent: z.literal(true),
});
