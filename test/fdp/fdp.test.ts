/**
 * `<og-budget-chart>` reading a Fiscal Data Package (demo/data/fdp/: a descriptor and a CSV
 * with two phases and two classifications) shows the same totals as the equivalent file in
 * our contract (demo/data/fdp/equivalent-budget.json).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/budget-chart/index.js';
import type { OgBudgetChart } from '../../src/budget-chart/index.js';
import { query, queryAll, resetPage, textOf, useLocale, waitForState } from '../helpers/data-server.js';
import { loadPapaForTests } from '../budget-chart/papa.js';

async function chart(src: string, attrs: { year?: number; direction?: string; classification?: string } = {}) {
  const el = await fixture<OgBudgetChart>(html`<og-budget-chart
    src=${src}
    year=${attrs.year ?? nothing}
    direction=${attrs.direction ?? 'expenditure'}
    classification=${attrs.classification ?? nothing}
    view="categories"
    .csvParserLoader=${loadPapaForTests}
  ></og-budget-chart>`);
  await waitForState(el, 'ready', 'empty', 'error');
  return el;
}

const table = (el: Element) => ({
  rows: queryAll(el, 'tbody tr').map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim()),
  total: query(el, 'tfoot tr').textContent!.replace(/\s+/g, ' ').trim(),
});

async function showTable(el: OgBudgetChart) {
  const button = queryAll<HTMLButtonElement>(el, 'button').find((b) => /table/i.test(b.textContent ?? ''));
  button?.click();
  await el.updateComplete;
}

describe('<og-budget-chart> with a Fiscal Data Package', () => {
  afterEach(resetPage);

  for (const [year, direction] of [
    [2024, 'expenditure'],
    [2024, 'revenue'],
    [2025, 'expenditure'],
  ] as const) {
    it(`${year} ${direction}: the same rows and totals as the equivalent budget.json`, async () => {
      const fdp = await chart('/api/demo/fdp/datapackage.json', { year, direction });
      expect(fdp.getAttribute('state')).to.equal('ready');
      await showTable(fdp);
      const fromPackage = table(fdp);
      const json = await chart('/api/demo/fdp/equivalent-budget.json', { year, direction });
      await showTable(json);
      const fromContract = table(json);
      expect(fromPackage.total).to.equal(fromContract.total);
      expect(fromPackage.rows).to.deep.equal(fromContract.rows);
      expect(fromPackage.rows.length).to.be.greaterThan(0);
    });
  }

  // The same budget in long format (demo/data/fdp-long/): one amount column, the phase in a column of its own.
  for (const [year, direction] of [
    [2024, 'expenditure'],
    [2024, 'revenue'],
    [2025, 'expenditure'],
  ] as const) {
    it(`long format (a phase column): ${year} ${direction}, the same rows and totals as the equivalent budget.json`, async () => {
      const fdp = await chart('/api/demo/fdp-long/datapackage.json', { year, direction });
      expect(fdp.getAttribute('state')).to.equal('ready');
      expect(queryAll(fdp, '[part~="partial"]')).to.have.length(0);
      await showTable(fdp);
      const fromPackage = table(fdp);
      const json = await chart('/api/demo/fdp/equivalent-budget.json', { year, direction });
      await showTable(json);
      expect(fromPackage.total).to.equal(table(json).total);
      expect(fromPackage.rows).to.deep.equal(table(json).rows);
      if (year === 2024 && direction === 'expenditure') {
        const total = fromPackage.total.replace(/[\u00a0\u202f]/g, ' ');
        expect(total).to.contain('13,500,000.5');
        expect(total).to.contain('11,700,000');
      }
    });
  }

  it('both phases: approved and executed 2024 totals', async () => {
    const el = await chart('/api/demo/fdp/datapackage.json', { year: 2024 });
    await showTable(el);
    const total = table(el).total.replace(/[\u00a0\u202f]/g, ' ');
    expect(total).to.contain('13,500,000.5');
    expect(total).to.contain('11,700,000');
  });

  it('labels in the page language (Arabic), from the package’s label columns', async function () {
    // The chart module, papaparse and axe on a shared 2-core machine: more than the default 20 s bound.
    this.timeout(60_000);
    await useLocale('ar');
    const el = await chart('/api/demo/fdp/datapackage.json', { year: 2024 });
    expect(textOf(el)).to.contain('الطرق والإنارة');
    await expect(el).to.be.accessible();
  });

  it('the other classification (economic) draws another tree with the same total', async () => {
    const el = await chart('/api/demo/fdp/datapackage.json', { year: 2024, classification: 'economic' });
    await showTable(el);
    const { rows, total } = table(el);
    expect(rows.join(' ')).to.contain('Personnel');
    expect(rows.join(' ')).to.contain('Travaux');
    expect(total.replace(/[\u00a0\u202f]/g, ' ')).to.contain('13,500,000.5');
  });

  it('a model naming a column the CSV lacks: its own message, and a retry', async () => {
    const el = await chart('/api/demo/fdp-broken/datapackage.json');
    expect(el.getAttribute('state')).to.equal('error');
    expect(query(el, '[part~="error"]').textContent).to.contain('column');
    expect(query(el, 'button[part~="retry"]')).to.exist;
  });
});
