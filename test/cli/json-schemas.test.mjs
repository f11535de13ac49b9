// The published JSON Schemas keep their meaning (issue 16): for every resource, the demo's
// documents and thousands of variants of them (a field removed, or given another type, an
// impossible date, a list for a text…) are accepted or refused by today's JSON Schemas exactly as
// by the ones zod generated before the move to valibot (test/cli/json-schemas-zod/).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { loadSchemasBundle } from './schemas-bundle.mjs';

const { Validator } = createRequire(import.meta.url)('jsonschema');
let lib;

before(async () => {
  lib = await loadSchemasBundle();
});

const jsonFiles = (root) =>
  readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });

/** Documents of the resources no demo file holds (bodies the widgets send). */
const SENT = {
  proposal: { title: 'Éclairage', problem: 'La rue est sombre', solution: 'Des lampadaires', theme: 'voirie', locale: 'fr', contact: { email: 'a@b.ma' } },
  'poll-vote': { choices: ['a', 'b'], other: 'texte', channel: 'web' },
};

/** Lists cut to their first two items: the same shapes, fewer repeats. */
function trimmed(value) {
  if (Array.isArray(value)) return value.slice(0, 2).map(trimmed);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimmed(v)]));
  return value;
}

function paths(value, path = [], found = []) {
  found.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...path, i], found));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...path, k], found);
  return found;
}

const REPLACEMENTS = [null, 42, -1, 1.5, 0, true, '', 'x', '2024-02-29', '2023-02-29', '2024-13-01', '2024-01-15T10:00:00+01:00', '2024-01-15T10:00+01:00', '2024-01-15T10:00:00', '09:30', 'MAD', '12.5', [], ['a'], {}, { fr: 'x' }, { fr: 1 }];

/** The document with the value at `path` replaced (or removed, for `undefined`). */
function withValue(doc, path, value) {
  if (!path.length) return value;
  const copy = structuredClone(doc);
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path.at(-1);
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(last, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

test('the JSON Schemas accept and refuse the same documents as before the move to valibot', () => {
  const validator = new Validator();
  const seeds = new Map();
  const add = (name, doc) => seeds.set(name, [...(seeds.get(name) ?? []), doc]);
  for (const file of jsonFiles('demo/data')) {
    let doc;
    try {
      doc = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    const name = lib.detectResource(doc, file);
    if (name && existsSync(`test/cli/json-schemas-zod/${name}.schema.json`)) add(name, trimmed(doc));
  }
  for (const [name, doc] of Object.entries(SENT)) add(name, doc);
  assert.deepEqual([...seeds.keys()].sort(), [...lib.RESOURCE_NAMES].sort(), 'every resource has documents to compare on');

  let compared = 0;
  const differences = [];
  for (const [name, docs] of seeds) {
    const beforeSchema = JSON.parse(readFileSync(`test/cli/json-schemas-zod/${name}.schema.json`, 'utf8'));
    const now = JSON.parse(readFileSync(`dist/schemas/${name}.schema.json`, 'utf8'));
    for (const doc of docs) {
      for (const path of paths(doc)) {
        for (const value of [undefined, ...REPLACEMENTS]) {
          if (value === undefined && !path.length) continue;
          const variant = withValue(doc, path, value);
          const was = validator.validate(variant, beforeSchema).valid;
          const is = validator.validate(variant, now).valid;
          compared++;
          if (was !== is && differences.length < 20) differences.push(`${name} ${path.join('.') || '(root)'} = ${JSON.stringify(value) ?? '(removed)'}: before ${was}, now ${is}`);
        }
      }
    }
  }
  assert.ok(compared > 10_000, `only ${compared} documents compared`);
  assert.deepEqual(differences, [], differences.join('\n'));
});
