// The desk's spreadsheet import and complaint publishing, end to end in Chromium, as a commune
// employee does it: choose a sheet of complaint records, check the mapping, import, download
// the encrypted folder as a zip; the zip, unpacked on a static server, opens one complaint in
// <og-complaint-status format="static"> with its secret. Also: a French .xlsx budget gives the
// sheet's totals; bad files give their message and import nothing; no Worker (the only place
// SheetJS runs) starts before a sheet is chosen. The desk's modules are bundled from src/ with
// esbuild for this page alone, the sheet Worker inlined as in the desk build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { unzipSync } from 'fflate';
import { ROOT, launchBrowser, lookUpComplaint, startServer, waitForState } from './harness.mjs';
import { esbuildSheetWorker } from '../../scripts/sheet-worker-inline.mjs';

let dir;
let server;
let browser;
/** The Workers the page started (their URLs). */
const workersStarted = (page) => page.evaluate(() => window.__workers);

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Bureau des données</title>
<script type="module" src="/app/entry.js"></script></head><body>
<label for="resource">Données</label>
<select id="resource"><option value="complaint-records">Réclamations</option><option value="budget">Budget</option></select>
<label for="file">Feuille</label> <input id="file" type="file" accept=".xlsx,.ods,.csv">
<div id="slot"></div><output id="result"></output></body></html>`;

// What a desk does with the import element: mount it for the chosen file, keep what it fires.
const ENTRY = `
window.__workers = [];
window.Worker = class extends window.Worker {
  constructor(url, options) {
    super(url, options);
    window.__workers.push(String(url));
  }
};
document.getElementById('file').addEventListener('change', async (event) => {
  await import('/app/import/index.js');
  const el = document.createElement('og-desk-import');
  el.resource = document.getElementById('resource').value;
  el.file = event.target.files[0];
  el.addEventListener('og-desk-import', (e) => { window.__imported = e.detail; el.remove(); });
  el.addEventListener('og-desk-import-cancel', () => { window.__cancelled = true; el.remove(); });
  document.getElementById('slot').replaceChildren(el);
});
window.downloadZip = async (records) => {
  const { publishComplaintsZip } = await import('/app/publish/index.js');
  const blob = await publishComplaintsZip(records, { iterations: 100000 });
  const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'reclamations.zip' });
  document.body.append(a);
  a.click();
};
window.totals = async (years) => {
  const { buildTree } = await import('/app/tree.js');
  return ['expenditure', 'revenue'].map((d) => buildTree(years.flatMap((y) => y.lines).filter((l) => l.direction === d)).totals);
};
`;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'og-desk-sheets-'));
  const app = join(dir, 'app');
  mkdirSync(join(app, 'import'), { recursive: true });
  writeFileSync(join(app, 'entry.ts'), ENTRY);
  await build({
    plugins: [esbuildSheetWorker()],
    entryPoints: {
      entry: join(app, 'entry.ts'),
      'import/index': join(ROOT, 'src/desk/import/index.ts'),
      'publish/index': join(ROOT, 'src/desk/publish/index.ts'),
      tree: join(ROOT, 'src/budget-chart/tree.ts'),
      'complaint-status': join(ROOT, 'src/complaint-status/index.ts'),
    },
    outdir: app,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2021',
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
    external: ['/app/*'],
  });
  server = await startServer({ mounts: { '/app/': app, '/site/': join(dir, 'site') }, pages: { '/': PAGE } });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openDesk() {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${server.origin}/`);
  return { page, context, errors };
}

async function chooseSheet(page, resource, file) {
  await page.selectOption('#resource', resource);
  await page.setInputFiles('#file', file);
  await waitForState(page, 'og-desk-import', ['ready', 'error'], 30_000);
}

test('complaint records from a sheet → encrypted zip → static folder → one complaint opens with its secret', async () => {
  const { page, context, errors } = await openDesk();
  assert.deepEqual(await workersStarted(page), [], 'no spreadsheet reader before a sheet is chosen');
  await chooseSheet(page, 'complaint-records', join(ROOT, 'test/fixtures/sheets/complaints-fr.xlsx'));
  const workers = await workersStarted(page);
  assert.equal(workers.length, 1, 'the spreadsheet reader starts once a sheet is chosen');
  assert.match(workers[0], /^blob:/);
  assert.equal(await page.locator('og-desk-import').getAttribute('data-read-in'), 'worker');
  await page.locator('og-desk-import .actions button').first().click();
  const detail = await page.waitForFunction(() => window.__imported).then((h) => h.jsonValue());
  assert.equal(detail.items.length, 2);
  assert.equal(detail.skipped, 1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate((records) => window.downloadZip(records), detail.items)]);
  const zip = unzipSync(readFileSync(await download.path()));
  const names = Object.keys(zip).sort();
  assert.equal(names.length, 3);
  assert.ok(names.includes('index.json'));
  const index = JSON.parse(Buffer.from(zip['index.json']).toString('utf8'));
  assert.equal(index.iterations, 100000);
  const all = Buffer.concat(Object.values(zip).map((b) => Buffer.from(b)));
  for (const secretOrText of ['SL-2025-000101', 'H3KP', 'Éclairage', 'in-progress']) assert.equal(all.includes(Buffer.from(secretOrText)), false, secretOrText);
  mkdirSync(join(dir, 'site', 'complaints'), { recursive: true });
  for (const name of names) writeFileSync(join(dir, 'site', 'complaints', name), zip[name]);

  const widget = await context.newPage();
  await widget.goto(`${server.origin}/`);
  await widget.evaluate(async () => {
    await import('/app/complaint-status.js');
    document.body.insertAdjacentHTML('beforeend', '<og-complaint-status id="c" format="static" api="/site/complaints/"></og-complaint-status>');
  });
  await waitForState(widget, '#c', ['idle', 'ready']);
  await lookUpComplaint(widget, '#c', 'sl-2025-000101', 'h3kp 7qwm');
  await waitForState(widget, '#c', ['ready'], 30_000);
  const text = await widget.locator('#c').evaluate((el) => el.shadowRoot.textContent);
  assert.match(text, /SL-2025-000101/);
  assert.match(text, /Éclairage public/);
  await lookUpComplaint(widget, '#c', 'SL-2025-000102', 'WRONG-CODE1');
  await waitForState(widget, '#c', ['not-found'], 30_000);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a French .xlsx budget gives the same totals through the budget’s own tree as in the sheet', async () => {
  const { page, context, errors } = await openDesk();
  await chooseSheet(page, 'budget', join(ROOT, 'test/fixtures/sheets/budget-fr.xlsx'));
  await page.locator('og-desk-import .actions button').first().click();
  const detail = await page.waitForFunction(() => window.__imported).then((h) => h.jsonValue());
  const [expenditure, revenue] = await page.evaluate((years) => window.totals(years), detail.items);
  // The sheet: voted 800,000 + 200,000 (a formula) + 850,000.50 (text with a decimal comma).
  assert.deepEqual(expenditure, { proposed: 1900000, approved: 1850000.5, executed: 1350000 });
  assert.deepEqual(revenue, { proposed: 2000000, approved: 2000000, executed: 1900000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad files: each says what is wrong, and nothing is imported', async () => {
  const { page, context } = await openDesk();
  const cases = [
    ['corrupt.xlsx', Buffer.from('PK\u0003\u0004 this is not a workbook at all'), /damaged/],
    ['big.ods', Buffer.alloc(20 * 1024 * 1024), /too large/],
  ];
  for (const [name, buffer, pattern] of cases) {
    await page.selectOption('#resource', 'budget');
    // From the disk, as a person picks it (a 20 MB buffer through the protocol would be slow).
    const path = join(dir, name);
    writeFileSync(path, buffer);
    await page.setInputFiles('#file', path);
    await waitForState(page, 'og-desk-import', ['error'], 30_000);
    assert.match(await page.locator('og-desk-import [role=alert]').textContent(), pattern, name);
    assert.equal(await page.evaluate(() => window.__imported), undefined);
    await page.locator('og-desk-import .actions button').click();
    await page.waitForFunction(() => window.__cancelled === true && !document.querySelector('og-desk-import'));
    await page.evaluate(() => (window.__cancelled = false));
  }
  await context.close();
});
