// Tried as a new user would (issue 8): `init` writes a data folder, a broken file is explained
// by `validate`, and a plain page served from a subfolder, with only the pasted script tag and
// that folder, shows all five widgets working.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launchBrowser, openPage, startServer, waitForStates, webmasterPage, ROOT } from './harness.mjs';

const cli = (...args) => spawnSync(process.execPath, [join(ROOT, 'bin/opengov-widgets.mjs'), ...args], { encoding: 'utf8' });

describe('a new user: init, validate, paste', () => {
  let browser;
  let data;
  before(async () => {
    browser = await launchBrowser();
    data = join(mkdtempSync(join(tmpdir(), 'og-new-user-')), 'data');
    const init = cli('init', data);
    assert.equal(init.status, 0, init.stderr);
  });
  after(async () => browser?.close());

  it('validate passes the starter files and explains a broken one, with its path, failing', () => {
    for (const file of ['commitments.json', 'budget.json', 'budget.csv', 'events.json', 'proposals/form.json', 'complaints/EX-2025-000001.json']) {
      const run = cli('validate', join(data, file));
      assert.equal(run.status, 0, `${file}: ${run.stdout}${run.stderr}`);
    }
    const broken = join(data, '..', 'broken.json');
    const doc = JSON.parse(readFileSync(join(data, 'commitments.json'), 'utf8'));
    doc.commitments[0].status = 'finished';
    writeFileSync(broken, JSON.stringify(doc));
    const run = cli('validate', broken);
    assert.notEqual(run.status, 0);
    assert.match(run.stdout + run.stderr, /commitments\[0\]\.status/);
    assert.match(run.stdout + run.stderr, /finished/);
  });

  it('the pasted snippet, served from a subfolder, shows every widget with that data (fr and ar)', async () => {
    const body = `<main>
      <og-commitment-tracker></og-commitment-tracker>
      <og-budget-chart></og-budget-chart>
      <og-consultation-calendar></og-consultation-calendar>
      <og-proposal-form></og-proposal-form>
      <og-complaint-status></og-complaint-status>
    </main>`;
    const server = await startServer({
      mounts: { '/commune/assets/opengov/': 'dist/', '/commune/opengov/data/': data },
      pages: {
        '/commune/fr/participation.html': webmasterPage({ script: '/commune/assets/opengov/opengov-widgets.iife.js', api: '../opengov/data/', body }),
        '/commune/ar/participation.html': webmasterPage({ script: '/commune/assets/opengov/opengov-widgets.iife.js', api: '../opengov/data/', body, lang: 'ar' }),
      },
    });
    try {
      for (const lang of ['fr', 'ar']) {
        const { page, context, record } = await openPage(browser, `${server.origin}/commune/${lang}/participation.html`);
        await waitForStates(page, 'og-commitment-tracker, og-budget-chart, og-consultation-calendar', ['ready']);
        await waitForStates(page, 'og-proposal-form, og-complaint-status', ['idle']);
        // No item of the starter files is skipped.
        assert.equal(await page.evaluate(() => document.querySelectorAll('main > *').length), 5);
        const notices = await page.evaluate(() => [...document.querySelectorAll('main > *')].filter((el) => el.shadowRoot.querySelector('[part~=partial]')).map((el) => el.localName));
        assert.deepEqual(notices, []);
        // The example complaint is found by its reference.
        await page.fill('og-complaint-status [name=reference]', 'EX-2025-000001');
        await page.press('og-complaint-status [name=reference]', 'Enter');
        await waitForStates(page, 'og-complaint-status', ['ready']);
        if (lang === 'ar') assert.equal(await page.getAttribute('og-budget-chart', 'dir'), 'rtl');
        assert.deepEqual(record.errors, []);
        assert.deepEqual([...new Set(record.requests.map((u) => new URL(u).origin))], [server.origin]);
        await context.close();
      }
    } finally {
      await server.close();
    }
  });
});
