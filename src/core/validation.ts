import * as v from 'valibot';
import { LoadError } from './loader.js';
import { safeUrl } from './safe-url.js';

/**
 * valibot's object and record also take a list (as an object of its indexes: `[12, 5]` would be
 * counts for choices "0" and "1"). The contract's objects and maps are never lists, so these
 * refuse one as not an object, with the same issue a string or a number gets.
 */
function refusingLists<S extends v.GenericSchema>(schema: S): S {
  const run = schema['~run'];
  return {
    ...schema,
    '~run'(dataset, config) {
      if (!Array.isArray(dataset.value)) return run.call(this, dataset, config);
      const list: unknown = dataset.value;
      const refused = run.call(this, { value: null }, config);
      for (const issue of refused.issues ?? []) Object.assign(issue, { input: list, received: 'Array', message: `Invalid type: Expected ${issue.expected} but received Array` });
      return refused;
    },
  };
}

export const object = <const E extends v.ObjectEntries>(entries: E) => refusingLists(v.object(entries));
export const looseObject = <const E extends v.ObjectEntries>(entries: E) => refusingLists(v.looseObject(entries));
export const record = <const V extends v.GenericSchema>(value: V) => refusingLists(v.record(v.string(), value));

/** A string, or an object keyed by language tag (API.md's LocalizedText). */
export const localizedText = v.union([v.string(), record(v.string())]);
export type LocalizedText = v.InferOutput<typeof localizedText>;

/**
 * Optional beside the items of a document read from a platform (API.md, "Machine
 * translations"): by language tag, the texts that are machine translations (`{ "en": ["Street
 * lighting"] }`). The widgets mark each of them where it is shown.
 */
export const machineTranslated = record(v.array(v.string()));
export type MachineTranslated = v.InferOutput<typeof machineTranslated>;

/** The document's `machineTranslated` to spread into the parsed data: nothing when absent or not valid (nothing is then marked; no item is lost). */
export function withMachineTexts(value: unknown): { machineTranslated?: MachineTranslated } {
  const result = v.safeParse(machineTranslated, value);
  return result.success ? { machineTranslated: result.output } : {};
}

// A calendar date: the days each month has, 29 February in leap years only.
const DATE =
  '(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)';
// A time with seconds (and any fraction) and an offset or Z, as RFC 3339 requires.
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';

/** The patterns of `isoDate` and `isoInstant`: the JSON Schemas, the desk and `validate` know them by these. */
export const ISO_DATE = new RegExp(`^${DATE}$`);
export const ISO_INSTANT = new RegExp(`^${DATE}T${TIME}$`);

/** `YYYY-MM-DD`. */
export const isoDate = v.pipe(v.string(), v.regex(ISO_DATE, 'expected a date (YYYY-MM-DD)'));
/** ISO 8601 instant with an offset (or `Z`). */
export const isoInstant = v.pipe(v.string(), v.regex(ISO_INSTANT, 'expected a date and time with an offset'));

/**
 * A link from data: kept only when http(s), mailto or tel. Anything else becomes undefined
 * (the field is dropped, the item is kept).
 */
export const link = v.pipe(
  v.string(),
  v.transform((value) => safeUrl(value)),
);

/**
 * A rule across an object's fields (a due date not before the request…), checked only when its
 * fields have no problem of their own: a date that is not a date is told so once, not also
 * "before submittedAt" (valibot's own check would run beside the fields' problems).
 */
export const rule = <T>(requirement: (value: T) => boolean, message: string) =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.issues && !requirement(dataset.value)) addIssue({ message });
  });

/** A schema, as the functions that take any resource's see it. */
export type Schema = v.GenericSchema;
/** One problem found by a schema. */
export type Issue = v.BaseIssue<unknown>;

/** An issue's path as keys (`['commitments', 0, 'title']`). */
export const issueKeys = (issue: Issue): PropertyKey[] => (issue.path ?? []).map((item) => item.key as PropertyKey);

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
export function validItems<S extends Schema>(items: unknown, schema: S, path: string, report: ValidationReport): v.InferOutput<S>[] {
  if (!Array.isArray(items)) {
    report.skip(path, 'expected a list');
    return [];
  }
  const valid: v.InferOutput<S>[] = [];
  items.forEach((item, index) => {
    const result = v.safeParse(schema, item);
    if (result.success) valid.push(result.output);
    else report.skip(`${path}[${index}]`, describeIssues(result.issues));
  });
  return valid;
}

/** Validates a whole document: failing, it is an error state (kind `invalid`). */
export function parseWhole<S extends Schema>(schema: S, raw: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, raw);
  if (!result.success) {
    console.warn(`[opengov-widgets] document not valid: ${describeIssues(result.issues)}`);
    throw new LoadError('invalid', 'invalid');
  }
  return result.output;
}

// Kept free of the validator in its own module, so widgets that do not validate with it can use it.
export { parseJson } from './json.js';

export function describeIssues(issues: readonly Issue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const keys = issueKeys(issue);
      return `${keys.length ? keys.join('.') + ': ' : ''}${issue.message}`;
    })
    .join('; ');
}
