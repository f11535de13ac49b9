// `opengov-widgets import`: a Decidim component (from the demo's GraphQL server, built with the
// `graphql` package) and a Fiscal Data Package become our own files, which pass `validate`;
// the committed snapshot the browser tests compare with the live widget is what the command writes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mockApi } from '../../demo/mock-api.js';

const BIN = 'bin/opengov-widgets.mjs';
let dir;
let server;
let origin;

before(async () => {
  const build = spawnSync(process.execPath, ['scripts/build-schemas.mjs'], { stdio: 'inherit' });
  assert.equal(build.status, 0);
  dir = mkdtempSync(join(tmpdir(), 'og-import-'));
  server = createServer((req, res) => mockApi(req, res, () => (res.writeHead(404), res.end())));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function cli(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8' }, (error, stdout, stderr) => resolve({ status: error ? error.code : 0, out: stdout + stderr }));
  });
}

test('import decidim: an accountability component → commitments.json that validates, equal to the committed snapshot', async () => {
  const out = join(dir, 'results');
  const run = await cli('import', 'decidim', `${origin}/api/demo/decidim/0.28`, '--component', '10', out);
  assert.equal(run.status, 0, run.out);
  assert.match(run.out, /commitments\.json: 5 items/);
  const check = await cli('validate', join(out, 'commitments.json'));
  assert.equal(check.status, 0, check.out);
  const written = JSON.parse(readFileSync(join(out, 'commitments.json'), 'utf8'));
  const committed = JSON.parse(readFileSync('demo/data/decidim-snapshot/commitments.json', 'utf8'));
  assert.deepEqual(written, committed);
});

test('import decidim: a meetings component → events.json that validates', async () => {
  const out = join(dir, 'meetings');
  const run = await cli('import', 'decidim', `${origin}/api/demo/decidim/0.27/api`, '--component', '11', out);
  assert.equal(run.status, 0, run.out);
  assert.match(run.out, /events\.json: 4 items/);
  assert.equal((await cli('validate', join(out, 'events.json'))).status, 0);
  const events = JSON.parse(readFileSync(join(out, 'events.json'), 'utf8')).events;
  assert.equal(events.find((e) => e.id === 'CASA-MEET-2026-11-23').status, 'cancelled');
});

test('import decidim: a proposals component → proposals/outcomes.json that validates; the rejection without a text left out and said', async () => {
  const out = join(dir, 'proposals');
  const run = await cli('import', 'decidim', `${origin}/api/demo/decidim/0.30`, '--component', '12', out);
  assert.equal(run.status, 0, run.out);
  assert.match(run.out, /outcomes\.json: 4 items/);
  assert.match(run.out, /1 proposal\(s\) left out/);
  const check = await cli('validate', join(out, 'proposals', 'outcomes.json'));
  assert.equal(check.status, 0, check.out);
  const proposals = JSON.parse(readFileSync(join(out, 'proposals', 'outcomes.json'), 'utf8')).proposals;
  assert.deepEqual(
    proposals.map((p) => [p.reference, p.decision ?? p.stage]),
    [
      ['CASA-PROP-2026-03-31', 'accepted'],
      ['CASA-PROP-2026-03-32', 'not-accepted'],
      ['CASA-PROP-2026-03-33', 'evaluating'],
      ['CASA-PROP-2026-03-36', 'published'],
    ],
  );
});

test('import decidim: a private component and an HTML page are told in plain words (exit 2)', async () => {
  const hidden = await cli('import', 'decidim', `${origin}/api/demo/decidim/0.28`, '--component', '13', join(dir, 'x'));
  assert.equal(hidden.status, 2);
  assert.match(hidden.out, /private, unpublished or deleted/);
  const html = await cli('import', 'decidim', `${origin}/api/html/decidim/0.28`, '--component', '10', join(dir, 'y'));
  assert.equal(html.status, 2);
  assert.match(html.out, /web page/);
  assert.equal(existsSync(join(dir, 'x')), false);
});

test('import fdp: a datapackage → budget.json that validates, with the totals of the equivalent file', async () => {
  const out = join(dir, 'budget');
  const run = await cli('import', 'fdp', 'demo/data/fdp/datapackage.json', out);
  assert.equal(run.status, 0, run.out);
  assert.equal((await cli('validate', join(out, 'budget.json'))).status, 0);
  const lib = await import('../../dist/node/schemas.mjs');
  const sums = (text) => {
    const { data } = lib.resources.budget.parse(text);
    return data.years.map((y) => ({ year: y.year, lines: y.lines.map((l) => `${l.direction} ${l.code} ${l.parent ?? ''} ${JSON.stringify(l.amounts)}`).sort() }));
  };
  assert.deepEqual(sums(readFileSync(join(out, 'budget.json'), 'utf8')), sums(readFileSync('demo/data/fdp/equivalent-budget.json', 'utf8')));
});

test('import fdp: a long-format package (the phase in a column) gives the same totals as the equivalent file', async () => {
  const out = join(dir, 'budget-long');
  const run = await cli('import', 'fdp', 'demo/data/fdp-long/datapackage.json', out);
  assert.equal(run.status, 0, run.out);
  assert.doesNotMatch(run.out, /could not be read/);
  assert.equal((await cli('validate', join(out, 'budget.json'))).status, 0);
  const lib = await import('../../dist/node/schemas.mjs');
  const sums = (text) =>
    lib.resources.budget.parse(text).data.years.map((y) => ({ year: y.year, lines: y.lines.map((l) => `${l.direction} ${l.code} ${l.parent ?? ''} ${JSON.stringify(l.amounts)}`).sort() }));
  assert.deepEqual(sums(readFileSync(join(out, 'budget.json'), 'utf8')), sums(readFileSync('demo/data/fdp/equivalent-budget.json', 'utf8')));
});

test('import fdp: a model naming a column the CSV lacks is refused in plain words', async () => {
  const run = await cli('import', 'fdp', 'demo/data/fdp-broken/datapackage.json', join(dir, 'broken'));
  assert.equal(run.status, 2);
  assert.match(run.out, /names a column its CSV lacks/);
});
