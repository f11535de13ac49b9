#!/usr/bin/env node
// The data desk's part of `npm run bench` (also runnable alone: `node bench/desk-sheets.mjs`):
// 1. a 5,000-line .xlsx budget through the desk's import (read in a Worker, columns detected,
//    every row checked by the budget's schema) as a ratio to SheetJS alone reading the same
//    file on the page, and the longest main-thread task during the desk's import (the page
//    must not freeze);
// 2. the complaint lookup's added time from 210,000 to 600,000 PBKDF2 iterations, with the CPU
//    slowed as on a cheap phone (CDP Emulation.setCPUThrottlingRate), for Web Crypto and for
//    the pure-JS fallback (pages on plain http).
// Ratios and differences in the same run, never wall-clock targets.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as XLSX from '@e965/xlsx';
import { ROOT, launchBrowser, startServer } from '../test/e2e/harness.mjs';
import { esbuildSheetWorker } from '../scripts/sheet-worker-inline.mjs';
import { DESK_SCENARIOS, budgetSheetRows } from './scenarios.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const ENTRY = `
import * as XLSX from '@e965/xlsx';
import { readSheetFile, detectLayout, rowsToItems } from '${ROOT}src/desk/import/index.ts';
import { cryptoBackend, deriveLookup } from '${ROOT}src/complaint-status/static-crypto.ts';
window.bench = {
  async library(bytes) {
    const t = performance.now();
    const wb = XLSX.read(new Uint8Array(bytes), { type: 'array' });
    XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1 });
    return performance.now() - t;
  },
  async desk(bytes) {
    let longest = 0;
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))));
    observer.observe({ type: 'longtask' });
    const t = performance.now();
    const table = await readSheetFile(new File([bytes], 'budget.xlsx'));
    const layout = detectLayout('budget', table.rows);
    const { items, rejected } = rowsToItems('budget', table.rows.slice(layout.headerRows), layout.mapping, layout.headerRows);
    const ms = performance.now() - t;
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    return { ms, longest, lines: items.reduce((n, y) => n + y.lines.length, 0), rejected: rejected.length };
  },
  async lookup(iterations, pureJs) {
    const backend = await cryptoBackend(pureJs);
    const meta = { iterations, salt: crypto.getRandomValues(new Uint8Array(16)) };
    const t = performance.now();
    await deriveLookup('SL-2025-000101', 'H3KP-7QWM', meta, backend);
    return performance.now() - t;
  },
};
`;

export async function runDeskBench({ repeat = 3 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'og-bench-desk-'));
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app/entry.js'), ENTRY);
  await build({ plugins: [esbuildSheetWorker()], entryPoints: [join(dir, 'app/entry.js')], outdir: join(dir, 'app'), entryNames: 'bundle', bundle: true, format: 'esm', target: 'es2021', tsconfig: join(ROOT, 'tsconfig.json'), nodePaths: [join(ROOT, 'node_modules')], logLevel: 'warning' });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(budgetSheetRows(DESK_SCENARIOS.sheetLines)), 'Budget');
  writeFileSync(join(dir, 'app/budget.xlsx'), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  const server = await startServer({ mounts: { '/app/': join(dir, 'app') }, pages: { '/': '<!doctype html><html lang="fr"><head><meta charset="utf-8"><script type="module" src="/app/bundle.js"></script></head><body></body></html>' } });
  const browser = await launchBrowser();
  const results = { sheet: {}, lookup: [] };
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => window.bench);
    page.on('crash', () => console.error('the bench page crashed'));
    const library = [];
    const desk = [];
    for (let i = 0; i < repeat; i++) {
      library.push(await page.evaluate(async () => window.bench.library(await (await fetch('/app/budget.xlsx')).arrayBuffer())));
      desk.push(await page.evaluate(async () => window.bench.desk(await (await fetch('/app/budget.xlsx')).arrayBuffer())));
    }
    const deskMs = median(desk.map((d) => d.ms));
    results.sheet = {
      lines: desk[0].lines,
      'SheetJS alone ms': Math.round(median(library)),
      'desk import ms': Math.round(deskMs),
      ratio: +(deskMs / median(library)).toFixed(2),
      'longest main-thread task ms (desk)': Math.round(Math.max(...desk.map((d) => d.longest))),
    };
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: DESK_SCENARIOS.cpuSlowdown });
    for (const pureJs of [false, true]) {
      const times = {};
      for (const iterations of DESK_SCENARIOS.iterations) {
        const list = [];
        for (let i = 0; i < repeat; i++) list.push(await page.evaluate(([n, p]) => window.bench.lookup(n, p), [iterations, pureJs]));
        times[iterations] = median(list);
      }
      const [old, now] = DESK_SCENARIOS.iterations;
      results.lookup.push({ backend: pureJs ? 'pure JS (http pages)' : 'Web Crypto', 'CPU slowdown': `${DESK_SCENARIOS.cpuSlowdown}x`, [`${old} ms`]: Math.round(times[old]), [`${now} ms`]: Math.round(times[now]), 'added ms': Math.round(times[now] - times[old]) });
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await runDeskBench({ repeat: Number(process.env.BENCH_REPEAT ?? 3) });
  console.log(JSON.stringify(results, null, 2));
}
