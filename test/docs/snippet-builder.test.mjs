// The snippet builder (demo/snippet-builder.ts) offers only attributes that exist: every
// `attr: '…'` it lists for a widget is an attribute of that element in the custom-elements
// manifest, and a widget offered with a `src` mode has a `src` attribute.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { elementsOf } from '../../scripts/build-reference.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let attributes;

before(() => {
  const dir = mkdtempSync(join(tmpdir(), 'og-cem-'));
  try {
    const config = join(dir, 'cem.config.mjs');
    writeFileSync(
      config,
      `import base from ${JSON.stringify(pathToFileURL(join(ROOT, 'custom-elements-manifest.config.mjs')).href)};\nexport default { ...base, outdir: ${JSON.stringify(relative(ROOT, dir))}, packagejson: false };\n`,
    );
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', config], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, `cem analyze failed: ${run.stderr}`);
    const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
    attributes = new Map(elementsOf(manifest).map((e) => [e.tagName, new Set((e.attributes ?? []).map((a) => a.name))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The builder's widgets: tag → offered attributes (read from the source). */
function offered() {
  const source = readFileSync(join(ROOT, 'demo/snippet-builder.ts'), 'utf8');
  const list = source.slice(source.indexOf('const WIDGETS'), source.indexOf('const TOKENS'));
  return list
    .split(/(?=tag: 'og-)/)
    .slice(1)
    .map((block) => ({
      tag: /tag: '([\w-]+)'/.exec(block)[1],
      attrs: [...block.matchAll(/attr: '([\w-]+)'/g)].map((m) => m[1]),
      previewOnly: Object.keys(Function(`return ${/previewOnly: (\{[^}]*\})/.exec(block)?.[1] ?? '{}'}`)()),
      folderOnly: /folderOnly: true/.test(block),
    }));
}

test('the builder offers every widget of the manifest', () => {
  assert.deepEqual(offered().map((w) => w.tag).sort(), [...attributes.keys()].sort());
});

test('every attribute the builder writes exists on its element', () => {
  const unknown = [];
  for (const { tag, attrs, previewOnly, folderOnly } of offered()) {
    for (const attr of [...attrs, ...previewOnly, 'api', 'theme', ...(folderOnly ? [] : ['src'])]) if (!attributes.get(tag)?.has(attr)) unknown.push(`<${tag}> ${attr}`);
  }
  assert.deepEqual(unknown, []);
});

test('a widget without `src` is marked folder-only', () => {
  for (const { tag, folderOnly } of offered()) assert.equal(folderOnly, !attributes.get(tag).has('src'), tag);
});
