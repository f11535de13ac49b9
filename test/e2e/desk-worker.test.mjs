// The built desk (dist/desk.html) reads a 5,000-line .xlsx budget in its sheet Worker, started
// from a Blob URL, opened from the disk (file://) and served over http: the read happens in
// the Worker (the import element says `data-read-in="worker"`), the page keeps drawing frames
// meanwhile (requestAnimationFrame counted between the Worker's start and its reply, never a
// time limit), and before the import no Worker was started and no SheetJS code ran on the page
// (its `XLSX` object is nowhere, the page's script holds it only as the Worker's text).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { launchBrowser, ROOT, startServer } from './harness.mjs';
import { budgetSheetRows } from '../../bench/scenarios.mjs';

const DESK = join(ROOT, 'dist/desk.html');
const LINES = 5000;

// Runs before the desk's script: records each Worker started and counts frames.
const RECORDER = () => {
  window.__workers = [];
  window.__frames = 0;
  const tick = () => {
    window.__frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      const record = { url: String(url), framesAtStart: window.__frames, framesAtReply: undefined };
      window.__workers.push(record);
      this.addEventListener('message', () => (record.framesAtReply ??= window.__frames));
    }
  };
};

describe('the desk’s sheet Worker', () => {
  let browser;
  let server;
  let sheet;
  before(async () => {
    assert.ok(existsSync(DESK), 'dist/desk.html is missing: run npm run build');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(budgetSheetRows(LINES)), 'Budget');
    sheet = join(mkdtempSync(join(tmpdir(), 'og-desk-worker-')), 'budget-5000.xlsx');
    writeFileSync(sheet, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    server = await startServer({ mounts: { '/opengov/': 'dist/' } });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [where, url] of [
    ['opened from the disk (file://)', () => pathToFileURL(DESK).href],
    ['served over http', () => `${server.origin}/opengov/desk.html`],
  ]) {
    it(`${where}: a ${LINES}-line .xlsx is read in the Worker while the page keeps drawing`, async () => {
      const context = await browser.newContext({ locale: 'fr-FR' });
      await context.addInitScript(RECORDER);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(url());
      await page.locator('og-desk select[name=resource]').selectOption('budget');
      await page.locator('og-desk button[value=example]').click();
      await page.locator('og-desk .check.good').waitFor();

      // Before an import: no Worker, and SheetJS has not run (its XLSX object exists nowhere).
      assert.deepEqual(await page.evaluate(() => window.__workers), []);
      assert.equal(await page.evaluate(() => typeof window.XLSX), 'undefined');

      await page.locator('og-desk input[name=sheet]').setInputFiles(sheet);
      const importer = page.locator('og-desk og-desk-import[state=ready]');
      await importer.waitFor({ timeout: 120_000 });
      assert.equal(await importer.getAttribute('data-read-in'), 'worker');
      const workers = await page.evaluate(() => window.__workers);
      assert.equal(workers.length, 1, 'one Worker, started by the import');
      assert.match(workers[0].url, /^blob:/, 'started from a Blob URL (works from file:// too)');
      const frames = workers[0].framesAtReply - workers[0].framesAtStart;
      // Read on the page, the sheet would block every frame until it is done.
      assert.ok(frames >= 3, `the page drew ${frames} frames while the Worker read the sheet`);
      assert.match(await importer.locator('p').first().textContent(), new RegExp(`\\b${LINES}\\b`));
      assert.equal(await page.evaluate(() => typeof window.XLSX), 'undefined', 'SheetJS stayed in the Worker');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
