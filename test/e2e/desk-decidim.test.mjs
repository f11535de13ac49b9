// The data desk's "open from Decidim" end to end (dist/desk.html, served with the demo's mock
// API, whose Decidim is a GraphQL server built with the `graphql` package from Decidim's type
// definitions): a proposals component opens as outcomes.json, the proposal Decidim rejected
// without a text is flagged, given its reason, downloaded and accepted by `validate`; results
// open as commitments; a component of another kind and a maintenance page give their message
// and open nothing. Requests: the page, and the platform's API only once asked.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchBrowser, messagePattern, ROOT, startServer } from './harness.mjs';

const cli = (...args) => spawnSync(process.execPath, [join(ROOT, 'bin/opengov-widgets.mjs'), ...args], { encoding: 'utf8' });

/** Waits until the desk shows a text matching `pattern` (its notices are in its shadow root). */
const shows = (page, pattern) =>
  page.waitForFunction((source) => new RegExp(source).test((document.querySelector('og-desk')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ')), pattern.source);

describe('the data desk: open from Decidim', () => {
  let browser;
  let server;
  before(async () => {
    assert.ok(existsSync(join(ROOT, 'dist/desk.html')), 'dist/desk.html is missing: run npm run build');
    browser = await launchBrowser();
    server = await startServer({ mounts: { '/opengov/': 'dist/' } });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openDesk(locale = 'fr-FR') {
    const context = await browser.newContext({ locale, acceptDownloads: true });
    const page = await context.newPage();
    const record = { requests: [], errors: [] };
    page.on('request', (request) => record.requests.push(request.url()));
    page.on('pageerror', (error) => record.errors.push(String(error)));
    await page.goto(`${server.origin}/opengov/desk.html`);
    await page.locator('og-desk select[name=resource]').waitFor();
    return { context, page, record };
  }

  async function fromDecidim(page, instance, component, kind) {
    await page.locator('og-desk [name=decidim-url]').fill(instance);
    await page.locator('og-desk [name=decidim-component]').fill(component);
    await page.locator('og-desk [name=decidim-kind]').selectOption(kind);
    await page.locator('og-desk form.decidim button').click();
  }

  it('proposals → outcomes.json: the rejection without a text is flagged, given its reason, downloaded, valid', async () => {
    const { context, page, record } = await openDesk();
    const before = record.requests.length;
    // The instance's address without /api: the desk adds it, as the CLI does.
    await fromDecidim(page, `${server.origin}/api/demo/decidim/0.28`, '12', 'proposals');
    await page.locator('og-desk .tabs .tab').filter({ hasText: 'outcomes.json' }).waitFor();
    assert.equal(await page.locator('og-desk .tabs .tab').count(), 1);
    // Only the platform's API was asked (introspection, then one page), besides the page itself (the preview's frame).
    const asked = record.requests.slice(before).map((url) => new URL(url).pathname);
    assert.deepEqual([...new Set(asked)].filter((path) => path !== '/opengov/desk.html'), ['/api/demo/decidim/0.28/api']);
    // The preview's own validation skips it; the form flags it for the person to fix.
    await page.locator('og-desk li[data-key="proposals.3"] summary').first().click();
    await page.locator('og-desk [id="f-proposals.3.reason-fr"]').fill('Coût trop élevé pour la commune.');
    await page.locator('og-desk .check.good').waitFor();
    const preview = page.frameLocator('og-desk iframe');
    await preview.locator('og-proposal-outcomes[state=ready]').waitFor();
    await preview.locator('og-proposal-outcomes >> text=Parking souterrain').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('og-desk button.download').click()]);
    assert.equal(download.suggestedFilename(), 'outcomes.json');
    const file = join(mkdtempSync(join(tmpdir(), 'og-desk-decidim-')), 'outcomes.json');
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(
      saved.proposals.map((p) => [p.reference, p.decision ?? p.stage]),
      [
        ['CASA-PROP-2026-03-31', 'accepted'],
        ['CASA-PROP-2026-03-32', 'not-accepted'],
        ['CASA-PROP-2026-03-33', 'evaluating'],
        ['CASA-PROP-2026-03-35', 'not-accepted'],
        ['CASA-PROP-2026-03-36', 'published'],
      ],
    );
    assert.deepEqual(saved.proposals[3].reason, { fr: 'Coût trop élevé pour la commune.' });
    const validate = cli('validate', file);
    assert.equal(validate.status, 0, validate.stdout + validate.stderr);
    assert.match(validate.stdout, /5 valid, 0 skipped/);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('results → commitments.json, with the machine translations listed; a notice when the bound is hit', async () => {
    const { context, page, record } = await openDesk();
    await fromDecidim(page, `${server.origin}/api/demo/decidim/0.30/api`, '10', 'results');
    await page.locator('og-desk .tabs .tab').filter({ hasText: 'commitments.json' }).waitFor();
    await page.locator('og-desk .check.good').waitFor();
    await page.frameLocator('og-desk iframe').locator('og-commitment-tracker >> text=Éclairage public du quartier Al Amal').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('og-desk button.download').click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'og-desk-decidim-')), 'commitments.json');
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.commitments.length, 5);
    assert.deepEqual(saved.machineTranslated, { en: ['Street lighting in Al Amal', 'Under construction'] });
    assert.equal(cli('validate', file).status, 0);

    await fromDecidim(page, `${server.origin}/api/demo/decidim/0.28/api`, '14', 'results');
    await page.locator('og-desk .tabs .tab').nth(1).waitFor();
    await shows(page, await messagePattern('fr', 'core.notice.truncated'));
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('a component of another kind, and a maintenance page: their message, nothing opened', async () => {
    const { context, page, record } = await openDesk('ar-MA');
    await fromDecidim(page, `${server.origin}/api/demo/decidim/0.28/api`, '11', 'results');
    await shows(page, await messagePattern('ar', 'desk.decidim.wrongKind'));
    await fromDecidim(page, `${server.origin}/api/html/decidim/0.28/api`, '12', 'proposals');
    await shows(page, await messagePattern('ar', 'core.error.not-data'));
    assert.equal(await page.locator('og-desk .tabs .tab').count(), 0);
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});
