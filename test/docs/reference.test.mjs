// No drift between the widgets' doc comments and the docs: docs/reference.md is what
// scripts/build-reference.mjs makes from a freshly generated manifest, and each widget's guide
// (docs/<widget>.md) mentions every attribute, event and CSS part of its element.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderReference, elementsOf, docsPageOf } from '../../scripts/build-reference.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let manifest;

before(() => {
  // A fresh manifest from the sources, written to a temporary folder (the repo's own
  // custom-elements.json, which `npm run analyze` writes, and package.json are left alone;
  // the analyzer resolves outdir against the working directory, hence the relative path).
  const dir = mkdtempSync(join(tmpdir(), 'og-cem-'));
  try {
    const config = join(dir, 'cem.config.mjs');
    writeFileSync(
      config,
      `import base from ${JSON.stringify(pathToFileURL(join(ROOT, 'custom-elements-manifest.config.mjs')).href)};\nexport default { ...base, outdir: ${JSON.stringify(relative(ROOT, dir))}, packagejson: false };\n`,
    );
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', config], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, `cem analyze failed: ${run.stderr}`);
    manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the manifest declares the seven widgets', () => {
  assert.deepEqual(
    elementsOf(manifest).map((e) => e.tagName),
    ['og-budget-chart', 'og-commitment-tracker', 'og-complaint-status', 'og-consultation-calendar', 'og-poll', 'og-proposal-form', 'og-proposal-outcomes'],
  );
});

test('docs/reference.md is what the manifest generates (run `npm run analyze && node scripts/build-reference.mjs`)', () => {
  const committed = readFileSync(join(ROOT, 'docs/reference.md'), 'utf8');
  assert.equal(committed, renderReference(manifest));
});

test('the reference lists every attribute, event, part and token of every element', () => {
  const text = renderReference(manifest);
  for (const element of elementsOf(manifest)) {
    const section = text.split(`## \`<${element.tagName}>\``)[1].split('\n## ')[0];
    for (const a of element.attributes ?? []) assert.ok(section.includes(`| \`${a.name}\` |`), `${element.tagName}: attribute ${a.name}`);
    for (const e of element.events ?? []) assert.ok(section.includes(`| \`${e.name}\` |`), `${element.tagName}: event ${e.name}`);
    for (const p of element.cssParts ?? []) assert.ok(section.includes(`| \`${p.name}\` |`), `${element.tagName}: part ${p.name}`);
    for (const t of element.cssProperties ?? []) assert.ok(text.includes(`| \`${t.name}\` |`), `${element.tagName}: token ${t.name}`);
  }
});

for (const kind of ['attributes', 'events', 'cssParts']) {
  test(`every element's ${kind} are mentioned in its guide (docs/<widget>.md)`, () => {
    const missing = [];
    for (const element of elementsOf(manifest)) {
      const page = join(ROOT, docsPageOf(element.tagName));
      assert.ok(existsSync(page), `${docsPageOf(element.tagName)} is missing`);
      const guide = readFileSync(page, 'utf8');
      for (const { name } of element[kind] ?? []) {
        // As code (`view`, `view="month"`, `::part(card)`), not just the word in a sentence.
        const mentioned = new RegExp(`\`(?:[\\w-]+::part\\()?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[="\\s)][^\`]*)?\``).test(guide);
        if (!mentioned) missing.push(`${docsPageOf(element.tagName)}: ${name}`);
      }
    }
    assert.deepEqual(missing, [], `not documented:\n${missing.join('\n')}`);
  });
}

test('the renderer escapes pipes inside table cells', () => {
  const text = renderReference({
    modules: [{ path: 'x.ts', declarations: [{ tagName: 'og-x', name: 'X', description: 'X.', attributes: [{ name: 'a', type: { text: "'b' | 'c'" }, description: 'one | two' }] }] }],
  });
  assert.match(text, /\| `a` \| [^|]* \| `'b' \\\| 'c'` \|  \| one \\\| two \|/);
});
