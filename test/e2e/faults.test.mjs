// Fault injection, end to end, against the built files: every widget meets a slow, hanging,
// failing, rate-limited, malformed, truncated, stalled, mislabelled (HTML) and 10 MB answer
// from the demo's mock API (demo/mock-api.js, scenarios documented there), then the network
// goes away after a first load. For each: the host's `state`, the localized message, the
// og-error event and its kind, no page error, no unhandled rejection, no CSP violation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertClean,
  fillProposal,
  launchBrowser,
  lookUpComplaint,
  messagePattern,
  openRecorded,
  pageRecord,
  sendProposal,
  startServer,
  STRICT_CSP,
  waitForState,
  webmasterPage,
  widgetText,
} from './harness.mjs';

const NOW = '2026-11-25T12:00:00+00:00';
/** Short timeouts: a hanging or stalled answer is given up after 1.5 s. */
const TIMEOUT = 1500;

/** Every widget of the library; data widgets in both their formats, lookups in the three. */
function everyWidget(api, timeout = TIMEOUT) {
  return `<button id="host-button" type="button">Host page button</button>
  <og-commitment-tracker id="tracker" timeout="${timeout}"></og-commitment-tracker>
  <og-budget-chart id="budget" timeout="${timeout}"></og-budget-chart>
  <og-budget-chart id="budget-csv" src="${api}budget.csv" timeout="${timeout}"></og-budget-chart>
  <og-consultation-calendar id="calendar" now="${NOW}" timeout="${timeout}"></og-consultation-calendar>
  <og-consultation-calendar id="ics" src="${api}events.ics" now="${NOW}" timeout="${timeout}"></og-consultation-calendar>
  <og-proposal-form id="form" min-fill-time="0" timeout="${timeout}"></og-proposal-form>
  <og-complaint-status id="json" timeout="${timeout}"></og-complaint-status>
  <og-complaint-status id="open311" format="open311" timeout="${timeout}"></og-complaint-status>
  <og-complaint-status id="static" format="static" api="${api}static-complaints/" timeout="${timeout}"></og-complaint-status>
  <script src="/host/host.js"></script>`;
}

/** The host page's own script: counts clicks on its button, noting what the widgets were doing. */
const HOST_SCRIPT = `window.hostClicks = [];
const button = document.getElementById('host-button');
button.addEventListener('click', () => {
  window.hostClicks.push([...document.querySelectorAll('[state]')].map((el) => el.getAttribute('state')));
});
// ?ticker: the host page clicks its own button every 50 ms, as a busy page would use its main thread.
if (location.search.includes('ticker')) window.hostTicker = setInterval(() => button.click(), 50);`;

const DATA = ['#tracker', '#budget', '#budget-csv', '#calendar', '#ics'];
const LOOKUPS = ['#json', '#open311', '#static'];

/**
 * What each fault must end in. `data`: every data widget unless `dataExcept` says otherwise
 * (the state, the core message id, the og-error kind/reason; no `error` = no og-error).
 * `form`: after sending (message id, og-error or og-submit). `lookup`: the three lookups.
 */
const FAULTS = {
  internal: {
    lang: 'fr',
    data: { state: 'error', message: 'core.error.server', error: 'http/server/500' },
    form: { state: 'error', message: 'proposals.failure.server', error: 'http/server/500' },
    lookup: { message: 'core.error.server', error: 'http/server/500' },
  },
  ratelimited: {
    lang: 'ar',
    data: { state: 'error', message: 'core.error.rate-limited-wait', error: 'http/rate-limited/429', blocked: true },
    form: { state: 'error', message: 'proposals.failure.retry-in', error: 'http/rate-limited/429', blocked: true },
    lookup: { message: 'complaints.retry-in-seconds', error: 'http/rate-limited/429', blocked: true },
  },
  malformed: {
    lang: 'fr',
    data: { state: 'error', message: 'core.error.invalid', error: 'invalid/invalid' },
    dataExcept: {
      // A CSV with a quote never closed: the rows it swallowed are counted, the rest shown.
      '#budget-csv': { state: 'ready', message: 'core.partial', skipped: true },
      // An iCalendar feed cut inside its only event: that event is counted as not valid.
      '#ics': { state: 'empty', message: 'core.partial', skipped: true },
    },
    // A 200 whose body is not JSON: received, without a reference (docs/proposal-form.md).
    form: { state: 'submitted', message: 'proposals.receipt.no-reference', configError: 'invalid/invalid' },
    lookup: { message: 'core.error.invalid', error: 'invalid/invalid' },
  },
  truncated: {
    lang: 'ar',
    data: { state: 'error', message: 'core.error.network', error: 'network/network' },
    form: { state: 'error', message: 'proposals.failure.server', error: 'network/network' },
    lookup: { message: 'core.error.network', error: 'network/network' },
  },
  html: {
    lang: 'fr',
    data: { state: 'error', message: 'core.error.invalid', error: 'invalid/invalid' },
    dataExcept: { '#budget-csv': { state: 'error', message: 'budget.error.columns-help', error: 'invalid/invalid' } },
    form: { state: 'submitted', message: 'proposals.receipt.no-reference', configError: 'invalid/invalid' },
    lookup: { message: 'core.error.invalid', error: 'invalid/invalid' },
  },
  huge: {
    lang: 'ar',
    data: { state: 'error', message: 'core.error.too-large', error: 'invalid/too-large/200' },
    form: { state: 'error', message: 'core.error.too-large', error: 'invalid/too-large/200' },
    lookup: { message: 'core.error.too-large', error: 'invalid/too-large/200' },
  },
  hang: {
    lang: 'fr',
    data: { state: 'error', message: 'core.error.timeout', error: 'timeout/timeout' },
    form: { state: 'error', message: 'proposals.failure.timeout', error: 'timeout/timeout' },
    lookup: { message: 'core.error.timeout', error: 'timeout/timeout' },
  },
  stall: {
    lang: 'ar',
    data: { state: 'error', message: 'core.error.timeout', error: 'timeout/timeout' },
    form: { state: 'error', message: 'proposals.failure.timeout', error: 'timeout/timeout' },
    lookup: { message: 'core.error.timeout', error: 'timeout/timeout' },
  },
};

const errorOf = (events, id, source) => events.filter((e) => e.type === 'og-error' && e.id === id && (source === undefined || e.source === source));
const describeError = (e) => [e.kind, e.reason, e.status].filter((x) => x !== undefined && x !== null).join('/');

describe('fault injection, end to end', () => {
  let browser;
  let server;
  before(async () => {
    browser = await launchBrowser();
    const pages = {};
    for (const [scenario, { lang }] of Object.entries(FAULTS)) {
      pages[`/${scenario}.html`] = webmasterPage({ script: '/dist/opengov-widgets.iife.js', api: `/api/${scenario}/`, body: everyWidget(`/api/${scenario}/`, scenario === 'huge' ? 20_000 : TIMEOUT), lang });
    }
    for (const [name, lang] of [['slow', 'fr'], ['demo', 'ar'], ['demo-fr', 'fr']]) {
      const api = `/api/${name.replace('-fr', '')}/`;
      pages[`/${name}.html`] = webmasterPage({ script: '/dist/opengov-widgets.iife.js', api, body: everyWidget(api, name === 'slow' ? 10_000 : TIMEOUT), lang });
    }
    // The host page's script, served from its own origin as a strict CSP requires.
    const hostFolder = await mkdtemp(join(tmpdir(), 'og-host-'));
    await writeFile(join(hostFolder, 'host.js'), HOST_SCRIPT);
    server = await startServer({ mounts: { '/dist/': 'dist/', '/host/': hostFolder }, headers: { 'content-security-policy': STRICT_CSP }, pages });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [scenario, expected] of Object.entries(FAULTS)) {
    it(`${scenario}: every widget says what happened (${expected.lang})`, async () => {
      const context = await browser.newContext();
      try {
        const huge = scenario === 'huge';
        // ?ticker: the host page uses its main thread (and its button) all along.
        const { page, record } = await openRecorded(context, `${server.origin}/${scenario}.html${huge ? '?ticker' : ''}`);
        const lang = expected.lang;
        for (const selector of DATA) {
          const want = expected.dataExcept?.[selector] ?? expected.data;
          await waitForState(page, selector, want.state);
        }
        await waitForState(page, '#form', ['idle', 'error']);
        const typed = await fillProposal(page, '#form', { title: `Abri ${scenario}`, problem: 'On attend sous la pluie au terminus.' });
        await sendProposal(page, '#form');
        await lookUpComplaint(page, '#json', 'SL-2024-000123');
        await lookUpComplaint(page, '#open311', '638344');
        await lookUpComplaint(page, '#static', 'SL-2024-000123', 'K7QF-2M9X');
        await waitForState(page, '#form', expected.form.state);
        for (const selector of LOOKUPS) await waitForState(page, selector, 'error');

        const { events } = await pageRecord(page);
        // Data widgets: state, message, event.
        for (const selector of DATA) {
          const want = expected.dataExcept?.[selector] ?? expected.data;
          const id = selector.slice(1);
          assert.match(await widgetText(page, selector), await messagePattern(lang, want.message), `${selector} says it`);
          if (want.state === 'error') assert.equal(await page.isDisabled(`${selector} [part~=retry]`), !!want.blocked, `${selector}: retry waits only after a Retry-After`);
          const errors = errorOf(events, id);
          if (want.error) {
            assert.deepEqual(errors.map(describeError), [want.error], `${selector}: one og-error`);
          } else {
            assert.deepEqual(errors, [], `${selector}: no og-error`);
            const loads = events.filter((e) => e.type === 'og-load' && e.id === id);
            assert.equal(loads.length, 1);
            if (want.skipped) assert.ok(loads[0].skipped > 0, `${selector}: og-load counts the skipped items`);
          }
        }
        // The proposal form: the settings' failure, then the sending.
        const formText = await widgetText(page, '#form');
        assert.match(formText, await messagePattern(lang, expected.form.message));
        const configErrors = errorOf(events, 'form', 'config').map(describeError);
        assert.deepEqual(configErrors, [expected.form.configError ?? expected.form.error ?? expected.data.error], 'og-error for the settings');
        if (expected.form.state === 'error') {
          assert.match(formText, await messagePattern(lang, 'proposals.failure.title'));
          assert.deepEqual(errorOf(events, 'form', 'submit').map(describeError), [expected.form.error]);
          // Nothing the person wrote is lost.
          assert.equal(await page.inputValue('#form [name=title]'), typed.title);
          assert.equal(await page.inputValue('#form [name=problem]'), typed.problem);
          assert.equal(await page.isDisabled('#form [part~=submit]'), !!expected.form.blocked, 'the send button waits only after a Retry-After');
        } else {
          assert.equal(events.filter((e) => e.type === 'og-submit' && e.id === 'form').length, 1);
        }
        // The three lookups.
        for (const selector of LOOKUPS) {
          const text = await widgetText(page, selector);
          assert.match(text, await messagePattern(lang, 'complaints.error.title'), selector);
          assert.match(text, await messagePattern(lang, expected.lookup.message), selector);
          assert.deepEqual(errorOf(events, selector.slice(1)).map(describeError), [expected.lookup.error], `${selector}: og-error`);
          assert.equal(await page.isDisabled(`${selector} [part~=retry]`), !!expected.lookup.blocked, `${selector}: retry waits only after a Retry-After`);
        }
        if (huge) {
          // The host page's click handler ran while the widgets were reading the 10 MB answers...
          const clicks = await page.evaluate(() => (clearInterval(window.hostTicker), window.hostClicks));
          assert.ok(clicks.filter((states) => states.includes('loading')).length >= 1, `the host page's handler ran during the loads (${clicks.length} clicks)`);
          // ...and still runs once they refused them.
          await page.click('#host-button');
          assert.equal((await page.evaluate(() => window.hostClicks)).length, clicks.length + 1);
        }
        await assertClean(page, record, scenario);
      } finally {
        await context.close();
      }
    });
  }
  it('slow (3 s): skeletons meanwhile, the host page works, then everything arrives (fr)', async () => {
    const context = await browser.newContext();
    try {
      // What each widget says while it is loading, noted by the page itself at every frame: a
      // check from here, one widget after the other, could come after the 3 s on a busy machine.
      await context.addInitScript((selectors) => {
        const seen = {};
        Object.defineProperty(window, '__ogLoadingText', { value: seen, enumerable: false });
        const look = () => {
          for (const selector of selectors) {
            const el = document.querySelector(selector);
            if (el?.getAttribute('state') === 'loading' && el.shadowRoot?.textContent?.trim()) seen[selector] = el.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
          }
          // The last text before the data came: the page's translations may arrive after the first frame.
          if (Object.keys(seen).length < selectors.length || selectors.some((selector) => document.querySelector(selector)?.getAttribute('state') === 'loading')) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }, DATA);
      const { page, record } = await openRecorded(context, `${server.origin}/slow.html`);
      await page.waitForFunction(() => window.hostClicks);
      const loading = await messagePattern('fr', 'core.loading');
      for (const selector of DATA) await page.waitForFunction((s) => s in window.__ogLoadingText, selector, { timeout: 20_000 });
      await page.click('#host-button');
      assert.equal((await page.evaluate(() => window.hostClicks)).length, 1);
      for (const selector of DATA) await waitForState(page, selector, 'ready', 10_000);
      for (const selector of DATA) assert.match(await page.evaluate((s) => window.__ogLoadingText[s], selector), loading, selector);
      await waitForState(page, '#form', 'idle');
      await fillProposal(page, '#form');
      await sendProposal(page, '#form');
      await waitForState(page, '#form', 'submitting');
      await lookUpComplaint(page, '#json', 'SL-2024-000123');
      await waitForState(page, '#json', 'loading');
      await page.click('#host-button');
      assert.equal((await page.evaluate(() => window.hostClicks)).length, 2);
      await waitForState(page, '#form', 'submitted', 10_000);
      await waitForState(page, '#json', 'ready', 10_000);
      const { events } = await pageRecord(page);
      assert.deepEqual(events.filter((e) => e.type === 'og-error'), []);
      await assertClean(page, record, 'slow');
    } finally {
      await context.close();
    }
  });

  it('offline after a first load: the last good copy with its date, the text kept, the lookup says offline (fr)', async () => {
    const context = await browser.newContext();
    try {
      const { page, record } = await openRecorded(context, `${server.origin}/demo-fr.html`);
      for (const selector of DATA) await waitForState(page, selector, 'ready');
      await waitForState(page, '#form', 'idle');
      const typed = await fillProposal(page, '#form', { title: 'Un abri hors ligne' });
      const wentOffline = new Date();
      await context.setOffline(true);

      // Data widgets read again (their retry path) and a new widget inserted now.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('og-commitment-tracker, og-budget-chart, og-consultation-calendar')) el.reload();
        const fresh = document.createElement('og-commitment-tracker');
        fresh.id = 'fresh';
        document.body.append(fresh);
      });
      const offlineNotice = await messagePattern('fr', 'core.offline');
      for (const selector of [...DATA, '#fresh']) {
        await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('[part~=offline]'), selector, { timeout: 10_000 });
        assert.equal(await page.getAttribute(selector, 'state'), 'ready', selector);
        const notice = await page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('[part~=offline]').textContent.replace(/\s+/g, ' ').trim(), selector);
        assert.match(notice, offlineNotice, selector);
        // The date of the copy, as the page shows dates: this year, in Latin digits.
        assert.match(notice, new RegExp(String(wentOffline.getFullYear())), `${selector}: the copy's date`);
      }
      const { events } = await pageRecord(page);
      for (const selector of DATA) {
        const loads = events.filter((e) => e.type === 'og-load' && e.id === selector.slice(1));
        assert.equal(loads.length, 2, selector);
        assert.equal(loads[0].offlineSince, undefined);
        const since = Date.parse(loads[1].offlineSince);
        assert.ok(since <= wentOffline.getTime(), `${selector}: offlineSince is when the copy was saved`);
      }

      // The proposal: sending fails as offline, and what the person wrote stays.
      await sendProposal(page, '#form');
      await waitForState(page, '#form', 'error');
      assert.match(await widgetText(page, '#form'), await messagePattern('fr', 'proposals.failure.offline'));
      assert.equal(await page.inputValue('#form [name=title]'), typed.title);
      assert.equal(await page.inputValue('#form [name=solution]'), typed.solution);
      // The lookups say the network is gone.
      await lookUpComplaint(page, '#json', 'SL-2024-000123');
      await lookUpComplaint(page, '#open311', '638344');
      for (const selector of ['#json', '#open311']) {
        await waitForState(page, selector, 'error');
        assert.match(await widgetText(page, selector), await messagePattern('fr', 'core.error.offline'));
      }
      const after = (await pageRecord(page)).events.filter((e) => e.type === 'og-error');
      assert.deepEqual(
        after.map((e) => `${e.id}:${e.kind}/${e.reason}`),
        ['form:network/offline', 'json:network/offline', 'open311:network/offline'],
      );
      await assertClean(page, record, 'offline');
    } finally {
      await context.close();
    }
  });

  it('reloaded with the data source unreachable: the last good copies and the draft come back (ar)', async () => {
    const context = await browser.newContext();
    try {
      const { page, record } = await openRecorded(context, `${server.origin}/demo.html`);
      for (const selector of DATA) await waitForState(page, selector, 'ready');
      await waitForState(page, '#form', 'idle');
      const typed = await fillProposal(page, '#form', { title: 'مأوى في المحطة', problem: 'ننتظر تحت المطر.' });
      await page.waitForFunction((title) => Object.values(localStorage).some((v) => v.includes(title)), typed.title);
      // The page and the library still load; every request to the data source fails.
      await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
      await page.reload();
      const offlineNotice = await messagePattern('ar', 'core.offline');
      for (const selector of DATA) {
        await waitForState(page, selector, 'ready');
        assert.match(await widgetText(page, selector), offlineNotice, selector);
      }
      await waitForState(page, '#form', ['idle', 'error']);
      assert.equal(await page.inputValue('#form [name=title]'), typed.title);
      assert.equal(await page.inputValue('#form [name=problem]'), typed.problem);
      assert.match(await widgetText(page, '#form'), await messagePattern('ar', 'proposals.draft.restored'));
      await assertClean(page, record, 'reload');
    } finally {
      await context.close();
    }
  });
});
