// "Save all in a folder…" in the built desk (dist/desk.html, from the disk): the browser's
// folder picker (window.showDirectoryPicker, File System Access API) is replaced in the page by
// an in-memory folder that records every file written; what it holds must be, byte for byte,
// what the desk downloads for each open document. Without the API the button is not offered.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, ROOT } from './harness.mjs';

const DESK = join(ROOT, 'dist/desk.html');
const DESK_URL = pathToFileURL(DESK).href;

// Runs before the desk's script: a folder handle keeping written files (as bytes) in memory.
const MEMORY_FOLDER = () => {
  window.__folder = { picks: 0, files: {}, writes: 0 };
  window.showDirectoryPicker = async (options) => {
    window.__folder.picks++;
    window.__folder.mode = options?.mode;
    return {
      kind: 'directory',
      name: 'site-data',
      async getFileHandle(name, { create } = {}) {
        if (!create && !(name in window.__folder.files)) throw new DOMException('not found', 'NotFoundError');
        return {
          kind: 'file',
          name,
          async createWritable() {
            const parts = [];
            return {
              async write(data) {
                parts.push(typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data instanceof Blob ? await data.arrayBuffer() : data));
              },
              async close() {
                const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
                let at = 0;
                for (const part of parts) bytes.set(part, (at += part.length) - part.length);
                window.__folder.files[name] = Array.from(bytes);
                window.__folder.writes++;
              },
            };
          },
        };
      },
    };
  };
};

describe('the desk’s “Save all in a folder…”', () => {
  let browser;
  before(async () => {
    assert.ok(existsSync(DESK), 'dist/desk.html is missing: run npm run build');
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('writes each open document into the picked folder, the same bytes as its download', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
    await context.addInitScript(MEMORY_FOLDER);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(DESK_URL);
    for (const name of ['commitments', 'events']) {
      await page.locator('og-desk select[name=resource]').selectOption(name);
      await page.locator('og-desk button[value=example]').click();
      await page.locator('og-desk .check.good').waitFor();
    }
    // An edit, so the folder gets the document as edited.
    await page.locator('og-desk li[data-key="events.0"] summary').click();
    await page.locator('og-desk [id="f-events.0.title-fr"]').fill('Réunion publique sur le budget 2027');

    await page.locator('og-desk button.save-folder').click();
    await page.waitForFunction(() => window.__folder.writes === 2);
    const folder = await page.evaluate(() => window.__folder);
    assert.equal(folder.picks, 1);
    assert.equal(folder.mode, 'readwrite');
    assert.deepEqual(Object.keys(folder.files).sort(), ['commitments.json', 'events.json']);
    assert.equal(await page.locator('og-desk .tab .unsaved').count(), 0, 'both marked saved');

    // Each tab's download: the same bytes as the file in the folder.
    const tabs = page.locator('og-desk .tabs .tab > button:not(.close)');
    for (let i = 0; i < 2; i++) {
      await tabs.nth(i).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('og-desk button.download').click()]);
      const bytes = readFileSync(await download.path());
      assert.deepEqual([...bytes], folder.files[download.suggestedFilename()], download.suggestedFilename());
    }
    assert.match(Buffer.from(folder.files['events.json']).toString('utf8'), /Réunion publique sur le budget 2027/);

    // A second save goes to the same folder without asking again.
    await page.locator('og-desk button.save-folder').click();
    await page.waitForFunction(() => window.__folder.writes === 4);
    assert.equal(await page.evaluate(() => window.__folder.picks), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('is not offered where the browser has no folder picker', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    await context.addInitScript(() => delete window.showDirectoryPicker);
    const page = await context.newPage();
    await page.goto(DESK_URL);
    await page.locator('og-desk select[name=resource]').selectOption('commitments');
    await page.locator('og-desk button[value=example]').click();
    await page.locator('og-desk button.download').waitFor();
    assert.equal(await page.locator('og-desk button.save-folder').count(), 0);
    await context.close();
  });
});
