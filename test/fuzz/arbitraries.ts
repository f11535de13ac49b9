/**
 * fast-check arbitraries shared by the fuzz suites: hostile strings, random JSON, mutations
 * of valid documents, and values that respect the data contract (docs/API.md).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LoadError } from '../../src/core/loader.js';
import { TEXT_PAYLOADS, URL_PAYLOADS } from '../helpers/xss-payloads.js';

/**
 * One seed for every property, so that `npm test` (and CI) is reproducible: a failure is the
 * same on every machine. To explore further, change it (or run with another) and keep what
 * fails as a fixed-input regression test.
 */
export const FUZZ_SEED = 20261125;
fc.configureGlobal({ seed: FUZZ_SEED });

/** Bounded runs; on failure fast-check prints the seed and path to replay it. */
export const params = (numRuns: number) => ({ numRuns, includeErrorInReport: true });

export const HUGE = 'x'.repeat(60_000);

export const NASTY_STRINGS = [
  '', ' ', '\t\n', 'NaN', 'Infinity', '-Infinity', '-0', '0', 'null', 'undefined', 'true', '1e309', '0x10', '1,5', '١٢٣',
  '\u202e', '\u200f', '\u200e', '\u200b', '\ufeff', '\u2028', '\u0000', '\ud800', '\udfff', '__proto__', 'constructor', 'toString',
  '2024-02-30', '2024-13-01', '2024-00-10', '0000-01-01', '+275760-09-13', '2024-02-30T10:00:00Z', '2024-05-02T24:00:00Z', '2024-05-02T10:00:00',
  '\u0627\u0644\u0645\u064a\u0632\u0627\u0646\u064a\u0629', 'ⵜⴰⵙⵏⴼⵍⵓⵜ', '🇲🇦👨‍👩‍👧', HUGE,
  ...TEXT_PAYLOADS.slice(0, 6),
  ...URL_PAYLOADS.slice(0, 6),
];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
);

/** Any JSON value, with hostile strings in it. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(nastyString, fc.oneof(nastyString, fc.double(), fc.constant(null), fc.boolean()), { maxKeys: 5 }),
  nastyString,
  // Objects that break String(x) or template literals when code forgets to check the type.
  fc.constantFrom<unknown>(JSON.parse('{"toString":1}'), JSON.parse('{"toString":null,"valueOf":null}'), JSON.parse('{"__proto__":{"x":1}}'), [[[[[]]]]]),
);

/** Any text a server might send instead of the document. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  anyJson.map((v) => JSON.stringify(v) ?? ''),
  fc.constantFrom('', '<!doctype html><html><body>Not found</body></html>', '\ufeff{}', '{"updatedAt":', 'null', '[]', '{}', '"string"', '{"a":1}{"b":2}', '\u0000'),
);

// ———————————————————————————————————— mutations

export const MUTATIONS = ['delete', 'replace', 'wrongType', 'huge', 'unicode', 'nanString', 'deep', 'null', 'emptyString', 'emptyObject'] as const;
export type MutationOp = (typeof MUTATIONS)[number];
export interface Mutation {
  at: number;
  op: MutationOp;
  value: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({ at: fc.nat(), op: fc.constantFrom(...MUTATIONS), value: anyJson });
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) node.forEach((v, i) => (out.push({ parent: node, key: i }), stack.push(v)));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) out.push({ parent: node as Record<string, unknown>, key: k }), stack.push(v);
  }
  return out;
}

const deep = (value: unknown, depth: number) => {
  let v = value;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

function mutateValue(current: unknown, op: MutationOp, value: unknown): unknown {
  switch (op) {
    case 'replace':
      // A copy: the arbitraries share some constant objects between runs, and a later mutation
      // in the same list must neither change them nor make them reach themselves.
      return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
    case 'wrongType':
      if (typeof current === 'string') return current.length % 2 ? 42 : [current];
      if (typeof current === 'number') return String(current);
      if (typeof current === 'boolean') return current ? 'true' : 0;
      if (Array.isArray(current)) return { ...current };
      if (current && typeof current === 'object') return [current];
      return {};
    case 'huge':
      return typeof current === 'string' ? current + HUGE : HUGE;
    case 'unicode':
      return typeof current === 'string' ? `\u202e${current}\u200f\u0000\ud800` : '\u202e\u200f';
    case 'nanString':
      return ['NaN', 'Infinity', '-0', '1e999', ''][(JSON.stringify(value) ?? '').length % 5];
    case 'deep':
      return deep(current, 1500);
    case 'null':
      return null;
    case 'emptyString':
      return '';
    case 'emptyObject':
      return {};
    default:
      return current;
  }
}

/** A copy of `doc` with the mutations applied at pseudo-random places (the root included). */
export function mutate<T>(doc: T, list: readonly Mutation[]): unknown {
  let root: unknown = JSON.parse(JSON.stringify(doc));
  for (const m of list) {
    const all = slots(root);
    const index = m.at % (all.length + 1);
    if (index === all.length) {
      root = m.op === 'delete' ? null : mutateValue(root, m.op, m.value);
      continue;
    }
    const { parent, key } = all[index];
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else {
      (parent as Record<string | number, unknown>)[key] = mutateValue((parent as Record<string | number, unknown>)[key], m.op, m.value);
    }
  }
  // What a server sends goes through JSON: no undefined, no null-prototype objects.
  return JSON.parse(JSON.stringify(root) ?? 'null');
}

// ———————————————————————————————————— contract values

const LANGS = ['ar', 'fr', 'en', 'zgh', 'es', 'ar-MA'];
export const text: fc.Arbitrary<string> = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 15 }), fc.constantFrom(...TEXT_PAYLOADS));
/** Any LocalizedText: a string, or an object of strings keyed by (mostly) language tags. */
export const localizedText: fc.Arbitrary<string | Record<string, string>> = fc.oneof(
  text,
  fc.dictionary(fc.oneof(fc.constantFrom(...LANGS), fc.string({ maxLength: 5 })), text, { minKeys: 0, maxKeys: 4 }),
);

const MIN = Date.UTC(1900, 0, 1);
const MAX = Date.UTC(2199, 11, 31);
export const dateValue = fc.date({ min: new Date(MIN), max: new Date(MAX), noInvalidDate: true });
/** `YYYY-MM-DD`. */
export const isoDay = dateValue.map((d) => d.toISOString().slice(0, 10));
const OFFSETS = ['Z', '+00:00', '+01:00', '-08:00', '+05:30', '-03:00', '+14:00'];
/** Formats an instant with an offset, as the contract writes them. */
export function formatInstant(ms: number, offset: string, millis = false): string {
  const shift = offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  const local = new Date(ms + shift).toISOString();
  return `${millis ? local.slice(0, 23) : local.slice(0, 19)}${offset}`;
}
/** An ISO 8601 instant with an offset, and its milliseconds. */
export const instantWithMs = fc
  .tuple(fc.integer({ min: MIN + 86_400_000, max: MAX - 86_400_000 }), fc.constantFrom(...OFFSETS), fc.boolean())
  .map(([ms, offset, millis]) => ({ ms: millis ? ms : ms - (ms % 1000), text: formatInstant(millis ? ms : ms - (ms % 1000), offset, millis) }));
export const isoInstant = instantWithMs.map((i) => i.text);

/** Any string: links are valid whatever they hold (an unsafe one is only dropped). */
export const anyUrl: fc.Arbitrary<string> = fc.oneof(fc.webUrl(), fc.constantFrom(...URL_PAYLOADS, 'mailto:a@example.org', 'tel:+212500000000', 'https://example.org/a b'), fc.string({ maxLength: 20 }));

/** Optional fields: present or absent (never `undefined` in the JSON). */
export const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

export const compact = <T extends Record<string, unknown>>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

/** Mixes valid and invalid items, remembering which is which. */
export function mix<V, I>(valid: fc.Arbitrary<V[]>, invalid: fc.Arbitrary<I[]>) {
  return fc.tuple(valid, invalid, fc.array(fc.nat(), { maxLength: 30 })).map(([v, i, order]) => {
    const items: { valid: boolean; item: unknown }[] = [...v.map((item) => ({ valid: true, item })), ...i.map((item) => ({ valid: false, item }))];
    // A deterministic shuffle driven by `order`, keeping valid items in their own order.
    const shuffled = [...items];
    order.forEach((n, k) => {
      const a = k % shuffled.length;
      const b = n % shuffled.length;
      if (shuffled.length && shuffled[a].valid !== shuffled[b].valid) [shuffled[a], shuffled[b]] = [shuffled[b], shuffled[a]];
    });
    const validInOrder = shuffled.filter((x) => x.valid).map((x) => x.item as V);
    return { items: shuffled.map((x) => x.item), valid: validInOrder, invalidCount: i.length };
  });
}

// ———————————————————————————————————— outcomes

/** Runs `fn`; a throw other than LoadError('invalid') fails the property. */
export function onlyInvalid<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    expectInvalid(error);
    return undefined;
  }
}

export async function onlyInvalidAsync<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    expectInvalid(error);
    return undefined;
  }
}

export function expectInvalid(error: unknown): void {
  if (!(error instanceof LoadError)) throw new Error(`threw ${String((error as Error)?.stack ?? error)} instead of LoadError('invalid')`);
  expect(error.kind, error.message).to.equal('invalid');
}

/** The contract's safe link protocols. */
export function expectSafeLink(url: unknown): void {
  if (url === undefined) return;
  expect(url).to.be.a('string');
  expect(['http:', 'https:', 'mailto:', 'tel:']).to.include(new URL(url as string).protocol);
}

/** Silences the validators' console warnings during a fuzz run (thousands of skips otherwise flood the log). */
export function quietConsole(): { restore: () => void; errors: unknown[][] } {
  const { warn, error } = console;
  const errors: unknown[][] = [];
  console.warn = () => {};
  console.error = (...args: unknown[]) => errors.push(args);
  return {
    errors,
    restore: () => {
      console.warn = warn;
      console.error = error;
    },
  };
}
