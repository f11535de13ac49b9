#!/usr/bin/env node
// Prints the size of every dist file, raw and gzipped, and what a page showing one widget
// downloads through the pasted script: the loader, the widget's module and every chunk it
// imports, and (for a page in French, Arabic or Tamazight) the largest of its translations.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

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

const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const closure = (key, found = new Set()) => {
  for (const imported of manifest[key]?.imports ?? []) {
    if (!found.has(imported)) {
      found.add(imported);
      closure(imported, found);
    }
  }
  return found;
};
const rows = [];
for (const [key, entry] of Object.entries(manifest)) {
  const widget = /^src\/([\w-]+)\/index\.ts$/.exec(key)?.[1];
  if (!widget || !entry.isEntry) continue;
  const code = gz('opengov-widgets.iife.js') + gz(entry.file) + [...closure(key)].reduce((sum, k) => sum + gz(manifest[k].file), 0);
  const namespace = { 'commitment-tracker': 'commitments', 'budget-chart': 'budget', 'consultation-calendar': 'calendar', 'proposal-form': 'proposals', 'complaint-status': 'complaints', poll: 'poll' }[widget];
  const translations = Math.max(0, ...['fr', 'ar', 'zgh'].map((l) => manifest[`src/generated/locales/${namespace}/${l}.ts`]).filter(Boolean).map((e) => gz(e.file)));
  rows.push({ widget, 'page, English kB gz': kb(code), 'page, translated kB gz': kb(code + translations) });
}
console.log('\nWhat a page with one widget downloads through the pasted script (lazy parts — chart.js, ical.js, CSV, crypto fallback — not included)');
console.table(rows);
const tracker = rows.find((r) => r.widget === 'commitment-tracker');
if (tracker) console.log(`commitment tracker page: ${tracker['page, English kB gz']} kB gzip in English, ${tracker['page, translated kB gz']} kB translated (budget ${LOADER_BUDGET_KB} kB)`);
