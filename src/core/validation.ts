import * as z from 'zod/mini';
import { LoadError } from './loader.js';
import { safeUrl } from './safe-url.js';

/** A string, or an object keyed by language tag (API.md's LocalizedText). */
export const localizedText = z.union([z.string(), z.record(z.string(), z.string())]);
export type LocalizedText = z.infer<typeof localizedText>;

/**
 * Optional beside the items of a document read from a platform (API.md, "Machine
 * translations"): by language tag, the texts that are machine translations (`{ "en": ["Street
 * lighting"] }`). The widgets mark each of them where it is shown.
 */
export const machineTranslated = z.record(z.string(), z.array(z.string()));
export type MachineTranslated = z.infer<typeof machineTranslated>;

/** The document's `machineTranslated` to spread into the parsed data: nothing when absent or not valid (nothing is then marked; no item is lost). */
export function withMachineTexts(value: unknown): { machineTranslated?: MachineTranslated } {
  const result = machineTranslated.safeParse(value);
  return result.success ? { machineTranslated: result.data } : {};
}

/** `YYYY-MM-DD`. */
export const isoDate = z.iso.date();
/** ISO 8601 instant with an offset (or `Z`). */
export const isoInstant = z.iso.datetime({ offset: true });

/**
 * A link from data: kept only when http(s), mailto or tel. Anything else becomes undefined
 * (the field is dropped, the item is kept).
 */
export const link = z.pipe(z.string(), z.transform((value) => safeUrl(value)));

/** One item that was left out, with where and why. */
export interface SkippedItem {
  path: string;
  message: string;
}

/** Collects what tolerant validation skipped, so the widget can say how many. */
export class ValidationReport {
  readonly skipped: SkippedItem[] = [];
  skip(path: string, message: string): void {
    this.skipped.push({ path, message });
    console.warn(`[opengov-widgets] skipped ${path}: ${message}`);
  }
}

/**
 * Validates each element of `items` alone: valid ones are returned, invalid ones are
 * skipped and logged with their path. A non-array yields nothing and one skip.
 */
export function validItems<S extends z.ZodMiniType>(
  items: unknown,
  schema: S,
  path: string,
  report: ValidationReport,
): z.output<S>[] {
  if (!Array.isArray(items)) {
    report.skip(path, 'expected a list');
    return [];
  }
  const valid: z.output<S>[] = [];
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) valid.push(result.data);
    else report.skip(`${path}[${index}]`, describeIssues(result.error.issues));
  });
  return valid;
}

/** Validates a whole document: failing, it is an error state (kind `invalid`). */
export function parseWhole<S extends z.ZodMiniType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    console.warn(`[opengov-widgets] document not valid: ${describeIssues(result.error.issues)}`);
    throw new LoadError('invalid', 'invalid');
  }
  return result.data;
}

// Kept free of zod in its own module, so widgets that do not validate with zod can use it.
export { parseJson } from './json.js';

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`)
    .join('; ');
}
