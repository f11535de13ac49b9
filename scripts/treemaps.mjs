#!/usr/bin/env node
// Where the bytes go: one treemap per widget page (its module, the chunks it imports, its
// largest translation and, apart, what it loads lazily), plus one of the whole build. Input:
// the raw module sizes the build writes (rollup-plugin-visualizer, vite.config.ts); output:
// bench/results/treemap/<widget>.html and index.html, linked from BENCH.md.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { readManifest, widgetPages } from './bundle-pages.mjs';

const DIR = 'bench/results/treemap';
const stats = JSON.parse(readFileSync(join(DIR, 'stats.json'), 'utf8'));
const cli = join('node_modules', '.bin', 'rollup-plugin-visualizer');
const gz = (file) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length;

function render(name, title, keep) {
  const data = keep ? { ...stats, tree: { ...stats.tree, children: stats.tree.children.filter((c) => keep.includes(c.name)) } } : stats;
  const input = join(DIR, `${name}.json`);
  writeFileSync(input, JSON.stringify(data));
  const run = spawnSync(cli, ['--template', 'treemap', '--title', title, '--filename', join(DIR, `${name}.html`), input], { stdio: 'inherit' });
  rmSync(input);
  if (run.status !== 0) throw new Error(`treemap ${name} failed`);
}

mkdirSync(DIR, { recursive: true });
render('index', 'opengov-widgets: the whole build', undefined);
for (const page of widgetPages(readManifest())) {
  const translation = Object.values(page.translations).sort((a, b) => gz(b) - gz(a))[0];
  render(page.widget, `opengov-widgets: a ${page.widget} page (lazy chunks apart)`, [...page.files, ...(translation ? [translation] : []), ...page.lazy]);
}
console.log(`treemaps: ${DIR}/index.html and one per widget page`);
