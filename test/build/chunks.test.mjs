// What each widget page downloads, checked on the built files (issue 16): the shared `core`
// chunk holds only modules every widget needs, and the parts only some pages or actions use
// stay out of every page's first download. Reads the build's manifest and the module graph the
// bundle analyzer writes (bench/results/treemap/stats.json); builds dist/ first when missing.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { readManifest, widgetPages } from '../../scripts/bundle-pages.mjs';

const STATS = 'bench/results/treemap/stats.json';
const WIDGETS = ['commitment-tracker', 'budget-chart', 'consultation-calendar', 'proposal-form', 'complaint-status', 'proposal-outcomes', 'poll'];

/** Modules (by path inside the repository) that must never be in a page's first download. */
const LAZY = {
  'complaint-status': ['src/complaint-status/open311.ts', 'src/complaint-status/static-crypto.ts', 'src/complaint-status/static-crypto-fallback.ts', 'node_modules/@noble/'],
  'budget-chart': ['node_modules/chart.js/', 'src/budget-chart/chart-config.ts', 'node_modules/papaparse/'],
  'consultation-calendar': ['node_modules/ical.js/', 'src/consultation-calendar/ical-import.ts', 'src/consultation-calendar/month.ts', 'src/consultation-calendar/ics-export.ts'],
  poll: ['node_modules/papaparse/'],
};

/** In core though one page does not use it: measured cheaper than a chunk of its own (vite.config.ts). */
const CORE_ANYWAY = ['src/core/safe-url.ts'];

let manifest;
let graph;

before(() => {
  if (!existsSync('dist/.vite/manifest.json') || !existsSync(STATS)) {
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    assert.equal(build.status, 0, 'npm run build failed');
  }
  manifest = readManifest();
  const stats = JSON.parse(readFileSync(STATS, 'utf8'));
  // uid → { id: path without the leading slash, chunks, imports: static imports' uids }
  graph = new Map(
    Object.entries(stats.nodeMetas).map(([uid, meta]) => [
      uid,
      { id: meta.id.replace(/^\//, ''), chunks: Object.keys(meta.moduleParts), imports: meta.imported.filter((i) => !i.dynamic).map((i) => i.uid) },
    ]),
  );
});

/** Every module a module reaches through static imports, itself included (paths). */
function staticClosure(path) {
  const start = [...graph].find(([, m]) => m.id === path)?.[0];
  assert.ok(start, `${path} is not in the build's module graph`);
  const seen = new Set([start]);
  const todo = [start];
  while (todo.length) for (const next of graph.get(todo.pop()).imports) if (!seen.has(next)) seen.add(next), todo.push(next);
  return new Set([...seen].map((uid) => graph.get(uid).id));
}

describe('built chunks', () => {
  it('puts in the shared core chunk only modules every widget page statically needs', () => {
    const coreFile = Object.values(manifest).find((entry) => /^chunks\/core-/.test(entry.file))?.file;
    assert.ok(coreFile, 'no core chunk in the manifest');
    const inCore = [...graph.values()].filter((m) => m.chunks.includes(coreFile) && m.id.startsWith('src/')).map((m) => m.id);
    assert.ok(inCore.includes('src/core/og-element.ts') && inCore.includes('src/core/format.ts'), `core holds ${inCore.join(', ')}`);
    for (const widget of WIDGETS) {
      const reached = staticClosure(`src/${widget}/index.ts`);
      const unused = inCore.filter((id) => !reached.has(id) && !CORE_ANYWAY.includes(id));
      assert.deepEqual(unused, [], `${widget} downloads core modules it never imports`);
    }
  });

  it('keeps what only some lookups, formats or actions need out of each page first download', () => {
    const pages = new Map(widgetPages(manifest).map((page) => [page.widget, page]));
    for (const [widget, modules] of Object.entries(LAZY)) {
      const page = pages.get(widget);
      assert.ok(page, `no page for ${widget}`);
      for (const prefix of modules) {
        const found = [...graph.values()].filter((m) => m.id.startsWith(prefix));
        assert.ok(found.length, `${prefix} is not in the build (renamed?)`);
        for (const module of found) {
          const loaded = module.chunks.filter((chunk) => page.files.includes(chunk));
          assert.deepEqual(loaded, [], `${widget}'s page downloads ${module.id} with the page`);
        }
      }
    }
  });
});
