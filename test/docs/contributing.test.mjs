// CONTRIBUTING's "Tests that hold under load", where a machine can check it in the browser tests'
// sources: every wait for a condition goes through test/helpers/wait.ts (the project's bound, not
// @open-wc's 1 s default, which a busy machine exceeded), and no test sleeps a fixed time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const browserTests = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return browserTests(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

const files = browserTests('test').filter((path) => path !== join('test', 'helpers', 'wait.ts'));

test('the browser tests wait for a condition with the project bound (test/helpers/wait.ts)', () => {
  const offenders = files.filter((path) => /import\s*\{[^}]*\bwaitUntil\b[^}]*\}\s*from\s*'@open-wc\/testing'/.test(readFileSync(path, 'utf8')));
  assert.deepEqual(offenders, [], "import waitUntil from test/helpers/wait.js, not from '@open-wc/testing' (its bound is 1 s)");
});

test('no browser test sleeps a fixed time (setTimeout with a delay)', () => {
  const offenders = files.filter((path) => /setTimeout\([^()]*(\([^()]*\)[^()]*)*,\s*[1-9]/.test(readFileSync(path, 'utf8')));
  assert.deepEqual(offenders, [], 'wait for the event or poll for the condition with waitUntil');
});

// CONTRIBUTING's "Schemas": valibot's own object and record read a list as an object of its
// indexes; the contract's objects and maps come from src/core/validation.ts, which refuse lists.
test('schemas build objects and maps with core/validation.ts (they refuse a list), not valibot\'s own', () => {
  const sources = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sources(path);
      return entry.name.endsWith('.ts') ? [path] : [];
    });
  const offenders = sources('src').filter((path) => path !== join('src', 'core', 'validation.ts') && /\bv\.(object|looseObject|strictObject|record)\(/.test(readFileSync(path, 'utf8')));
  assert.deepEqual(offenders, [], 'use object, looseObject or record from src/core/validation.js');
});
