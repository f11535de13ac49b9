// The data desk end to end, as a commune employee uses it (issue 12): dist/desk.html opened by
// double-click (file://, the single-file build) and served with dist/. From an empty desk:
// two commitments in French and Arabic, seen in the preview (both languages), downloaded, and
// accepted by `validate`; bad files give their message and leave the document as it was; the
// work comes back after the tab is closed; the page requests nothing but itself.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { launchBrowser, messagePattern, ROOT, startServer } from './harness.mjs';

const DESK = join(ROOT, 'dist/desk.html');
const DESK_URL = pathToFileURL(DESK).href;
const cli = (...args) => spawnSync(process.execPath, [join(ROOT, 'bin/opengov-widgets.mjs'), ...args], { encoding: 'utf8' });

const COMMITMENTS = [
  { id: 'eau-potable', fr: "Raccorder les douars à l'eau potable", ar: 'ربط الدواوير بالماء الصالح للشرب', status: 'substantial' },
  { id: 'eclairage', fr: 'Éclairage public solaire', ar: 'إنارة عمومية بالطاقة الشمسية', status: 'not-started' },
];

/** A page of the desk with every request and page error recorded. */
async function openDesk(context, url = DESK_URL) {
  const page = await context.newPage();
  const record = { requests: [], errors: [] };
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('pageerror', (error) => record.errors.push(String(error)));
  await page.goto(url);
  await page.locator('og-desk select[name=resource]').waitFor();
  return { page, record };
}

const field = (page, path) => page.locator(`og-desk [id="f-${path}"]`);
const preview = (page) => page.frameLocator('og-desk iframe');

async function fillCommitment(page, index, c) {
  await page.locator('og-desk section.list button.add').last().click();
  await field(page, `commitments.${index}.id`).fill(c.id);
  await field(page, `commitments.${index}.title-fr`).fill(c.fr);
  await field(page, `commitments.${index}.title-ar`).fill(c.ar);
  await field(page, `commitments.${index}.status`).selectOption(c.status);
}

describe('the data desk', () => {
  let browser;
  before(async () => {
    assert.ok(existsSync(DESK), 'dist/desk.html is missing: run npm run build');
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('from an empty desk opened from the disk: two commitments in French and Arabic, previewed, downloaded, valid', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
    const { page, record } = await openDesk(context);
    await page.locator('og-desk select[name=resource]').selectOption('commitments');
    await page.locator('og-desk button[value=empty]').click();
    for (const [index, c] of COMMITMENTS.entries()) await fillCommitment(page, index, c);
    // A required field left empty is flagged as you type, in plain words, then fixed.
    await field(page, 'commitments.1.id').fill('');
    await assert.doesNotReject(page.locator('og-desk [id="f-commitments.1.id-problem"]').waitFor());
    assert.match(await page.locator('og-desk [id="f-commitments.1.id-problem"]').textContent(), await messagePattern('fr', 'desk.issue.missing'));
    await field(page, 'commitments.1.id').fill(COMMITMENTS[1].id);
    await page.locator('og-desk .check.good').waitFor();

    // The real widget shows both, in French, then in Arabic.
    const tracker = preview(page).locator('og-commitment-tracker[state=ready]');
    await tracker.waitFor();
    for (const c of COMMITMENTS) await preview(page).locator(`og-commitment-tracker >> text=${c.fr}`).waitFor();
    await page.locator('og-desk select[name=preview-lang]').selectOption('ar');
    for (const c of COMMITMENTS) await preview(page).locator(`og-commitment-tracker >> text=${c.ar}`).waitFor();
    assert.equal(await preview(page).locator('html').getAttribute('dir'), 'rtl');
    // The desk itself stays in French meanwhile.
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');

    // Clicking the second commitment in the preview opens it in the form.
    await preview(page).locator(`og-commitment-tracker >> text=${COMMITMENTS[1].ar}`).click();
    await page.locator('og-desk li[data-key="commitments.1"] details[open]').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('og-desk button.download').click()]);
    assert.equal(download.suggestedFilename(), 'commitments.json');
    const file = join(mkdtempSync(join(tmpdir(), 'og-desk-')), 'commitments.json');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    const saved = JSON.parse(text);
    assert.deepEqual(
      saved.commitments.map((c) => [c.id, c.title.fr, c.title.ar, c.status]),
      COMMITMENTS.map((c) => [c.id, c.fr, c.ar, c.status]),
    );
    assert.match(text, /^\{\n {2}"updatedAt": /, 'stable key order, 2-space indentation');
    const validate = cli('validate', file);
    assert.equal(validate.status, 0, validate.stdout + validate.stderr);
    assert.match(validate.stdout, /2 valid, 0 skipped/);

    // Nothing but the page itself (and its preview frame, the same file) was requested.
    assert.deepEqual([...new Set(record.requests.map((url) => url.split('#')[0]))], [DESK_URL]);
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('bad files give a message naming the problem and leave the document as it was', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const { page, record } = await openDesk(context);
    await page.locator('og-desk select[name=resource]').selectOption('commitments');
    await page.locator('og-desk button[value=example]').click();
    const title = field(page, 'plan.title-fr');
    const before = await title.inputValue();
    const input = page.locator('og-desk input[name=files]');
    // 20 MB on disk (handed to the browser by path: the protocol would take long to carry it).
    const big = join(mkdtempSync(join(tmpdir(), 'og-desk-big-')), 'budget.json');
    writeFileSync(big, Buffer.alloc(20 * 1024 * 1024, 32));
    const cases = [
      [{ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('Réunion de mardi : 14 h') }, 'desk.open.notJson'],
      [{ name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name": "site", "version": "1.0.0"}') }, 'desk.open.unknown'],
      [{ name: 'budget.json', path: big }, 'desk.open.tooBig'],
    ];
    for (const [file, id] of cases) {
      await input.setInputFiles(file.path ?? file);
      const notice = page.locator('og-desk .notice.error');
      await notice.waitFor();
      assert.match(await notice.textContent(), await messagePattern('fr', id), id);
      assert.match(await notice.textContent(), new RegExp(file.name.replace('.', '\\.')));
      assert.equal(await page.locator('og-desk .tabs .tab').count(), 1, `${id}: no document added`);
      assert.equal(await title.inputValue(), before, `${id}: the document is untouched`);
    }
    assert.deepEqual(record.errors, []);
    await context.close();
  });

  it('undo and redo from the keyboard; the edited document comes back after the tab is closed', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const { page } = await openDesk(context);
    await page.locator('og-desk select[name=resource]').selectOption('events');
    await page.locator('og-desk button[value=example]').click();
    await page.locator('og-desk li[data-key="events.0"] summary').click();
    const title = field(page, 'events.0.title-fr');
    const original = await title.inputValue();
    await title.fill('Consultation sur le budget 2027');
    await page.keyboard.press('Control+z');
    assert.equal(await title.inputValue(), original);
    await page.keyboard.press('Control+Shift+z');
    assert.equal(await title.inputValue(), 'Consultation sur le budget 2027');
    await page.close({ runBeforeUnload: false });

    const { page: again } = await openDesk(context);
    await again.locator('og-desk .restore button.primary').click();
    await again.locator('og-desk li[data-key="events.0"] summary').click();
    assert.equal(await field(again, 'events.0.title-fr').inputValue(), 'Consultation sur le budget 2027');
    assert.equal(await again.locator('og-desk .tab .unsaved').count(), 1);
    await context.close();
  });

  it('served with dist/: every resource starts from the starter data, previews, and nothing but the page is requested', async () => {
    const server = await startServer({ mounts: { '/opengov/': 'dist/' } });
    try {
      const context = await browser.newContext({ locale: 'ar-MA' });
      const { page, record } = await openDesk(context, `${server.origin}/opengov/desk.html`);
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
      for (const [name, element] of [['commitments', 'og-commitment-tracker'], ['budget', 'og-budget-chart'], ['events', 'og-consultation-calendar'], ['proposals-form'], ['proposal-outcomes', 'og-proposal-outcomes'], ['poll'], ['poll-results'], ['complaint-records']]) {
        await page.locator('og-desk select[name=resource]').selectOption(name);
        await page.locator('og-desk button[value=example]').click();
        await page.locator('og-desk .check.good').waitFor();
        if (element) await preview(page).locator(`${element}[state=ready]`).waitFor();
      }
      assert.equal(await page.locator('og-desk .tabs .tab').count(), 8);
      assert.deepEqual([...new Set(record.requests.map((url) => url.split('#')[0]))], [`${server.origin}/opengov/desk.html`]);
      assert.deepEqual(record.errors, []);
      await context.close();
    } finally {
      await server.close();
    }
  });
});
