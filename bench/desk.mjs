// The data desk in the benchmark (issue 12): the weight of dist/desk.html (one file, nothing
// else requested before a sheet is imported), and the time to a usable desk with the starter
// commitments shown in the preview, unthrottled and on slow 3G (compare with the single-widget
// pages of the same run). `node bench/desk.mjs` runs it alone.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, ROOT, SLOW_3G, startServer } from '../test/e2e/harness.mjs';

const kb = (bytes) => Number((bytes / 1024).toFixed(1));

/** Returns one row per network condition. */
export async function benchDesk(browser) {
  const file = readFileSync(join(ROOT, 'dist/desk.html'));
  const server = await startServer({ mounts: { '/dist/': 'dist/' } });
  const rows = [];
  try {
    for (const [label, throttle] of [['unthrottled', undefined], ['slow 3G', SLOW_3G]]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (throttle) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', throttle);
      }
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      const t0 = Date.now();
      await page.goto(`${server.origin}/dist/desk.html`, { timeout: 180_000 });
      await page.locator('og-desk select[name=resource]').waitFor({ timeout: 180_000 });
      const usable = Date.now() - t0;
      await page.locator('og-desk button[value=example]').click();
      await page.frameLocator('og-desk iframe').locator('og-commitment-tracker[state=ready]').waitFor({ timeout: 180_000 });
      rows.push({
        network: label,
        'desk.html kB': kb(file.length),
        'desk.html kB gzip': kb(gzipSync(file).length),
        'usable ms': usable,
        'example in preview ms': Date.now() - t0,
        requests: new Set(requests.map((url) => url.split('#')[0])).size,
      });
      await context.close();
    }
  } finally {
    await server.close();
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const browser = await launchBrowser();
  try {
    console.table(await benchDesk(browser));
  } finally {
    await browser.close();
  }
}
