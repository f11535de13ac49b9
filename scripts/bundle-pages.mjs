// What a page with one widget downloads, read from the ES build's manifest: shared by the size
// report (scripts/size-report.mjs), the treemaps (scripts/treemaps.mjs) and the bench.
import { readFileSync } from 'node:fs';

/** Each widget's translation namespace (src/generated/locales/<namespace>/<locale>.ts). */
export const NAMESPACES = {
  'commitment-tracker': 'commitments',
  'budget-chart': 'budget',
  'consultation-calendar': 'calendar',
  'proposal-form': 'proposals',
  'complaint-status': 'complaints',
  'proposal-outcomes': 'outcomes',
  poll: 'poll',
};
export const TRANSLATED = ['fr', 'ar', 'zgh'];
const isLocale = (key) => key.startsWith('src/generated/locales/');

export function readManifest(path = 'dist/.vite/manifest.json') {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every chunk a manifest entry imports statically, directly or not (manifest keys). */
export function staticImports(manifest, key, found = new Set()) {
  for (const imported of manifest[key]?.imports ?? []) {
    if (!found.has(imported)) {
      found.add(imported);
      staticImports(manifest, imported, found);
    }
  }
  return found;
}

/**
 * Per widget entry: `files` (its module and every chunk it imports, loaded with the page),
 * `translations` (file per locale) and `lazy` (chunks loaded later by a dynamic import: chart.js,
 * ical.js, the CSV reader, the crypto fallback).
 */
export function widgetPages(manifest) {
  const closure = (key) => staticImports(manifest, key);
  const pages = [];
  for (const [key, entry] of Object.entries(manifest)) {
    const widget = /^src\/([\w-]+)\/index\.ts$/.exec(key)?.[1];
    if (!widget || !entry.isEntry) continue;
    const files = [entry.file, ...[...closure(key)].map((k) => manifest[k].file)];
    const lazy = new Set();
    const addLazy = (k) => {
      for (const dynamic of manifest[k]?.dynamicImports ?? []) {
        if (isLocale(dynamic) || lazy.has(manifest[dynamic].file)) continue;
        lazy.add(manifest[dynamic].file);
        for (const c of [dynamic, ...closure(dynamic)]) if (!files.includes(manifest[c].file)) lazy.add(manifest[c].file), addLazy(c);
      }
    };
    for (const k of [key, ...closure(key)]) addLazy(k);
    const translations = Object.fromEntries(TRANSLATED.map((l) => [l, manifest[`src/generated/locales/${NAMESPACES[widget] ?? widget}/${l}.ts`]?.file]).filter(([, f]) => f));
    pages.push({ widget, files, translations, lazy: [...lazy] });
  }
  return pages;
}

/**
 * Issue 16's size targets, kB gzip (level 9). A page counts the loader, the widget's module,
 * every chunk it imports and its largest translation (fr, ar or zgh); lazy chunks apart.
 * `before`: the same measure at commit c1d4a4a, before the issue's work.
 */
export const SIZE_TARGETS = [
  { what: 'complaint status page, translated', widget: 'complaint-status', max: 20, before: 26.3 },
  { what: 'commitment tracker page, translated', widget: 'commitment-tracker', max: 25, before: 35.5 },
  { what: 'budget chart page (before chart.js), translated', widget: 'budget-chart', max: 30, before: 40.8 },
  { what: 'consultation calendar page, translated', widget: 'consultation-calendar', max: 30, before: 42.9 },
  { what: 'proposal form page, translated', widget: 'proposal-form', max: 30, before: 41.4 },
  { what: 'chart.js chunk (lazy)', chunk: /^chunks\/chart-renderer-/, max: 55, before: 63.4 },
  { what: 'loader (the pasted script)', file: 'opengov-widgets.iife.js', max: 2, before: 1.4 },
];

/** Measures every size target on `dist/`; `gz(file)` gives a dist file's gzip bytes. */
export function measureTargets(manifest, gz, files) {
  const pages = widgetPages(manifest);
  const loader = gz('opengov-widgets.iife.js');
  return SIZE_TARGETS.map((target) => {
    let bytes;
    if (target.widget) {
      const page = pages.find((p) => p.widget === target.widget);
      bytes = page ? loader + page.files.reduce((sum, f) => sum + gz(f), 0) + Math.max(0, ...Object.values(page.translations).map(gz)) : NaN;
    } else if (target.chunk) {
      const file = files.find((f) => target.chunk.test(f));
      bytes = file ? gz(file) : NaN;
    } else {
      bytes = gz(target.file);
    }
    const kB = Number((bytes / 1024).toFixed(1));
    return { target: `${target.what} ≤ ${target.max} kB`, before: target.before, after: kB, met: kB <= target.max ? 'yes' : 'NO' };
  });
}
