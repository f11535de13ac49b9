// Strict Content-Security-Policy, end to end: every widget, in every state, in French and
// Arabic, with what a person does in it (the chart scrolled into view, the table, a drill-down,
// the month view, an iCalendar feed, a proposal sent to its receipt, complaints looked up in
// the three formats) under `style-src 'self'` and friends. Any securitypolicyviolation fails,
// and names the widget it came from.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, fillProposal, launchBrowser, lookUpComplaint, messagePattern, openRecorded, sendProposal, settled, startServer, STRICT_CSP, waitForState, webmasterPage, widgetText } from './harness.mjs';

const NOW = '2026-11-25T12:00:00+00:00';
const DATA_WIDGETS = ['#tracker', '#budget', '#budget-csv', '#calendar', '#month', '#ics', '#outcomes'];

/** Every widget, as a webmaster would paste them, reading the mock API's `scenario`. */
function everyWidget(scenario) {
  const api = `/api/${scenario}/`;
  return `<main>
  <og-commitment-tracker id="tracker"></og-commitment-tracker>
  <og-proposal-outcomes id="outcomes"></og-proposal-outcomes>
  <og-consultation-calendar id="calendar" now="${NOW}"></og-consultation-calendar>
  <og-consultation-calendar id="month" view="month" month="2026-12" now="${NOW}"></og-consultation-calendar>
  <og-consultation-calendar id="ics" src="${api}events.ics" view="month" month="2026-12" now="${NOW}"></og-consultation-calendar>
  <og-proposal-form id="form" min-fill-time="0" timeout="4000"></og-proposal-form>
  <og-complaint-status id="json" timeout="4000"></og-complaint-status>
  <og-complaint-status id="open311" format="open311" timeout="4000"></og-complaint-status>
  <og-complaint-status id="static" format="static" api="${api}static-complaints/" timeout="4000"></og-complaint-status>
  <og-poll id="poll" poll="budget-2027" min-fill-time="0" timeout="4000"></og-poll>
  <og-poll id="past" poll="000-1"></og-poll>
  <og-budget-chart id="budget"></og-budget-chart>
  <og-budget-chart id="budget-csv" src="${api}budget.csv" view="execution" year="2023"></og-budget-chart>
</main>`;
}

/**
 * What each scenario should end in: the data widgets, the sent proposal, the lookups.
 * `invalid` holds partly invalid documents (ready, with the "items not shown" notice), a CSV
 * that is not one (error), and answers a proposal with an HTML thank-you page (received, no
 * reference) and a complaint lookup with text that is not JSON (error).
 */
const CASES = [
  { scenario: 'demo', data: 'ready', form: 'submitted', lookup: 'ready' },
  { scenario: 'empty', data: 'empty', form: 'submitted', lookup: 'not-found' },
  { scenario: 'failing', data: 'error', form: 'error', lookup: 'error' },
  { scenario: 'invalid', data: 'ready', csv: 'error', form: 'submitted', lookup: 'error' },
];

describe('strict CSP (default-src, script-src, style-src, connect-src self)', () => {
  let browser;
  let server;
  before(async () => {
    browser = await launchBrowser();
    const pages = {};
    for (const { scenario } of CASES) {
      for (const lang of ['fr', 'ar']) {
        pages[`/${scenario}/${lang}.html`] = webmasterPage({ script: '/dist/opengov-widgets.iife.js', api: `/api/${scenario}/`, body: everyWidget(scenario), lang });
      }
    }
    server = await startServer({ mounts: { '/dist/': 'dist/' }, headers: { 'content-security-policy': STRICT_CSP }, pages });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const { scenario, data, csv = data, form, lookup } of CASES) {
    for (const lang of ['fr', 'ar']) {
      it(`every widget, ${scenario} data, ${lang}: no violation in any state`, async () => {
        const context = await browser.newContext();
        try {
          const { page, record } = await openRecorded(context, `${server.origin}/${scenario}/${lang}.html`);
          for (const selector of DATA_WIDGETS) await waitForState(page, selector, selector === '#budget-csv' ? csv : data);
          await waitForState(page, '#form', ['idle', 'error']);

          if (scenario === 'invalid') {
            // Partial: the valid items shown, the others counted.
            for (const selector of ['#tracker', '#budget', '#calendar', '#ics', '#outcomes']) assert.match(await widgetText(page, selector), await messagePattern(lang, 'core.partial'), selector);
          }

          // Tracker: a commitment's details opened.
          if ((await page.getAttribute('#tracker', 'state')) === 'ready') await page.locator('#tracker .disclosure').first().click();

          // Outcomes: a proposal found by its receipt reference (its detail and stepper open).
          if ((await page.getAttribute('#outcomes', 'state')) === 'ready') {
            await page.locator('#outcomes input[name=reference]').fill('P-2020-0001');
            await page.locator('#outcomes input[name=reference]').press('Enter');
            await page.waitForFunction(() => document.querySelector('#outcomes').shadowRoot.querySelector('[data-reference="P-2020-0001"][aria-expanded=true]'));
          }

          // Budget: the chart (chart.js arrives when the chart is scrolled into view), the table, a drill-down.
          const budgetReady = (await page.getAttribute('#budget', 'state')) === 'ready';
          if (budgetReady) {
            await page.locator('#budget').scrollIntoViewIfNeeded();
            await page.waitForFunction(() => ['ready', 'failed'].includes(document.querySelector('#budget').shadowRoot.querySelector('[data-chart]')?.dataset.chart), null, { timeout: 15_000 });
            assert.equal(await page.evaluate(() => document.querySelector('#budget').shadowRoot.querySelector('[data-chart]').dataset.chart), 'ready', 'the chart loads under the policy');
            await page.locator('#budget [data-display=table]').click();
            await page.locator('#budget button.open').first().click();
            await page.waitForFunction(() => document.querySelector('#budget').shadowRoot.querySelector('[part~=breadcrumb]'));
            await page.locator('#budget-csv').scrollIntoViewIfNeeded();
          }

          // Calendar: the month view's day with events, and the list's filters.
          if ((await page.getAttribute('#month', 'state')) === 'ready') {
            await page.locator('#month .day.has-events').first().click();
            await page.waitForFunction(() => document.querySelector('#month').shadowRoot.querySelector('[part~=day-panel]'));
          }

          // The proposal, filled and sent to its receipt (or its error).
          await fillProposal(page, '#form');
          await sendProposal(page, '#form');
          await waitForState(page, '#form', form);

          // Complaints in the three formats.
          await lookUpComplaint(page, '#json', 'SL-2024-000123');
          await lookUpComplaint(page, '#open311', '638344');
          await lookUpComplaint(page, '#static', 'SL-2024-000123', 'K7QF-2M9X');
          for (const selector of ['#json', '#open311']) await waitForState(page, selector, lookup);
          // A static folder without its index.json is an error, not "not found" (docs/complaint-status.md).
          await waitForState(page, '#static', lookup === 'not-found' ? 'error' : lookup);

          // Polls: a vote to its receipt and results, and a past poll's table (no poll files in the other scenarios).
          for (const selector of ['#poll', '#past']) await waitForState(page, selector, scenario === 'demo' ? 'ready' : 'error');
          if (scenario === 'demo') {
            await page.locator('#poll #c-wifi').click();
            await page.locator('#poll #c-roads').click();
            await page.locator('#poll [part~=vote]').click();
            await waitForState(page, '#poll', 'submitted');
            await page.waitForFunction(() => document.querySelector('#poll').shadowRoot.querySelector('.bars'));
            await page.locator('#past button[aria-pressed]').click();
          }

          if (scenario === 'demo') {
            assert.match(await widgetText(page, '#form'), /P-\d{4}-\d{4}/, 'the receipt shows the reference');
            assert.match(await widgetText(page, '#static'), /SL-2024-000123/);
          }
          // Let late renders (chart animation frames, focus moves) happen under the policy too.
          await settled(page);
          await assertClean(page, record, `${scenario}, ${lang}`);
        } finally {
          await context.close();
        }
      });
    }
  }
});
