// The built desk (dist/desk.html, from the disk) with the keyboard alone: open the starter data,
// add an item, write its title, undo, download; and at a phone's width (360 px) and a small
// laptop's (1024 px), in Arabic (right to left) and French, the page never scrolls sideways and
// axe finds nothing, with the open panel and with a document open at an item.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, ROOT } from './harness.mjs';

const DESK = join(ROOT, 'dist/desk.html');
const DESK_URL = pathToFileURL(DESK).href;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Whether the focused element (through shadow roots) matches the selector, and `inside` if given. */
const focusedMatches = (page, selector, inside) =>
  page.evaluate(
    ([sel, within]) => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return !!el?.matches(sel) && (!within || !!el.closest(within.closest)?.querySelector(within.has));
    },
    [selector, inside],
  );

/** Presses Tab until the focus is on what is wanted (a keyboard user's way), within a bound. */
async function tabTo(page, selector, inside) {
  for (let presses = 0; presses < 400; presses++) {
    if (await focusedMatches(page, selector, inside)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

describe('the desk with the keyboard alone, and at phone and laptop widths', () => {
  let browser;
  before(async () => {
    assert.ok(existsSync(DESK), 'dist/desk.html is missing: run npm run build');
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('keyboard only: starter data, add an item, write, undo, download', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(DESK_URL);
    await page.locator('og-desk select[name=resource]').waitFor();

    await tabTo(page, 'select[name=resource]');
    // Commitments are first; one step down is the budget, and back.
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('og-desk select[name=resource]').inputValue(), 'budget');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.locator('og-desk select[name=resource]').inputValue(), 'commitments');
    await tabTo(page, 'button[value=example]');
    await page.keyboard.press('Enter');
    await page.locator('og-desk .check.good').waitFor();
    const items = await page.locator('og-desk li.item[data-key^="commitments."]').evaluateAll((els) => els.filter((el) => /^commitments\.\d+$/.test(el.dataset.key)).length);
    assert.ok(items > 0);

    await tabTo(page, 'button.add', { closest: 'section.list', has: 'li[data-key="commitments.0"]' });
    await page.keyboard.press('Enter');
    const title = `commitments.${items}.title-fr`;
    await page.locator(`og-desk [id="f-${title}"]`).waitFor();
    await tabTo(page, `[id="f-${title}"]`);
    await page.keyboard.type('Bibliothèque de quartier');
    assert.equal(await page.locator(`og-desk [id="f-${title}"]`).inputValue(), 'Bibliothèque de quartier');
    await page.keyboard.press('Control+z');
    assert.equal(await page.locator(`og-desk [id="f-${title}"]`).inputValue(), '');

    await tabTo(page, 'button.download');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename(), 'commitments.json');
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(saved.commitments.length, items + 1, 'the added item is in the file');
    assert.equal(saved.commitments[items].title?.fr, undefined, 'the undone title is not');
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const [lang, locale] of [
    ['ar', 'ar-MA'],
    ['fr', 'fr-FR'],
  ]) {
    for (const width of [360, 1024]) {
      it(`${lang} at ${width} px: no sideways scroll, axe clean, open panel and a document open at an item`, async () => {
        const context = await browser.newContext({ locale, viewport: { width, height: 800 } });
        const page = await context.newPage();
        await page.goto(DESK_URL);
        await page.locator('og-desk select[name=resource]').waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        await page.addScriptTag({ content: AXE });
        const check = async (state) => {
          const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
          assert.ok(scrollWidth <= clientWidth, `${state}: the page is ${scrollWidth} px wide in ${clientWidth} px`);
          const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
          assert.deepEqual(violations, [], `${state}: axe`);
        };
        await check('open panel');
        await page.locator('og-desk select[name=resource]').selectOption('commitments');
        await page.locator('og-desk button[value=example]').click();
        await page.locator('og-desk li[data-key="commitments.0"] summary').click();
        await page.locator('og-desk [id="f-commitments.0.title-ar"]').waitFor();
        await check('a commitment open');
        await context.close();
      });
    }
  }
});
