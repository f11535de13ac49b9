import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeParse } from 'valibot';
import { AMOUNT_KINDS, budgetLineSchema, parseBudgetJson, quickLine, toLine, type BudgetLine } from '../../src/budget-chart/schema.js';
import { parseBudgetCsv, type CsvParser } from '../../src/budget-chart/csv.js';
import { parseAmount } from '../../src/budget-chart/amount.js';
import { buildTree, levelAt, sectionTotals, yearOverYear, type BudgetTree } from '../../src/budget-chart/tree.js';
import { loadPapaForTests } from '../budget-chart/papa.js';
import { anyJson, anyText, compact, isoInstant, localizedText, mix, mutate, mutations, nastyString, onlyInvalid, params, quietConsole } from './arbitraries.js';

let papa: CsvParser;
before(async () => {
  papa = await loadPapaForTests();
});

const amount = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -1e9, max: 1e12 }) },
  { weight: 1, arbitrary: fc.double({ min: -1e12, max: 1e12, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1e9 }).map((n) => `${n}.5`) },
);
const amounts = fc
  .record({ proposed: amount, approved: amount, executed: amount }, { requiredKeys: [] })
  .filter((a) => Object.keys(a).length > 0);
const code = fc.oneof(fc.stringMatching(/^[0-9A-Za-z.\-]{1,6}$/), fc.integer({ min: 0, max: 9999 }));

/** A line that respects the contract (required: code, label, direction, at least one amount). */
const validLine = fc
  .record(
    {
      code,
      parent: fc.option(code, { nil: undefined }),
      label: localizedText,
      direction: fc.constantFrom('expenditure', 'revenue'),
      section: fc.constantFrom('operating', 'investment'),
      amounts,
    },
    { requiredKeys: ['code', 'label', 'direction', 'amounts'] },
  )
  .map(compact);

type L = Record<string, unknown>;
const BREAKERS: ((l: L) => unknown)[] = [
  ({ code: _, ...l }) => l,
  (l) => ({ ...l, code: '  ' }),
  (l) => ({ ...l, code: null }),
  ({ label: _, ...l }) => l,
  (l) => ({ ...l, label: 5 }),
  (l) => ({ ...l, direction: 'spending' }),
  ({ direction: _, ...l }) => l,
  (l) => ({ ...l, section: 'capital' }),
  (l) => ({ ...l, amounts: {} }),
  (l) => ({ ...l, amounts: { approved: 'douze' } }),
  (l) => ({ ...l, amounts: { approved: '1e5' } }),
  (l) => ({ ...l, amounts: { approved: 'NaN' } }),
  (l) => ({ ...l, amounts: { approved: null, executed: true } }),
  (l) => ({ ...l, amounts: [1, 2] }),
  ({ amounts: _, ...l }) => l,
  () => null,
  () => 'line',
  (l) => [l],
];
const invalidLine = fc.tuple(validLine, fc.nat()).map(([l, n]) => BREAKERS[n % BREAKERS.length](l as L));

/** A valid line with one field replaced by any JSON value (or deleted). */
const mutateLine = (line: fc.Arbitrary<Record<string, unknown>>) =>
  fc.tuple(line, fc.constantFrom('code', 'parent', 'label', 'direction', 'section', 'amounts', 'amounts.approved', 'amounts.proposed', 'label.fr'), fc.option(anyJson, { nil: undefined })).map(([l, field, value]) => {
    const copy = JSON.parse(JSON.stringify(l)) as Record<string, Record<string, unknown>>;
    const [head, tail] = field.split('.');
    if (!tail) (copy as Record<string, unknown>)[head] = value;
    else if (copy[head] && typeof copy[head] === 'object') copy[head][tail] = value;
    return copy;
  });

const doc = (years: unknown[], extra: Record<string, unknown> = {}) => ({ updatedAt: '2025-02-14T10:00:00+01:00', currency: 'MAD', years, ...extra });

const close = (a: number | undefined, b: number | undefined, scale: number) => {
  if (a === undefined || b === undefined) return expect(a).to.equal(b);
  expect(Math.abs(a - b), `${a} vs ${b}`).to.be.at.most(1e-9 * Math.max(1, scale));
};

/** Totals equal the sums of leaves, at the top and at every node; nothing counted twice or lost. */
function checkTree(tree: BudgetTree, lines: readonly BudgetLine[]): void {
  const leaves = [...tree.byCode.values()].filter((n) => !n.children.length);
  for (const kind of AMOUNT_KINDS) {
    const values = leaves.map((n) => n.own[kind]).filter((v): v is number => v !== undefined);
    const scale = values.reduce((s, v) => s + Math.abs(v), 0);
    close(tree.totals[kind], values.length ? values.reduce((s, v) => s + v, 0) : undefined, scale);
    for (const node of tree.byCode.values()) {
      if (!node.children.length) continue;
      const sum = node.children.map((c) => c.totals[kind]).filter((v): v is number => v !== undefined);
      close(node.totals[kind], sum.length ? sum.reduce((s, v) => s + v, 0) : undefined, scale);
    }
    const sections = sectionTotals(tree);
    const bySection = (['operating', 'investment', 'unspecified'] as const).map((s) => sections[s][kind]).filter((v): v is number => v !== undefined);
    close(bySection.length ? bySection.reduce((s, v) => s + v, 0) : undefined, tree.totals[kind], scale);
  }
  const unique = new Set(lines.map((l) => l.code));
  expect(tree.byCode.size + tree.notices.cycles.length).to.equal(unique.size);
  expect(tree.size).to.equal(tree.byCode.size);
  expect(new Set(tree.notices.duplicates)).to.deep.equal(new Set(lines.map((l) => l.code).filter((c, i, all) => all.indexOf(c) !== i)));
}

describe('fuzz: budget', function () {
  this.timeout(60_000);
  let quiet: ReturnType<typeof quietConsole>;
  beforeEach(() => (quiet = quietConsole()));
  afterEach(() => quiet.restore());

  it('JSON, any text: parses or fails as invalid', () => {
    fc.assert(fc.property(anyText, (text) => void onlyInvalid(() => parseBudgetJson(text))), params(300));
  });

  it('JSON, mutated valid documents: parse or fail as invalid; trees of what is kept add up', () => {
    fc.assert(
      fc.property(fc.array(validLine, { maxLength: 8 }), isoInstant, mutations, (lines, updatedAt, muts) => {
        const mutated = mutate(doc([{ year: 2024, lines }, { year: 2023, lines: lines.slice(0, 2) }], { updatedAt, entity: 'Commune', population: 1000 }), muts);
        const result = onlyInvalid(() => parseBudgetJson(JSON.stringify(mutated)));
        if (!result) return;
        for (const year of result.data.years) {
          for (const direction of ['expenditure', 'revenue'] as const) {
            const own = year.lines.filter((l) => l.direction === direction);
            const tree = buildTree(own);
            checkTree(tree, own);
            levelAt(tree, [own[0]?.code ?? 'x', 'y']);
            yearOverYear(result.data, direction, 'approved', year.year, []);
          }
        }
      }),
      params(250),
    );
  });

  it('the quick line reader agrees with the schema: what it reads, the schema reads the same; it reads every line with numeric amounts', () => {
    const anyLine = fc.oneof(validLine, invalidLine, mutateLine(validLine));
    fc.assert(
      fc.property(anyLine, (raw) => {
        const line = JSON.parse(JSON.stringify(raw ?? null)) as unknown;
        const quick = quickLine(line);
        const slow = safeParse(budgetLineSchema, line);
        if (quick) {
          expect(slow.success, JSON.stringify(line)).to.equal(true);
          if (slow.success) expect(quick).to.deep.equal(toLine(slow.output));
        }
        const amounts = (line as { amounts?: Record<string, unknown> } | null)?.amounts;
        const numeric = !!amounts && typeof amounts === 'object' && Object.values(amounts).every((value) => typeof value === 'number');
        // An own "__proto__" label key is left to the schema on purpose.
        if (slow.success && numeric && !JSON.stringify(line).includes('"__proto__"')) expect(quick, JSON.stringify(line)).to.deep.equal(toLine(slow.output));
      }),
      params(1000),
    );
  });

  it('JSON: keeps exactly the valid lines, in order, and counts the invalid ones', () => {
    fc.assert(
      fc.property(mix(fc.array(validLine, { maxLength: 8 }), fc.array(invalidLine, { maxLength: 6 })), ({ items, valid, invalidCount }) => {
        const { data, skipped } = parseBudgetJson(JSON.stringify(doc([{ year: 2024, lines: items }])));
        const kept = data.years.flatMap((y) => y.lines);
        expect(kept.map((l) => l.code)).to.deep.equal(valid.map((l) => String(l.code).trim()));
        expect(kept.map((l) => l.label)).to.deep.equal(valid.map((l) => l.label));
        expect(skipped).to.equal(invalidCount);
      }),
      params(300),
    );
  });

  it('the tree of any set of lines (duplicates, loops, unknown parents) has totals equal to the sums of leaves', () => {
    const small = fc.constantFrom('1', '2', '3', '1.1', '1.2', '2.1', '9', 'x');
    const line = fc.record({ code: small, parent: fc.option(small, { nil: undefined }), amounts, section: fc.option(fc.constantFrom('operating', 'investment'), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), (specs) => {
        const lines = specs.map((s) => compact({ ...s, label: s.code, direction: 'expenditure' as const })) as BudgetLine[];
        const parsed = lines.map((l) => ({ ...l, amounts: Object.fromEntries(Object.entries(l.amounts).map(([k, v]) => [k, parseAmount(v)])) })) as BudgetLine[];
        checkTree(buildTree(parsed), parsed);
      }),
      params(300),
    );
  });

  const quote = (cell: unknown) => `"${String(cell ?? '').replace(/"/g, '""')}"`;
  const HEADER = ['year', 'code', 'parent', 'label', 'direction', 'section', 'proposed', 'approved', 'executed'];

  it('CSV, any text: parses or fails as invalid (a missing column included)', () => {
    fc.assert(fc.property(anyText, (text) => void onlyInvalid(() => parseBudgetCsv(papa, text))), params(250));
    fc.assert(
      fc.property(fc.array(fc.array(nastyString, { maxLength: 10 }), { maxLength: 6 }), fc.constantFrom(',', ';', '\t'), (rows, sep) => {
        const text = [HEADER, ...rows].map((r) => r.map(quote).join(sep)).join('\n');
        const result = onlyInvalid(() => parseBudgetCsv(papa, text));
        if (result) for (const year of result.data.years) checkTree(buildTree(year.lines), year.lines);
      }),
      params(200),
    );
  });

  it('CSV: keeps exactly the valid rows and counts the invalid ones, whatever the separator', () => {
    const label = fc.string({ maxLength: 20 }).map((s) => `L${s}`);
    const row = fc.record({
      year: fc.integer({ min: 1900, max: 2200 }),
      code: fc.stringMatching(/^[0-9A-Za-z.]{1,6}$/),
      label,
      direction: fc.constantFrom('expenditure', 'revenue', 'Dépenses', 'recettes', 'نفقات'),
      section: fc.constantFrom('', 'operating', 'Investissement', 'التسيير'),
      approved: fc.integer({ min: -1e9, max: 1e12 }),
      executed: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: undefined }),
    });
    const badRow = fc.tuple(row, fc.nat()).map(([r, n]) => [{ ...r, year: 'next' }, { ...r, approved: 'douze' }, { ...r, label: '   ' }, { ...r, code: '' }, { ...r, direction: 'spending' }, { ...r, year: 1800 }][n % 6]);
    fc.assert(
      fc.property(mix(fc.array(row, { maxLength: 8 }), fc.array(badRow, { maxLength: 5 })), fc.constantFrom(',', ';', '\t'), fc.boolean(), ({ items, valid, invalidCount }, sep, bom) => {
        const rows = (items as Record<string, unknown>[]).map((r) => HEADER.map((h) => quote(r[h])).join(sep));
        const text = `${bom ? '\ufeff' : ''}${[HEADER.join(sep), ...rows].join('\r\n')}\r\n`;
        const { data, skipped } = parseBudgetCsv(papa, text);
        const kept = data.years.flatMap((y) => y.lines.map((l) => `${y.year}|${l.code}|${l.label}|${l.amounts.approved}`));
        const expected = valid.map((r) => `${r.year}|${r.code}|${r.label.trim()}|${r.approved}`);
        expect([...kept].sort()).to.deep.equal([...expected].sort());
        expect(skipped).to.equal(invalidCount);
      }),
      params(250),
    );
  });
});
