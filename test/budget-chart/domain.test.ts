import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseAmount } from '../../src/budget-chart/amount.js';
import { buildTree, change, executionRate, levelAt, perInhabitant, pickYear, sectionTotals, treeFor, yearOverYear, defaultKind, kindsPresent } from '../../src/budget-chart/tree.js';
import { parseBudgetJson, type BudgetLine } from '../../src/budget-chart/schema.js';
import { parseBudgetCsv, detectDelimiter } from '../../src/budget-chart/csv.js';
import { MissingColumnError } from '../../src/budget-chart/errors.js';
import { sortRows, toCsv, topWithOthers } from '../../src/budget-chart/figures.js';
import { buildChartConfig, type ChartSpec } from '../../src/budget-chart/chart-config.js';
import { barAfterKey, barsOf, MAX_BARS } from '../../src/budget-chart/chart-bars.js';
import { LoadError } from '../../src/core/loader.js';
import { budgetDocument, FINANCE_OFFICER_CSV } from './fixtures.js';
import { loadPapaForTests } from './papa.js';
import type { CsvParser } from '../../src/budget-chart/csv.js';

let papa: CsvParser;
before(async () => {
  papa = await loadPapaForTests();
});

const line = (code: string, parent: string | undefined, amounts: BudgetLine['amounts'], extra: Partial<BudgetLine> = {}): BudgetLine => ({
  code,
  ...(parent ? { parent } : {}),
  label: code,
  direction: 'expenditure',
  amounts,
  ...extra,
});

describe('budget amounts', () => {
  it('reads the ways people write amounts', () => {
    expect(parseAmount('1234.5')).to.equal(1234.5);
    expect(parseAmount('1 234,50')).to.equal(1234.5);
    expect(parseAmount('1\u00a0234\u00a0567,89')).to.equal(1234567.89);
    expect(parseAmount('1\u202f234')).to.equal(1234);
    expect(parseAmount('1.234.567,89')).to.equal(1234567.89);
    expect(parseAmount('1,234,567.89')).to.equal(1234567.89);
    expect(parseAmount('-12,5')).to.equal(-12.5);
    expect(parseAmount('(1 200)')).to.equal(-1200);
    expect(parseAmount('12,5', { decimalComma: true })).to.equal(12.5);
    expect(parseAmount('1,234', { decimalComma: false })).to.equal(1234);
    expect(parseAmount('1.234', { decimalComma: true })).to.equal(1234);
    expect(parseAmount('12.5', { decimalComma: true })).to.equal(12.5);
    expect(parseAmount(42)).to.equal(42);
  });
  it('tells an empty cell from text that is not an amount', () => {
    expect(parseAmount('')).to.equal(undefined);
    expect(parseAmount('  ')).to.equal(undefined);
    expect(parseAmount(undefined)).to.equal(undefined);
    for (const bad of ['douze', '12abc', '1,2,3.4.5', '--5', 'NaN', '1e5', '=SUM(A1)']) expect(parseAmount(bad), bad).to.be.NaN;
    expect(parseAmount(Infinity)).to.be.NaN;
    expect(parseAmount({})).to.be.NaN;
  });
  it('reads back any amount written in French format', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + Math.sign(whole || 1) * cents / 100;
        const text = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2 }).format(value);
        expect(parseAmount(text, { decimalComma: true })).to.be.closeTo(value, 1e-6);
      }),
    );
  });
});

describe('budget tree', () => {
  it('sums leaves only: a parent line’s own amounts never count twice', () => {
    const tree = buildTree([
      line('1', undefined, { approved: 999 }),
      line('1.1', '1', { approved: 10, executed: 8 }),
      line('1.2', '1', { approved: 5 }),
      line('2', undefined, { approved: 3, proposed: 4 }),
    ]);
    expect(tree.byCode.get('1')!.totals).to.deep.equal({ approved: 15, executed: 8 });
    expect(tree.totals).to.deep.equal({ approved: 18, executed: 8, proposed: 4 });
    expect(tree.roots.map((r) => r.code)).to.deep.equal(['1', '2']);
    expect(tree.notices).to.deep.equal({ unknownParents: [], cycles: [], duplicates: [] });
  });

  it('has totals equal to the sum of leaves for any tree (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.integer({ min: -1000, max: 100000 })), { minLength: 1, maxLength: 60 }), (spec) => {
        // Each line i may point to an earlier line (a tree) or to none.
        const lines = spec.map(([p, amount], i) => line(`c${i}`, i && p < i ? `c${p}` : undefined, { approved: amount }));
        const tree = buildTree(lines);
        const parents = new Set(lines.map((l) => l.parent).filter(Boolean));
        const leafSum = lines.filter((l) => !parents.has(l.code)).reduce((s, l) => s + l.amounts.approved!, 0);
        expect(tree.totals.approved).to.equal(leafSum);
        expect(tree.size).to.equal(lines.length);
      }),
    );
  });

  it('attaches lines with an unknown parent to the top and says so', () => {
    const tree = buildTree([line('1', undefined, { approved: 1 }), line('7.1', '7', { approved: 2 })]);
    expect(tree.roots.map((r) => r.code)).to.deep.equal(['1', '7.1']);
    expect(tree.notices.unknownParents).to.deep.equal(['7.1']);
    expect(tree.totals.approved).to.equal(3);
  });

  it('detects loops of parents, leaves them out and reports them; lines below a loop go to the top', () => {
    const tree = buildTree([
      line('A', 'B', { approved: 1 }),
      line('B', 'A', { approved: 2 }),
      line('S', 'S', { approved: 4 }),
      line('C', 'A', { approved: 8 }),
      line('ok', undefined, { approved: 16 }),
    ]);
    expect(tree.notices.cycles.sort()).to.deep.equal(['A', 'B', 'S']);
    expect(tree.notices.unknownParents).to.deep.equal(['C']);
    expect(tree.roots.map((r) => r.code).sort()).to.deep.equal(['C', 'ok']);
    expect(tree.totals.approved).to.equal(24);
    expect(tree.byCode.has('A')).to.equal(false);
  });

  it('keeps the first of duplicate codes and reports the code', () => {
    const tree = buildTree([line('1', undefined, { approved: 1 }), line('1', undefined, { approved: 100 }), line('1', undefined, { approved: 100 })]);
    expect(tree.notices.duplicates).to.deep.equal(['1']);
    expect(tree.totals.approved).to.equal(1);
  });

  it('shows negative amounts (corrections) in the sums', () => {
    const tree = buildTree([line('1', undefined, { approved: 0 }), line('1.1', '1', { approved: 500 }), line('1.2', '1', { approved: -200 })]);
    expect(tree.totals.approved).to.equal(300);
  });

  it('inherits the section from ancestors and sums by section', () => {
    const tree = buildTree([
      line('1', undefined, { approved: 0 }, { section: 'operating' }),
      line('1.1', '1', { approved: 10 }),
      line('2', undefined, { approved: 5 }, { section: 'investment' }),
      line('3', undefined, { approved: 1 }),
    ]);
    expect(tree.byCode.get('1.1')!.section).to.equal('operating');
    const sums = sectionTotals(tree);
    expect(sums.operating.approved).to.equal(10);
    expect(sums.investment.approved).to.equal(5);
    expect(sums.unspecified.approved).to.equal(1);
  });

  it('handles a 5,000-deep chain and 5,000 lines without recursion limits', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => line(`c${i}`, i ? `c${i - 1}` : undefined, { approved: i }));
    const tree = buildTree(chain);
    expect(tree.totals.approved).to.equal(4999);
    expect(tree.byCode.get('c4999')!.depth).to.equal(4999);
  });

  it('finds the level at a drill-down path, keeping only its valid prefix', () => {
    const tree = buildTree([line('1', undefined, { approved: 1 }), line('1.1', '1', { approved: 1 }), line('1.1.1', '1.1', { approved: 1 })]);
    expect(levelAt(tree, []).items.map((n) => n.code)).to.deep.equal(['1']);
    expect(levelAt(tree, ['1']).items.map((n) => n.code)).to.deep.equal(['1.1']);
    expect(levelAt(tree, ['1', 'nope']).path).to.deep.equal(['1']);
    expect(levelAt(tree, ['1', '1.1', '1.1.1']).path).to.deep.equal(['1', '1.1']); // a leaf is not a level
  });

  it('computes execution rate, per-inhabitant amounts and change', () => {
    expect(executionRate({ approved: 200, executed: 150 })).to.equal(75);
    expect(executionRate({ approved: 0, executed: 150 })).to.equal(undefined);
    expect(executionRate({ approved: 200 })).to.equal(undefined);
    expect(perInhabitant(278000, 278000)).to.equal(1);
    expect(perInhabitant(100, undefined)).to.equal(undefined);
    expect(change(100, 110)).to.be.closeTo(10, 1e-9);
    expect(change(-100, -50)).to.be.closeTo(50, 1e-9);
    expect(change(0, 5)).to.equal(undefined);
  });
});

describe('budget documents', () => {
  it('reads JSON, picks the latest year with lines, and compares years by code', () => {
    const { data, skipped } = parseBudgetJson(JSON.stringify(budgetDocument()));
    expect(skipped).to.equal(0);
    expect(pickYear(data)).to.equal(2024);
    expect(pickYear(data, 2023)).to.equal(2023);
    expect(pickYear(data, 1999)).to.equal(2024);
    expect(defaultKind(data)).to.equal('approved');
    expect(kindsPresent(data)).to.deep.equal(['proposed', 'approved', 'executed']);
    const tree = treeFor(data, 2024, 'expenditure');
    expect(tree.totals).to.deep.equal({ proposed: 27000000, approved: 35700000, executed: 29200000 });
    expect(treeFor(data, 2024, 'expenditure')).to.equal(tree); // cached
    const yoy = yearOverYear(data, 'expenditure', 'approved', 2024, []);
    expect(yoy.years).to.deep.equal([2023, 2024]);
    expect(yoy.rows.map((r) => [r.code, r.values])).to.deep.equal([
      ['1', [25000000, 26700000]],
      ['2', [undefined, 9000000]],
    ]);
    expect(yoy.totals).to.deep.equal([25000000, 35700000]);
  });

  it('skips and counts lines with non-numeric amounts, no amount, a bad direction; keeps the rest', () => {
    const doc = budgetDocument();
    doc.years[1].lines.push(
      { code: 'x1', label: 'a', direction: 'expenditure', amounts: { approved: 'douze' as never } } as never,
      { code: 'x2', label: 'b', direction: 'expenditure', amounts: {} } as never,
      { code: 'x3', label: 'c', direction: 'spending', amounts: { approved: 1 } } as never,
      { code: 'x4', label: 'd', direction: 'expenditure', amounts: { approved: '1500.5' } } as never,
    );
    (doc.years as unknown[]).push({ year: 'next' }, { year: 2025, lines: [] });
    const { data, skipped } = parseBudgetJson(JSON.stringify(doc));
    expect(skipped).to.equal(4);
    expect(data.years.map((y) => y.year)).to.deep.equal([2023, 2024, 2025]);
    expect(data.years[1].lines.find((l) => l.code === 'x4')!.amounts.approved).to.equal(1500.5);
    expect(pickYear(data)).to.equal(2024); // 2025 has no lines
  });

  it('refuses a document that is not a budget as a whole', () => {
    for (const text of ['<html>', '{"years": []}', JSON.stringify({ ...budgetDocument(), currency: 'dirham' }), '[]']) {
      expect(() => parseBudgetJson(text), text).to.throw(LoadError);
    }
  });

  it('reads a finance officer’s French CSV export (BOM, ;, decimal commas) with the right totals', () => {
    const { data, skipped } = parseBudgetCsv(papa, FINANCE_OFFICER_CSV);
    expect(skipped).to.equal(0);
    expect(data.currency).to.equal('MAD');
    const tree = treeFor(data, 2024, 'expenditure');
    expect(tree.totals.approved).to.be.closeTo(35700000.25, 1e-6);
    expect(tree.totals.executed).to.be.closeTo(29200001.25, 1e-6);
    expect(tree.totals.proposed).to.equal(27000000); // 20's own 9 000 000 is not counted
    expect(tree.byCode.get('20.10')!.label).to.equal('Voirie; trottoirs');
    expect(tree.byCode.get('20.10')!.section).to.equal('investment');
    expect(treeFor(data, 2024, 'revenue').totals.approved).to.equal(30000000);
  });

  it('detects the separator from the header line', () => {
    expect(detectDelimiter('year;code;label\n1,2;3')).to.equal(';');
    expect(detectDelimiter('year,code,label')).to.equal(',');
    expect(detectDelimiter('year\tcode\tlabel')).to.equal('\t');
  });

  it('names the missing column of a CSV', () => {
    const cases: [string, string][] = [
      ['code,label,direction,approved\n1,a,expenditure,5', 'year'],
      ['year,label,direction,approved\n2024,a,expenditure,5', 'code'],
      ['year,code,direction,approved\n2024,1,expenditure,5', 'label'],
      ['year,code,label,approved\n2024,1,a,5', 'direction'],
      ['year,code,label,direction\n2024,1,a,expenditure', 'approved'],
      ['<!doctype html><p>Not found</p>', 'year'],
      ['', 'year'],
    ];
    for (const [text, column] of cases) {
      try {
        parseBudgetCsv(papa, text);
        expect.fail(`no error for ${column}`);
      } catch (error) {
        expect(error).to.be.instanceOf(MissingColumnError);
        expect((error as MissingColumnError).column).to.equal(column);
        expect((error as MissingColumnError).kind).to.equal('invalid');
      }
    }
  });

  it('reads label_xx columns as LocalizedText, skips bad rows and counts them', () => {
    const csv = [
      'year,code,parent,label,label_fr,label_ar,direction,section,proposed,approved,executed',
      '2024,1,,Plain,Fonctionnement,التسيير,expenditure,operating,,"1,500.5",',
      '2024,2,,Only plain,,,expenditure,investment,,200,',
      '2024,3,,Bad,,,expenditure,,,douze,',
      'soon,4,,Bad year,,,expenditure,,,1,',
      '2024,5,,No amounts,,,expenditure,,,,',
      '2024,6,,,,,expenditure,,,1,',
    ].join('\n');
    const { data, skipped } = parseBudgetCsv(papa, csv, { currency: 'EUR', population: 5 });
    expect(skipped).to.equal(4);
    expect(data.currency).to.equal('EUR');
    expect(data.population).to.equal(5);
    const lines = data.years[0].lines;
    expect(lines[0].label).to.deep.equal({ fr: 'Fonctionnement', ar: 'التسيير' });
    expect(lines[0].amounts).to.deep.equal({ approved: 1500.5 });
    expect(lines[1].label).to.equal('Only plain');
  });

  it('the demo CSV twin gives the same totals as the demo JSON, for every year, direction and section', async () => {
    const json = parseBudgetJson(await (await fetch('/demo/data/budget.json')).text()).data;
    const csv = parseBudgetCsv(papa, await (await fetch('/demo/data/budget.csv')).text()).data;
    expect(json.years.map((y) => y.year)).to.deep.equal(csv.years.map((y) => y.year));
    expect(json.years.length).to.be.greaterThan(1);
    for (const { year } of json.years) {
      for (const direction of ['expenditure', 'revenue'] as const) {
        const a = treeFor(json, year, direction);
        const b = treeFor(csv, year, direction);
        expect(a.size).to.be.greaterThan(3);
        for (const kind of ['proposed', 'approved', 'executed'] as const) {
          expect(b.totals[kind], `${year} ${direction} ${kind}`).to.be.closeTo(a.totals[kind]!, 0.005);
          expect(sectionTotals(b).investment[kind] ?? 0).to.be.closeTo(sectionTotals(a).investment[kind] ?? 0, 0.005);
        }
        // A parent's subtotal in the file matches the sum of its leaves: no double counting.
        for (const root of a.roots) expect(root.totals.approved).to.be.closeTo(root.own.approved!, 0.01);
      }
    }
  });
});

describe('budget figures', () => {
  it('sorts with missing values last and stable ties', () => {
    const rows = [{ text: 'b', v: 2 }, { text: 'a', v: undefined }, { text: 'c', v: 2 }, { text: 'd', v: 9 }];
    expect(sortRows(rows, (r) => r.v, 'descending', 'en').map((r) => r.text)).to.deep.equal(['d', 'b', 'c', 'a']);
    expect(sortRows(rows, (r) => r.v, 'ascending', 'en').map((r) => r.text)).to.deep.equal(['b', 'c', 'd', 'a']);
    expect(sortRows(rows, (r) => r.text, 'ascending', 'en').map((r) => r.text)).to.deep.equal(['a', 'b', 'c', 'd']);
  });
  it('makes a collator only when it sorts texts (sorting by an amount loads no collation data)', () => {
    const made: unknown[][] = [];
    const Native = Intl.Collator;
    // A language no other test sorts in, so no collator is cached for it yet.
    const locale = 'nl';
    Intl.Collator = function (...args: unknown[]) {
      made.push(args);
      return new Native(...(args as ConstructorParameters<typeof Intl.Collator>));
    } as unknown as typeof Intl.Collator;
    try {
      const rows = [{ text: 'b', v: 2 }, { text: 'a', v: 9 }];
      expect(sortRows(rows, (r) => r.v, 'descending', locale).map((r) => r.text)).to.deep.equal(['a', 'b']);
      expect(made).to.have.length(0);
      expect(sortRows(rows, (r) => r.text, 'ascending', locale).map((r) => r.text)).to.deep.equal(['a', 'b']);
      expect(sortRows(rows, (r) => r.text, 'descending', locale).map((r) => r.text)).to.deep.equal(['b', 'a']);
      expect(made).to.have.length(1);
    } finally {
      Intl.Collator = Native;
    }
  });
  it('keeps the top bars and gathers the others', () => {
    expect(topWithOthers([1, 2, 3], 3)).to.deep.equal({ shown: [1, 2, 3], others: [] });
    expect(topWithOthers([1, 2, 3, 4, 5], 3)).to.deep.equal({ shown: [1, 2], others: [3, 4, 5] });
  });
  it('writes CSV with a BOM, quotes, and no spreadsheet formulas', () => {
    const text = toCsv(['Category', 'Approved'], [['Voirie, "trottoirs"', 1234.567], ['=HYPERLINK("x")', -5], ['', undefined]]);
    expect(text.startsWith('\uFEFF')).to.equal(true);
    expect(text).to.equal('\uFEFFCategory,Approved\r\n"Voirie, ""trottoirs""",1234.57\r\n"\'=HYPERLINK(""x"")",-5\r\n,\r\n');
  });
});

describe('budget chart configuration', () => {
  const spec = (rtl: boolean, orientation: 'horizontal' | 'vertical'): ChartSpec => ({
    labels: ['a', 'b'],
    series: [{ label: 'Approved', values: [1, 2], color: '#0072B2' }],
    orientation,
    rtl,
    colors: { text: '#111', grid: '#ccc', font: 'sans-serif' },
    formatTick: (v) => `${v} DH`,
    formatValue: (v) => `${v} DH`,
  });
  it('mirrors the axes and the bar order in RTL', () => {
    const ltr = buildChartConfig(spec(false, 'horizontal')).options!.scales!;
    const rtl = buildChartConfig(spec(true, 'horizontal')).options!.scales!;
    expect(ltr.x!.reverse).to.equal(false);
    expect(rtl.x!.reverse).to.equal(true);
    expect(ltr.y!.position).to.equal('left');
    expect(rtl.y!.position).to.equal('right');
    const vrtl = buildChartConfig(spec(true, 'vertical')).options!.scales!;
    expect(vrtl.x!.reverse).to.equal(true);
    expect(vrtl.y!.position).to.equal('right');
    expect(buildChartConfig(spec(true, 'vertical')).options!.plugins!.tooltip!.rtl).to.equal(true);
  });
  it('passes a clicked bar to onSelect (drill-down by mouse on the chart)', () => {
    const picked: number[] = [];
    const config = buildChartConfig({ ...spec(false, 'horizontal'), onSelect: (i) => picked.push(i) });
    const onClick = config.options!.onClick as unknown as (event: unknown, elements: { index: number }[]) => void;
    onClick({}, []);
    onClick({}, [{ index: 1 }]);
    expect(picked).to.deep.equal([1]);
  });
  it('uses the given colors and formats ticks with the compact formatter', () => {
    const config = buildChartConfig(spec(false, 'horizontal'));
    expect(config.data.datasets[0].backgroundColor).to.equal('#0072B2');
    const ticks = config.options!.scales!.x!.ticks as { callback: (v: number) => string };
    expect(ticks.callback(5)).to.equal('5 DH');
  });
});

describe('budget: the chart\'s bars', () => {
  const rows = Array.from({ length: MAX_BARS + 3 }, (_, i) => ({ text: `c${i}`, code: String(i), hasChildren: i === 0, approved: i + 1, executed: i === MAX_BARS ? undefined : 1 }));

  it('draws the first rows as bars and sums the rest into one "others" bar that does not open', () => {
    const bars = barsOf(rows, (r) => [r.approved, r.executed]);
    expect(bars).to.have.length(MAX_BARS);
    expect(bars[0]).to.deep.equal({ label: 'c0', code: '0', drill: true, values: [1, 1] });
    const others = bars[MAX_BARS - 1];
    expect(others.label).to.equal('Others (4)');
    expect(others.code).to.equal(undefined);
    expect(others.drill).to.equal(false);
    // approved: 15 + 16 + 17 + 18; executed: one row has none, the other three count.
    expect(others.values).to.deep.equal([66, 3]);
    expect(barsOf(rows.slice(0, MAX_BARS), (r) => [r.approved]).map((b) => b.label)).to.deep.equal(rows.slice(0, MAX_BARS).map((r) => r.text));
  });

  it('walks the bars with the arrows in the reading direction, Home and End, and stops at both ends', () => {
    expect(barAfterKey('ArrowRight', 0, 5, false)).to.equal(1);
    expect(barAfterKey('ArrowLeft', 0, 5, true)).to.equal(1);
    expect(barAfterKey('ArrowRight', 2, 5, true)).to.equal(1);
    expect(barAfterKey('ArrowDown', 4, 5, false)).to.equal(4);
    expect(barAfterKey('ArrowUp', 0, 5, false)).to.equal(0);
    expect(barAfterKey('Home', 3, 5, false)).to.equal(0);
    expect(barAfterKey('End', 0, 5, true)).to.equal(4);
    expect(barAfterKey('Enter', 0, 5, false)).to.equal(undefined);
  });
});
