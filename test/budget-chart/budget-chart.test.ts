import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { nothing } from 'lit';
import { formatMoney } from '../../src/core/format.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/budget-chart/index.js';
import type { OgBudgetChart } from '../../src/budget-chart/index.js';
import { FIRST_ROWS, PAGE_SIZE, MAX_BARS } from '../../src/budget-chart/budget-chart.js';
import { query, queryAll, resetPage, stubFetch, textOf, useLocale, waitForState } from '../helpers/data-server.js';
import { captureDownload } from '../helpers/download.js';
import { budgetDocument, FINANCE_OFFICER_CSV } from './fixtures.js';
import { loadPapaForTests } from './papa.js';

const SRC = 'https://data.example.ma/opengov/budget.json';
const CSV_SRC = 'https://data.example.ma/opengov/budget.csv';

async function chart(answers: Parameters<typeof stubFetch>[0], attrs: { src?: string; year?: number; direction?: string; view?: string; format?: string; population?: number } = {}) {
  const requests = stubFetch(answers);
  const el = await fixture<OgBudgetChart>(html`<og-budget-chart
    src=${attrs.src ?? SRC}
    year=${attrs.year ?? nothing}
    direction=${attrs.direction ?? 'expenditure'}
    view=${attrs.view ?? 'categories'}
    format=${attrs.format ?? nothing}
    population=${attrs.population ?? nothing}
    .csvParserLoader=${loadPapaForTests}
  ></og-budget-chart>`);
  return { el, requests };
}

const rowNames = (el: Element) => queryAll(el, 'tbody tr').map((tr) => tr.querySelector('th')!.textContent!.replace(/\s+/g, ' ').trim());
const cells = (el: Element, selector = 'tfoot tr') => [...query(el, selector).querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
const normalize = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('<og-budget-chart>', () => {
  afterEach(resetPage);

  it('shows the latest year’s spending by category, sorted, with totals of leaves and per inhabitant', async () => {
    const { el } = await chart({ 'budget.json': { body: budgetDocument() } });
    await waitForState(el, 'ready');
    expect(query(el, 'h2').textContent).to.contain('Budget of Test commune');
    expect(textOf(el)).to.contain('Last updated: 14 February 2025');
    // Leaves: 20.5 M + 6.2 M + 7 M + 2 M = 35.7 M (parents' own amounts not added).
    expect(normalize(textOf(el))).to.contain('Total for 2024 (expenditure, approved): 35,700,000 MAD');
    expect(normalize(textOf(el))).to.contain('357 MAD per inhabitant (100,000 inhabitants)');
    expect(rowNames(el)).to.deep.equal(['Operating spending › 1', 'Investment spending › 2'].map((s) => s.replace(' › ', ' ')));
    const total = cells(el).map(normalize);
    expect(total).to.deep.equal(['27,000,000 MAD', '35,700,000 MAD', '29,200,000 MAD', '82%', '357 MAD']);
    expect(query(el, 'thead th[aria-sort=descending]').textContent).to.contain('Approved');
    expect(query(el, 'caption').textContent).to.contain('All expenditure');
    await expect(el).to.be.accessible();
  });

  it('fires og-load with the data and reflects state', async () => {
    stubFetch({ 'budget.json': { body: budgetDocument() } });
    const el = document.createElement('og-budget-chart');
    el.src = SRC;
    const loaded = new Promise<CustomEvent>((resolve) => document.addEventListener('og-load', (e) => resolve(e as CustomEvent), { once: true }));
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.data.years).to.have.length(2);
    expect(event.detail.skipped).to.equal(0);
    expect(el.getAttribute('state')).to.equal('ready');
    el.remove();
  });

  it('shows a skeleton with a status while loading', async () => {
    const { el } = await chart({ 'budget.json': { hang: true } });
    expect(el.getAttribute('state')).to.equal('loading');
    expect(query(el, '[role=status]').textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state', async () => {
    const { el } = await chart({ 'budget.json': { body: budgetDocument({ years: [{ year: 2025, lines: [] }] }) } });
    await waitForState(el, 'empty');
    expect(textOf(el)).to.contain('This budget has no lines yet.');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a working retry', async () => {
    const { el, requests } = await chart({ 'budget.json': [{ status: 503, body: {} }, { status: 503, body: {} }, { body: budgetDocument() }] });
    await waitForState(el, 'error');
    expect(query(el, '[role=alert]').textContent).to.contain('The server had a problem');
    await expect(el).to.be.accessible();
    query(el, '[role=alert] button').click();
    await waitForState(el, 'ready');
    expect(requests).to.have.length(3);
  });

  it('explains a document that is not a budget', async () => {
    const { el } = await chart({ 'budget.json': { body: '<!doctype html><p>Maintenance</p>' } });
    await waitForState(el, 'error');
    expect(textOf(el)).to.contain('The data received is not valid');
  });

  it('skips bad lines (counted), reports unknown parents, loops and duplicates, and shows negative amounts', async () => {
    const doc = budgetDocument();
    doc.years[1].lines.push(
      { code: 'x', label: 'Unreadable', direction: 'expenditure', amounts: { approved: 'twelve' } } as never,
      { code: '7.1', parent: '7', label: { en: 'Orphan' }, direction: 'expenditure', amounts: { approved: 1000 } } as never,
      { code: 'A', parent: 'B', label: 'Loop A', direction: 'expenditure', amounts: { approved: 5 } } as never,
      { code: 'B', parent: 'A', label: 'Loop B', direction: 'expenditure', amounts: { approved: 5 } } as never,
      { code: '1.2', parent: '1', label: 'Duplicate', direction: 'expenditure', amounts: { approved: 999999999 } } as never,
      { code: '1.3', parent: '1', label: { en: 'Correction' }, direction: 'expenditure', amounts: { approved: -200000 } } as never,
    );
    const { el } = await chart({ 'budget.json': { body: doc } });
    await waitForState(el, 'ready');
    expect(query(el, '[part~=partial]').textContent).to.contain('Items not shown because their data is not valid: 1');
    const text = textOf(el);
    expect(text).to.contain('Lines whose parent code was not found, shown at the top level: 7.1.');
    expect(text).to.contain('Lines left out because their parent codes form a loop: A, B.');
    expect(text).to.contain('Codes given more than once (only the first line is used): 1.2.');
    expect(normalize(cells(el)[1])).to.equal('35,501,000 MAD'); // 35.7 M + 1000 − 200 000
    query<HTMLButtonElement>(el, 'button.open[data-code="1"]').click();
    await el.updateComplete;
    const negative = query(el, 'tbody tr[data-code="1.3"] td.negative');
    expect(normalize(negative.textContent!)).to.contain('-200,000 MAD');
    await expect(el).to.be.accessible();
  });

  it('drills down by mouse on a row and by Enter on its button, with a breadcrumb back', async () => {
    const { el } = await chart({ 'budget.json': { body: budgetDocument() } });
    await waitForState(el, 'ready');
    query(el, 'tbody tr[data-code="2"] td').click();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Roads 2.1']);
    expect(query(el, '[aria-current=location]').textContent).to.contain('Investment spending');
    expect(el.shadowRoot!.activeElement).to.equal(query(el, '#level-title'));
    query<HTMLButtonElement>(el, 'button.open[data-code="2.1"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['New roads 2.1.1', 'Pavements 2.1.2']);
    expect(normalize(cells(el)[1])).to.equal('9,000,000 MAD');
    const crumbs = queryAll(el, '.breadcrumb li');
    expect(crumbs.map((li) => li.textContent!.trim())).to.deep.equal(['All expenditure', 'Investment spending', 'Roads']);
    await expect(el).to.be.accessible();
    crumbs[0].querySelector('button')!.click();
    await el.updateComplete;
    expect(rowNames(el)).to.have.length(2);
  });

  it('drills down from the chart with the keyboard (arrows + Enter)', async () => {
    const { el } = await chart({ 'budget.json': { body: budgetDocument() } });
    await waitForState(el, 'ready');
    const box = query(el, '.chart-box');
    box.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(normalize(query(el, '.chart [aria-live]').textContent!)).to.contain('Operating spending: Approved 26,700,000 MAD');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Roads 2.1']);
  });

  it('follows the year and direction attributes, and says when a year is missing', async () => {
    const { el } = await chart({ 'budget.json': { body: budgetDocument() } }, { year: 2023, direction: 'revenue' });
    await waitForState(el, 'ready');
    expect(normalize(textOf(el))).to.contain('Total for 2023 (revenue, approved): 28,000,000 MAD');
    expect(query<HTMLSelectElement>(el, 'select[name=year]').value).to.equal('2023');
    el.direction = 'expenditure';
    el.year = 1999;
    await el.updateComplete;
    expect(textOf(el)).to.contain('The year 1999 is not in the data; showing 2024.');
    expect(normalize(textOf(el))).to.contain('Total for 2024 (expenditure, approved): 35,700,000 MAD');
    const select = query<HTMLSelectElement>(el, 'select[name=year]');
    select.value = '2023';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(normalize(textOf(el))).to.contain('Total for 2023 (expenditure, approved): 25,000,000 MAD');
  });

  it('shows approved against executed with the execution rate', async () => {
    const { el } = await chart({ 'budget.json': { body: budgetDocument() } }, { view: 'execution' });
    await waitForState(el, 'ready');
    expect(query(el, '[data-view=execution]').getAttribute('aria-pressed')).to.equal('true');
    const row = [...query(el, 'tbody tr[data-code="2"]').querySelectorAll('td')].map((td) => normalize(td.textContent!.trim()));
    expect(row).to.include('48%'); // 4.3 M of 9 M
    await expect(el).to.be.accessible();
  });

  it('shows revenue against expenditure by section', async () => {
    const { el } = await chart({ 'budget.json': { body: budgetDocument() } }, { view: 'overview' });
    await waitForState(el, 'ready');
    expect(queryAll(el, 'tbody th').map((th) => th.textContent!.trim())).to.deep.equal(['Operating', 'Investment']);
    expect(cells(el, 'tbody tr:nth-child(1)').map(normalize)).to.deep.equal(['30,000,000 MAD', '26,700,000 MAD', '3,300,000 MAD']);
    expect(cells(el, 'tbody tr:nth-child(2)').map(normalize)).to.deep.equal(['5,000,000 MAD', '9,000,000 MAD', '-4,000,000 MAD']);
    expect(cells(el).map(normalize)).to.deep.equal(['35,000,000 MAD', '35,700,000 MAD', '-700,000 MAD']);
    await expect(el).to.be.accessible();
  });

  it('compares years, with the change, and offers it only with several years', async () => {
    const { el } = await chart({ 'budget.json': { body: budgetDocument() } }, { view: 'years' });
    await waitForState(el, 'ready');
    expect(queryAll(el, 'thead th').map((th) => th.textContent!.trim())).to.deep.equal(['Category', '2023', '2024', 'Change 2023–2024']);
    expect(cells(el, 'tbody tr[data-code="1"]').map(normalize)).to.deep.equal(['25,000,000 MAD', '26,700,000 MAD', '+7%']);
    expect(cells(el, 'tbody tr[data-code="2"]').map(normalize)).to.deep.equal(['—', '9,000,000 MAD', '—']);
    await expect(el).to.be.accessible();
    // Categories open from this view too (the button, or the row); a row without sub-categories opens nothing.
    query(el, 'tbody tr[data-code="1"] button.open').click();
    await el.updateComplete;
    expect(query(el, '[aria-current=location]').textContent).to.contain('Operating spending');
    expect(cells(el, 'tbody tr[data-code="1.1"]').map(normalize)).to.deep.equal(['19,000,000 MAD', '20,500,000 MAD', '+8%']);
    query(el, 'tbody tr[data-code="1.1"] td').click();
    await el.updateComplete;
    expect(query(el, '[aria-current=location]').textContent).to.contain('Operating spending');
    const one = budgetDocument();
    one.years.shift();
    const single = await chart({ 'budget.json': { body: one } }, { view: 'years' });
    await waitForState(single.el, 'ready');
    expect(queryAll(single.el, '[data-view=years]')).to.have.length(0);
    expect(query(single.el, '[data-view=categories]').getAttribute('aria-pressed')).to.equal('true');
  });

  it('sorts the table by a column header, announcing the order', async () => {
    const { el } = await chart({ 'budget.json': { body: budgetDocument() } });
    await waitForState(el, 'ready');
    query(el, 'button[data-sort=label]').click();
    await el.updateComplete;
    expect(query(el, 'button[data-sort=label]').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(rowNames(el)[0]).to.contain('Investment');
    query(el, 'button[data-sort=label]').click();
    await el.updateComplete;
    expect(rowNames(el)[0]).to.contain('Operating');
    query(el, 'button[data-sort=executed]').click();
    await el.updateComplete;
    expect(query(el, 'button[data-sort=executed]').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(query(el, 'button[data-sort=label]').closest('th')!.getAttribute('aria-sort')).to.equal('none');
  });

  it('toggles between chart and table only', async () => {
    const { el } = await chart({ 'budget.json': { body: budgetDocument() } });
    await waitForState(el, 'ready');
    expect(query(el, 'figure.chart')).to.exist;
    query(el, '[data-display=table]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('figure.chart')).to.equal(null);
    expect(query(el, 'table')).to.exist;
    expect(query(el, '[data-display=table]').getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('downloads the figures shown as CSV', async () => {
    const { el } = await chart({ 'budget.json': { body: budgetDocument() } });
    await waitForState(el, 'ready');
    const download = await captureDownload(() => query(el, 'button[data-download]').click());
    expect(download.name).to.equal('budget-2024-expenditure.csv');
    const text = await download.blob.text();
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).to.equal('Code,Category,Proposed,Approved,Executed,Execution rate,Approved per inhabitant');
    expect(lines[1]).to.equal('1,Operating spending,27000000,26700000,24900000,93.26,267');
    expect(lines.at(-1)).to.equal(',Total,27000000,35700000,29200000,81.79,357');
  });

  it('reads the CSV twin when src ends in .csv, and format="csv" for any name', async () => {
    const csv = await (await fetch('/demo/data/budget.csv')).text();
    const json = await (await fetch('/demo/data/budget.json')).json();
    const a = await chart({ 'budget.csv': { body: csv, headers: { 'content-type': 'text/csv' } } }, { src: CSV_SRC, population: 278000 });
    await waitForState(a.el, 'ready');
    const b = await chart({ 'budget.json': { body: json } });
    await waitForState(b.el, 'ready');
    expect(cells(a.el)).to.deep.equal(cells(b.el));
    expect(rowNames(a.el)).to.deep.equal(rowNames(b.el));
    const c = await chart({ 'export?id=7': { body: csv } }, { src: 'https://data.example.ma/export?id=7', format: 'csv' });
    await waitForState(c.el, 'ready');
    expect(cells(c.el)[1]).to.equal(cells(b.el)[1]);
  });

  it('shows the right totals from a finance officer’s French CSV export', async () => {
    await useLocale('fr');
    const { el } = await chart({ 'budget.csv': { body: FINANCE_OFFICER_CSV } }, { src: CSV_SRC });
    await waitForState(el, 'ready');
    const total = cells(el).map(normalize);
    // Whatever the browser's French grouping, the amounts are those of the file.
    expect(total.slice(0, 3)).to.deep.equal([27000000, 35700000.25, 29200001.25].map((v) => normalize(formatMoney(v, 'MAD', 'fr'))));
    expect(total[1]).to.match(/^35.700.000,25 DH$/);
    expect(rowNames(el)[0]).to.contain('Dépenses de fonctionnement');
    await expect(el).to.be.accessible();
  });

  it('names the missing column of a CSV, with a retry, in the page language', async () => {
    const { el } = await chart({ 'budget.csv': { body: 'year;code;label;direction;approved\n2024;1;x;expenditure;5'.replace('direction;', '') } }, { src: CSV_SRC });
    await waitForState(el, 'error');
    expect(query(el, '[role=alert]').textContent).to.contain('The CSV file has no "direction" column.');
    expect(query(el, '[role=alert]').textContent).to.contain('year, code, parent, label, direction, section, proposed, approved, executed');
    await expect(el).to.be.accessible();
    await useLocale('fr');
    await el.updateComplete;
    expect(query(el, '[role=alert]').textContent).to.contain('Le fichier CSV n\'a pas de colonne « direction »');
  });

  it('renders HTML and script payloads from data as text', async () => {
    const doc = budgetDocument();
    Object.assign(doc.years[1].lines[1], { label: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>' });
    Object.assign(doc, { entity: '<b>x</b>' });
    const { el } = await chart({ 'budget.json': { body: doc } });
    await waitForState(el, 'ready');
    query<HTMLButtonElement>(el, 'button.open[data-code="1"]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(textOf(el)).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  // The rows after the first frame's are drawn once it is painted: wait for them with a bound.
  const allRowsDrawn = (el: OgBudgetChart) => waitUntil(() => !el.shadowRoot!.querySelector('table[aria-busy]'), 'the table stays busy');

  it(`keeps 5,000 lines light: at most ${PAGE_SIZE} rows and ${MAX_BARS} bars at once, ${FIRST_ROWS} in the first frame`, async () => {
    const lines = [
      { code: 'root', label: 'Everything', direction: 'expenditure', amounts: { approved: 0 } },
      ...Array.from({ length: 4999 }, (_, i) => ({ code: `l${i}`, parent: 'root', label: `Line ${i}`, direction: 'expenditure', amounts: { approved: 1000 + i, executed: i } })),
    ];
    const { el } = await chart({ 'budget.json': { body: budgetDocument({ years: [{ year: 2024, lines }] }) } });
    await waitForState(el, 'ready');
    query<HTMLButtonElement>(el, 'button.open[data-code="root"]').click();
    await el.updateComplete;
    // The frame that opens the level draws its first rows; the totals and "show more" already count them all.
    expect(queryAll(el, 'tbody tr')).to.have.length(FIRST_ROWS);
    expect(query(el, 'table').getAttribute('aria-busy')).to.equal('true');
    expect(query(el, 'button.more').textContent).to.contain(`${4999 - PAGE_SIZE} left`);
    expect(rowNames(el)[0]).to.contain('Line 4998');
    expect(normalize(cells(el)[0])).to.equal(`${(4999 * 1000 + (4998 * 4999) / 2).toLocaleString('en-GB')} MAD`);
    await allRowsDrawn(el);
    expect(queryAll(el, 'tbody tr')).to.have.length(PAGE_SIZE);
    expect(rowNames(el)[PAGE_SIZE - 1]).to.contain(`Line ${4998 - PAGE_SIZE + 1}`);
    // "Show more" keeps the rows drawn and adds the next ones in the same two steps.
    query(el, 'button.more').click();
    await el.updateComplete;
    expect(queryAll(el, 'tbody tr')).to.have.length(PAGE_SIZE + FIRST_ROWS);
    await allRowsDrawn(el);
    expect(queryAll(el, 'tbody tr')).to.have.length(PAGE_SIZE * 2);
    const box = query(el, '.chart-box');
    box.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(query(el, '.chart [aria-live]').textContent).to.contain(`Others (${4999 - (MAX_BARS - 1)})`);
  });

  for (const locale of ['fr', 'ar', 'zgh', 'en'] as const) {
    it(`speaks ${locale}, with the right direction, Latin digits, and stays accessible in every view`, async () => {
      await useLocale(locale);
      const { el } = await chart({ 'budget.json': { body: budgetDocument() } });
      await waitForState(el, 'ready');
      expect(el.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      const expected = { fr: 'Toutes les dépenses', ar: 'جميع النفقات', zgh: 'ⴰⴽⴽⵯ ⵉⵙⵉⵜⵜⴰⵢⵏ', en: 'All expenditure' }[locale];
      expect(textOf(el)).to.contain(expected);
      expect(textOf(el)).not.to.match(/[٠-٩]/);
      if (locale === 'fr') expect(normalize(textOf(el))).to.match(/35.700.000 DH/);
      expect(textOf(el)).not.to.contain('is not in the data');
      if (locale === 'ar') expect(normalize(textOf(el))).to.contain('د.م.');
      for (const view of ['categories', 'execution', 'overview', 'years']) {
        query(el, `[data-view=${view}]`).click();
        await el.updateComplete;
        await expect(el, `${locale} ${view}`).to.be.accessible();
      }
    });
  }

  it('draws the chart with chart.js once visible, mirrored in Arabic', async () => {
    await useLocale('ar');
    const { el } = await chart({ 'budget.json': { body: budgetDocument() } });
    await waitForState(el, 'ready');
    await waitUntil(() => el.chartLoaded && query(el, 'figure.chart').dataset.chart === 'ready', 'chart not loaded');
    await el.updateComplete;
    const canvas = query<HTMLCanvasElement>(el, 'canvas');
    const { Chart } = await import('chart.js');
    const instance = Chart.getChart(canvas)!;
    expect(instance).to.exist;
    expect(instance.options.scales!.x!.reverse).to.equal(true);
    expect((instance.options.scales!.y as { position?: string }).position).to.equal('right');
    expect(instance.data.labels).to.deep.equal(['التسيير', 'التجهيز']);
  });
});
