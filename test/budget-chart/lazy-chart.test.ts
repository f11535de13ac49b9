/**
 * chart.js is loaded only when the widget comes near the viewport. This file runs in its own
 * page, so nothing has imported the chart module before these tests.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/budget-chart/index.js';
import type { ChartModule, OgBudgetChart } from '../../src/budget-chart/budget-chart.js';
import { query, resetPage, stubFetch, waitForState } from '../helpers/data-server.js';
import { waitUntil } from '../helpers/wait.js';
import { budgetDocument } from './fixtures.js';

const chartRequests = () => performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /chart-renderer|chart\.js|chunks\/helpers/.test(name));

/**
 * Resolves once the browser has worked out where `el` stands against the viewport: the first
 * callback of an observer made now. The widget's own observer, made earlier, is called first in
 * the same task, so whatever it was to do on that news has been done. (Proving that something
 * does not happen, without waiting a fixed time for it.)
 */
const intersectionChecked = (el: Element) =>
  new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });

describe('<og-budget-chart> loads chart.js lazily', () => {
  afterEach(resetPage);

  it('requests nothing of chart.js while below the fold, then loads it when scrolled near', async () => {
    stubFetch({ 'budget.json': { body: budgetDocument() } });
    const page = await fixture<HTMLElement>(html`<div>
      <div style="block-size: 4000px">spacer</div>
      <og-budget-chart src="https://data.example.ma/budget.json"></og-budget-chart>
    </div>`);
    const el = page.querySelector('og-budget-chart')!;
    await waitForState(el, 'ready');
    await el.updateComplete;
    await intersectionChecked(el);
    expect(chartRequests()).to.deep.equal([]);
    expect(el.chartLoaded).to.equal(false);
    expect(query(el, 'table')).to.exist; // the table never waits for chart.js
    expect(query(el, 'figure.chart').dataset.chart).to.equal('idle');

    el.scrollIntoView();
    await waitUntil(() => el.chartLoaded, 'chart module loaded after scrolling');
    expect(chartRequests().some((name) => name.includes('chart-renderer'))).to.equal(true);
    await waitUntil(() => query(el, 'figure.chart').dataset.chart === 'ready', 'chart ready');
    window.scrollTo(0, 0);
  });

  it('calls its chart loader only near the viewport, and shows the table while it waits or fails', async () => {
    stubFetch({ 'budget.json': { body: budgetDocument() } });
    let calls = 0;
    let fail!: (e: Error) => void;
    const loader = () => {
      calls++;
      return new Promise<ChartModule>((_, reject) => (fail = reject));
    };
    const page = await fixture<HTMLElement>(html`<div>
      <div style="block-size: 4000px">spacer</div>
      <og-budget-chart src="https://data.example.ma/budget.json" .chartLoader=${loader}></og-budget-chart>
    </div>`);
    const el = page.querySelector<OgBudgetChart>('og-budget-chart')!;
    await waitForState(el, 'ready');
    await el.updateComplete;
    await intersectionChecked(el);
    expect(calls).to.equal(0);
    // Within 200px of the viewport counts as near.
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight - 150);
    await waitUntil(() => calls === 1, 'loader called when near');
    expect(query(el, 'figure.chart').dataset.chart).to.equal('loading');
    expect(query(el, 'tbody tr')).to.exist;
    fail(new Error('offline'));
    await waitUntil(() => query(el, 'figure.chart').dataset.chart === 'failed', 'failure shown');
    expect(query(el, 'figure.chart').textContent).to.contain('The chart could not be loaded. The table has the same figures.');
    await expect(el).to.be.accessible();
    window.scrollTo(0, 0);
  });

  it('never loads chart.js in table-only mode', async () => {
    stubFetch({ 'budget.json': { body: budgetDocument() } });
    let calls = 0;
    const page = await fixture<HTMLElement>(html`<div>
      <div style="block-size: 4000px">spacer</div>
      <og-budget-chart src="https://data.example.ma/budget.json" .chartLoader=${() => (calls++, new Promise<ChartModule>(() => {}))}></og-budget-chart>
    </div>`);
    const el = page.querySelector<OgBudgetChart>('og-budget-chart')!;
    await waitForState(el, 'ready');
    query(el, '[data-display=table]').click();
    await el.updateComplete;
    el.scrollIntoView();
    await intersectionChecked(el);
    expect(calls).to.equal(0);
    query(el, '[data-display=chart]').click();
    await waitUntil(() => calls === 1, 'loader called when the chart is shown again');
    window.scrollTo(0, 0);
  });

  it('starts as a table only with display="table", in view, without loading chart.js until asked', async () => {
    stubFetch({ 'budget.json': { body: budgetDocument() } });
    let calls = 0;
    const el = await fixture<OgBudgetChart>(
      html`<og-budget-chart display="table" src="https://data.example.ma/budget.json" .chartLoader=${() => (calls++, new Promise<ChartModule>(() => {}))}></og-budget-chart>`,
    );
    await waitForState(el, 'ready');
    await el.updateComplete;
    await intersectionChecked(el);
    expect(el.shadowRoot!.querySelector('figure.chart')).to.equal(null);
    expect(query(el, 'tbody tr')).to.exist;
    expect(query(el, '[data-display=table]').getAttribute('aria-pressed')).to.equal('true');
    expect(calls).to.equal(0);
    // Drilling down in table-only mode keeps it so, and still loads nothing.
    query(el, 'button.open[data-code]').click();
    await el.updateComplete;
    await intersectionChecked(el);
    expect(el.shadowRoot!.querySelector('figure.chart')).to.equal(null);
    expect(calls).to.equal(0);
    await expect(el).to.be.accessible();
    // The page can switch it back; so can the visitor's button.
    el.setAttribute('display', 'chart');
    await el.updateComplete;
    expect(query(el, 'figure.chart')).to.exist;
    await waitUntil(() => calls === 1, 'loader called once the chart is shown');
    el.setAttribute('display', 'table');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('figure.chart')).to.equal(null);
  });
});
