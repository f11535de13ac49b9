// `npm run release` (issue 12): one archive a webmaster downloads. Unpacked into a static
// server as START-HERE.html says, the snippet it gives shows the widget with the starter data,
// and the desk in it opens by itself.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchBrowser, ROOT, startServer, waitForStates } from '../e2e/harness.mjs';
import { STARTER_FILES } from '../../cli/init.mjs';

describe('npm run release', () => {
  let unpacked;
  let browser;
  before(async () => {
    assert.ok(existsSync(join(ROOT, 'dist/opengov-widgets.iife.js')) && existsSync(join(ROOT, 'dist/desk.html')), 'run npm run build first');
    const out = mkdtempSync(join(tmpdir(), 'og-release-'));
    const run = spawnSync(process.execPath, ['scripts/release.mjs', out], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const [archive] = readdirSync(out).filter((f) => f.endsWith('.tar.gz'));
    assert.ok(archive, 'one .tar.gz written');
    const untar = spawnSync('tar', ['-xzf', join(out, archive), '-C', out], { encoding: 'utf8' });
    assert.equal(untar.status, 0, untar.stderr);
    unpacked = join(out, archive.replace(/\.tar\.gz$/, ''));
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('holds the start page (fr, ar, en), the desk, dist/ as uploaded and the starter data', () => {
    const start = readFileSync(join(unpacked, 'START-HERE.html'), 'utf8');
    for (const lang of ['fr', 'ar', 'en']) assert.match(start, new RegExp(`<section id="${lang}" lang="${lang}"`));
    assert.ok(existsSync(join(unpacked, 'desk.html')));
    assert.ok(existsSync(join(unpacked, 'opengov/opengov-widgets.iife.js')));
    assert.ok(!existsSync(join(unpacked, 'opengov/node')), 'no Node bundle in what is uploaded');
    assert.equal(readFileSync(join(unpacked, 'data/commitments.json'), 'utf8'), STARTER_FILES['commitments.json']);
    assert.ok(existsSync(join(unpacked, 'data/private/.htaccess')));
  });

  it('the snippet of START-HERE.html, on a page of a site serving the unpacked folders, shows the widget', async () => {
    const start = readFileSync(join(unpacked, 'START-HERE.html'), 'utf8');
    const snippet = /<section id="fr"[\s\S]*?<pre>([\s\S]*?)<\/pre>/.exec(start)[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    const server = await startServer({
      mounts: { '/opengov/': join(unpacked, 'opengov'), '/data/': join(unpacked, 'data') },
      pages: { '/participation.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Commune</title></head><body>${snippet}</body></html>` },
    });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.origin}/participation.html`);
      await waitForStates(page, 'og-commitment-tracker', ['ready']);
      assert.match(await page.evaluate(() => document.querySelector('og-commitment-tracker').shadowRoot.textContent), /Publier le budget de la commune/);
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
