// What a webmaster's page must be able to count on: the pasted script works from a subfolder
// or another origin, under a strict CSP, with no third-party request, no cookie, no leaked
// globals or styles.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, settled, startServer, waitForStates, webmasterPage } from './harness.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";
const WIDGETS = '<og-commitment-tracker></og-commitment-tracker>';

describe('the pasted script tag', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('works from a subfolder, with relative data-api, and fetches only from its own origin', async () => {
    const server = await startServer({
      mounts: { '/assets/opengov/v1/': 'dist/', '/commune/fr/data/': 'demo/data/' },
      pages: { '/commune/fr/page.html': webmasterPage({ script: '/assets/opengov/v1/opengov-widgets.iife.js', api: 'data/', body: WIDGETS }) },
    });
    try {
      const { page, context, record } = await openPage(browser, `${server.origin}/commune/fr/page.html`);
      await waitForStates(page, 'og-commitment-tracker', ['ready']);
      const origins = new Set(record.requests.map((u) => new URL(u).origin));
      assert.deepEqual([...origins], [server.origin]);
      // The loader's early fetch is the one the widget uses: the data travels once.
      assert.equal(server.requests.filter((r) => r.path.endsWith('/commitments.json')).length, 1);
      assert.deepEqual(await context.cookies(), []);
      assert.deepEqual(record.errors, []);
      assert.ok(await page.evaluate(() => document.querySelector('og-commitment-tracker').shadowRoot.querySelectorAll('.card').length > 0));
      await context.close();
    } finally {
      await server.close();
    }
  });

  it('works when the library is served from another origin (CORS)', async () => {
    const cdn = await startServer({ mounts: { '/opengov/': 'dist/' }, cors: true });
    const site = await startServer({ mounts: { '/data/': 'demo/data/' }, pages: { '/': webmasterPage({ script: `${cdn.origin}/opengov/opengov-widgets.iife.js`, api: '/data/', body: WIDGETS }) } });
    try {
      const { page, context, record } = await openPage(browser, `${site.origin}/`);
      await waitForStates(page, 'og-commitment-tracker', ['ready']);
      assert.deepEqual(record.errors, []);
      assert.ok(record.requests.some((u) => u.startsWith(cdn.origin)));
      await context.close();
    } finally {
      await cdn.close();
      await site.close();
    }
  });

  it('raises no CSP violation under a strict policy, loaded or failing', async () => {
    const server = await startServer({
      mounts: { '/dist/': 'dist/', '/data/': 'demo/data/' },
      headers: { 'content-security-policy': STRICT_CSP },
      pages: {
        '/ok.html': webmasterPage({ script: '/dist/opengov-widgets.iife.js', api: '/data/', body: WIDGETS }),
        '/failing.html': webmasterPage({ script: '/dist/opengov-widgets.iife.js', api: '/api/failing/', body: WIDGETS }),
        '/partial.html': webmasterPage({ script: '/dist/opengov-widgets.iife.js', api: '/api/invalid/', body: WIDGETS }),
        '/not-json.html': webmasterPage({ script: '/dist/opengov-widgets.iife.js', api: '/api/invalid/nothing-here/', body: WIDGETS }),
        '/arabic.html': webmasterPage({ script: '/dist/opengov-widgets.iife.js', api: '/data/', body: WIDGETS, lang: 'ar' }),
      },
    });
    try {
      for (const [path, state] of [['/ok.html', 'ready'], ['/failing.html', 'error'], ['/partial.html', 'ready'], ['/not-json.html', 'error'], ['/arabic.html', 'ready']]) {
        const { page, context, record } = await openPage(browser, `${server.origin}${path}`);
        await waitForStates(page, 'og-commitment-tracker', [state]);
        // Open a detail, so its markup is rendered under the policy too.
        await page.evaluate(() => document.querySelector('og-commitment-tracker').shadowRoot.querySelector('.disclosure')?.click());
        await settled(page);
        const violations = await page.evaluate(() => window.__violations);
        assert.deepEqual(violations, [], `${path}: ${violations.join('\n')}`);
        assert.deepEqual(record.errors, []);
        await context.close();
      }
    } finally {
      await server.close();
    }
  });

  it('leaks no global but OpenGovWidgets, and no style into the page', async () => {
    const server = await startServer({
      mounts: { '/dist/': 'dist/', '/data/': 'demo/data/' },
      pages: {
        '/blank.html': '<!doctype html><html><head></head><body><p>x</p></body></html>',
        '/with.html': webmasterPage({ script: '/dist/opengov-widgets.iife.js', api: '/data/', body: `<p>x</p>${WIDGETS}` }),
      },
    });
    const snapshot = (page) =>
      page.evaluate(() => ({
        globals: Object.keys(window).sort(),
        sheets: document.styleSheets.length,
        adopted: document.adoptedStyleSheets.length,
        pColor: getComputedStyle(document.querySelector('p')).color,
        pFont: getComputedStyle(document.querySelector('p')).fontFamily,
      }));
    try {
      const blank = await openPage(browser, `${server.origin}/blank.html`);
      const before = await snapshot(blank.page);
      await blank.context.close();
      const { page, context } = await openPage(browser, `${server.origin}/with.html`);
      await waitForStates(page, 'og-commitment-tracker', ['ready']);
      const after = await snapshot(page);
      const added = after.globals.filter((g) => !before.globals.includes(g) && g !== '__violations');
      assert.deepEqual(added, ['OpenGovWidgets']);
      assert.equal(after.sheets, before.sheets);
      assert.equal(after.adopted, before.adopted);
      assert.equal(after.pColor, before.pColor);
      assert.equal(after.pFont, before.pFont);
      await context.close();
    } finally {
      await server.close();
    }
  });

  it('OpenGovWidgets.configure() after load switches the data source of widgets on the page', async () => {
    const server = await startServer({
      mounts: { '/dist/': 'dist/' },
      pages: { '/': webmasterPage({ script: '/dist/opengov-widgets.iife.js', api: '/api/empty/', body: WIDGETS }) },
    });
    try {
      const { page, context } = await openPage(browser, `${server.origin}/`);
      await waitForStates(page, 'og-commitment-tracker', ['empty']);
      await page.evaluate(() => window.OpenGovWidgets.configure({ api: '/api/demo/', locale: 'ar' }));
      await waitForStates(page, 'og-commitment-tracker', ['ready']);
      await page.waitForFunction(() => document.querySelector('og-commitment-tracker').getAttribute('dir') === 'rtl');
      const heading = await page.evaluate(() => document.querySelector('og-commitment-tracker').shadowRoot.textContent);
      assert.match(heading, /نسبة الإنجاز الإجمالية/);
      await context.close();
    } finally {
      await server.close();
    }
  });
});
