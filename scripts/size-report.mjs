#!/usr/bin/env node
// Prints the size of every dist file, raw and gzipped, and what a page showing one widget
// downloads through the pasted script: the loader, the widget's module and every chunk it
// imports, and (for a page in French, Arabic or Tamazight) the largest of its translations.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { measureTargets, readManifest, staticImports, widgetPages } from './bundle-pages.mjs';

const LOADER_BUDGET_KB = 35; // the budget for what the pasted script costs a tracker page
const gz = (path) => gzipSync(readFileSync(join('dist', path)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

function files(dir = 'dist', prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['types', '.vite', 'node', 'schemas'].includes(name) ? [] : files(path, `${prefix}${name}/`);
    return name.endsWith('.js') ? [`${prefix}${name}`] : [];
  });
}

console.log('\nBundle sizes');
console.table(files().map((file) => ({ file, kB: kb(statSync(join('dist', file)).size), 'gzip kB': kb(gz(file)) })));

const manifest = readManifest();
const rows = [];
for (const page of widgetPages(manifest)) {
  const code = gz('opengov-widgets.iife.js') + page.files.reduce((sum, file) => sum + gz(file), 0);
  const translations = Math.max(0, ...Object.values(page.translations).map(gz));
  rows.push({ widget: page.widget, 'page, English kB gz': kb(code), 'page, translated kB gz': kb(code + translations) });
}
console.log('\nWhat a page with one widget downloads through the pasted script (lazy parts — chart.js, the calendar’s iCalendar reader with ical.js, month view and .ics export, the CSV reader, the complaint lookup’s Open311 mapping and static-folder crypto — not included)');
console.table(rows);
const tracker = rows.find((r) => r.widget === 'commitment-tracker');
if (tracker) console.log(`commitment tracker page: ${tracker['page, English kB gz']} kB gzip in English, ${tracker['page, translated kB gz']} kB translated (budget ${LOADER_BUDGET_KB} kB)`);

console.log('\nSize targets (issue 16), kB gzip');
console.table(measureTargets(manifest, gz, files()));

// Where the bytes go, page by page (bench/results/treemap/), from the module sizes the build wrote.
if (existsSync('bench/results/treemap/stats.json')) await import('./treemaps.mjs');

// Source adapters: their own chunks, loaded only when a widget's format asks for them.
const closure = (key) => staticImports(manifest, key);
const adapters = [];
for (const [key, entry] of Object.entries(manifest)) {
  const adapter = /^src\/adapters\/([\w-]+)\/index\.ts$/.exec(key)?.[1];
  if (!adapter) continue;
  const own = [entry.file, ...[...closure(key)].map((k) => manifest[k].file)];
  adapters.push({ adapter, 'chunks kB gz (with what they import)': kb(own.reduce((sum, file) => sum + gz(file), 0)), 'own chunk kB gz': kb(gz(entry.file)) });
}
if (adapters.length) {
  console.log('\nSource adapters (decidim: format="decidim"; fdp: a datapackage.json), loaded only when used');
  console.table(adapters);
}
// The data desk is one self-contained page (script, preview widgets, translations inlined, so it
// also opens from the disk): its whole weight is what opening it costs, before any import.
// The sheet Worker's code (SheetJS) is in it as text, run only when a sheet is imported.
if (existsSync('dist/desk.html')) {
  const { sheetWorkerCode } = await import('./sheet-worker-inline.mjs');
  const worker = Buffer.from(JSON.stringify(await sheetWorkerCode()));
  const workerGz = gzipSync(worker, { level: 9 }).length;
  const [raw, zipped] = [statSync('dist/desk.html').size, gz('desk.html')];
  console.log(`\ndata desk (dist/desk.html, one file, everything inlined): ${kb(raw)} kB, ${kb(zipped)} kB gzip, nothing else requested before a sheet is imported`);
  console.log(`  of which the sheet Worker's text (SheetJS, run only when a sheet is imported): ${kb(worker.length)} kB, about ${kb(workerGz)} kB gzip; the rest, the script run when the desk opens: ${kb(raw - worker.length)} kB, about ${kb(zipped - workerGz)} kB gzip`);
}
