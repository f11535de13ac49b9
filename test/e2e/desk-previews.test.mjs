// The built desk's previews of the files no data widget reads from a `data` property, opened
// from the disk (file://): the proposal form's settings shown by the real <og-proposal-form>
// (its themes, as edited), and a complaint record by <og-complaint-status> through its JSON
// format (the record open in the form; its secret code nowhere in the preview). Both files are
// served from the preview frame's memory: the page requests nothing but itself.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, messagePattern, ROOT } from './harness.mjs';

const DESK = join(ROOT, 'dist/desk.html');
const DESK_URL = pathToFileURL(DESK).href;

async function openDesk(context) {
  const page = await context.newPage();
  const record = { requests: [], errors: [] };
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('pageerror', (error) => record.errors.push(String(error)));
  await page.goto(DESK_URL);
  await page.locator('og-desk select[name=resource]').waitFor();
  return { page, record };
}
const field = (page, path) => page.locator(`og-desk [id="f-${path}"]`);
const preview = (page) => page.frameLocator('og-desk iframe');

describe('the desk’s previews of the proposal form and of complaint records', () => {
  let browser;
  before(async () => {
    assert.ok(existsSync(DESK), 'dist/desk.html is missing: run npm run build');
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('the proposal form renders the settings being edited', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const { page, record } = await openDesk(context);
    await page.locator('og-desk select[name=resource]').selectOption('proposals-form');
    await page.locator('og-desk button[value=example]').click();
    // The example closed at the end of 2025: open it again until 2099.
    await field(page, 'closes').fill('2099-12-31');
    const form = preview(page).locator('og-proposal-form');
    await form.locator('option[value=mobility]').waitFor({ state: 'attached' });
    assert.equal((await form.locator('option[value=mobility]').textContent()).trim(), 'Mobilité et voirie');

    await page.locator('og-desk li[data-key="themes.0"] summary').click();
    await field(page, 'themes.0.label-fr').fill('Routes et trottoirs');
    await preview(page).locator('og-proposal-form option[value=mobility]:text-is("Routes et trottoirs")').waitFor({ state: 'attached' });
    // The preview speaks the language chosen for it.
    await page.locator('og-desk select[name=preview-lang]').selectOption('ar');
    await preview(page).locator('og-proposal-form option[value=environment]:text-is("البيئة والنظافة")').waitFor({ state: 'attached' });

    assert.deepEqual([...new Set(record.requests.map((url) => url.split('#')[0]))], [DESK_URL]);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('a complaint record is shown by the lookup widget, the one open in the form, without its secret code', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const { page, record } = await openDesk(context);
    await page.locator('og-desk select[name=resource]').selectOption('complaint-records');
    await page.locator('og-desk button[value=example]').click();
    const widget = preview(page).locator('og-complaint-status');
    await preview(page).locator('og-complaint-status[state=ready]').waitFor();
    await widget.locator('text=EX-2025-000001').first().waitFor();

    await page.locator('og-desk li[data-key="1"] summary').click();
    await widget.locator('text=EX-2025-000002').first().waitFor();
    const shown = await preview(page).locator('og-complaint-status').evaluate((el) => el.shadowRoot.textContent);
    assert.match(shown, /Collecte des déchets|collecte des déchets/);
    assert.ok(!shown.includes('P4TR-8WHD'), 'the secret code is not in the preview');
    // An edit shows at once: the new status, in the widget's words.
    const closed = await messagePattern('fr', 'complaints.status.closed');
    assert.equal(await widget.getByText(closed).count(), 0);
    await field(page, '1.status').selectOption('closed');
    await widget.getByText(closed).first().waitFor();

    assert.deepEqual([...new Set(record.requests.map((url) => url.split('#')[0]))], [DESK_URL]);
    assert.deepEqual(record.errors, []);
    await context.close();
  });
});
