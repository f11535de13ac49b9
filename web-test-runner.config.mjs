// Browser tests run in Debian's Chromium (through Playwright) and Debian's Firefox ESR (through
// puppeteer-core over WebDriver BiDi), never in a downloaded browser. Every test file runs in both.
// OG_BROWSERS=chromium or OG_BROWSERS=firefox runs one of them only (default: both).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import * as puppeteerCore from 'puppeteer-core';
import { mockApi } from './demo/mock-api.js';
import { totalsReporter } from './scripts/wtr-totals-reporter.mjs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The demo's mock API, wrapped for the test server (Koa). */
function mockApiMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/api/')) return next();
  return new Promise((resolve, reject) => {
    ctx.respond = false;
    mockApi(ctx.req, ctx.res, () => {
      ctx.respond = true;
      next().then(resolve, reject);
    })
      .then(() => {
        if (!ctx.respond) ctx.res.once('finish', resolve);
      })
      .catch(reject);
  });
}

/** A page whose navigation may take long: on a busy machine, opening a test file's page (its
 * modules transformed on the fly) took more than the default 30 s (scripts/stress-test.sh). */
async function patientPage(context) {
  const page = await context.newPage();
  page.setDefaultNavigationTimeout(120_000);
  return page;
}

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
      },
      createPage: ({ context }) => patientPage(context),
    }),
  // Playwright's Firefox needs Playwright's own patched build; puppeteer-core drives the stock
  // Firefox through WebDriver BiDi. @web/test-runner-chrome's launcher takes any puppeteer module
  // (what @web/test-runner-puppeteer does with the full `puppeteer`, which downloads browsers).
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      createPage: ({ context }) => patientPage(context),
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        extraPrefsFirefox: {
          // No request of the browser's own (updates, telemetry, remote settings) during tests.
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
        },
      },
    }),
};

const selected = (process.env.OG_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
for (const name of selected) {
  if (!(name in launchers)) throw new Error(`OG_BROWSERS: unknown browser "${name}" (known: ${Object.keys(launchers).join(', ')})`);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time per browser, the browsers side by side: two processes on two cores.
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 1_200_000,
  // Firefox takes long to start on a busy machine (the first start creates its profile).
  browserStartTimeout: 120_000,
  middleware: [mockApiMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
  browsers: selected.map((name) => launchers[name]()),
  reporters: [defaultReporter(), totalsReporter()],
  // A bound, never a wait (a test ends when it is done): on two cores kept busy, a file's first
  // accessibility check alone took more than 20 s (scripts/stress-test.sh).
  testFramework: { config: { timeout: 60_000 } },
  // A failing assertion about a DOM element must be reported, not hang the run (see the file).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><script type="module" src="/test/helpers/cloneable-failures.js"></script><script type="module" src="${testFramework}"></script></body></html>`,
};
