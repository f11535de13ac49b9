// `opengov-widgets import decidim <instance> --component ID <out-dir>`
// `opengov-widgets import fdp <datapackage.json|url> <out-dir> [--classification functional|economic|…]`
//
// Static snapshots, for sites whose Decidim does not allow their origin, is slow or may go
// away: reads the source with the widgets' own adapters (dist/node/schemas.mjs, built from
// src/schemas.ts: one implementation), then writes our own JSON files (commitments.json,
// events.json, proposals/outcomes.json or budget.json), checked with the widget's parser and the contract's schema.
// Exit code: 0 written, 1 the source answered but the result is not valid, 2 cannot read / bad usage.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadSchemas } from './validate.mjs';
import { parseOrExplain, UsageError } from './usage.mjs';

export const usage = 'import decidim <instance> --component ID <out-dir> | import fdp <datapackage.json|url> <out-dir> [--classification NAME]';
export const summary = 'write a static snapshot (our JSON files) of a Decidim component or a Fiscal Data Package, validated';

function parseArgs(args) {
  const positional = [];
  const options = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') ? args[i].split(/=(.*)/s) : [args[i]];
    if (!args[i].startsWith('--')) {
      positional.push(args[i]);
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    if (flag === '--component') options.component = value;
    else if (flag === '--classification') options.classification = value;
    else throw new UsageError(`unknown option ${flag}`);
  }
  const [source, from, out] = positional;
  if (!['decidim', 'fdp'].includes(source)) throw new UsageError('expected "decidim" or "fdp"');
  if (!from || !out || positional.length !== 3) throw new UsageError('expected a source and an output folder');
  if (source === 'decidim' && !/^\d+$/.test(options.component ?? '')) throw new UsageError('--component needs the component\'s number');
  return { source, from, out, ...options };
}


async function writeChecked(lib, resource, text, out, io, notices) {
  const parsed = await lib.resources[resource].parse(text);
  let document = JSON.parse(text);
  if (resource === 'proposal-outcomes' && parsed.skipped) {
    // What the widget would skip (a rejection Decidim answered without a text: the contract
    // needs a reason) is left out of the file, and said, so that the snapshot validates.
    const kept = new Set(parsed.data.proposals.map((p) => p.reference));
    document = { ...document, proposals: document.proposals.filter((p) => kept.has(p.reference)) };
    io.out(`note: ${parsed.skipped} proposal(s) left out: not valid as an outcome (a rejection without an answer text has no reason)`);
  }
  const whole = lib.safeParse(lib.resources[resource].schema, document);
  if (!whole.success) {
    io.err(`opengov-widgets: the snapshot is not a valid ${resource}.json: ${whole.issues.slice(0, 3).map((i) => `${(i.path ?? []).map((item) => item.key).join('.')}: ${i.message}`).join('; ')}`);
    return 1;
  }
  // Where the widget's `api` looks for it: commitments.json, events.json, proposals/outcomes.json.
  const file = join(out, lib.resources[resource].path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(document, null, 2) + '\n');
  io.out(`wrote ${file}: ${lib.resources[resource].count(parsed.data)} items${parsed.skipped && resource !== 'proposal-outcomes' ? `, ${parsed.skipped} skipped` : ''}`);
  for (const notice of notices) io.out(`note: ${describe(notice)}`);
  const machine = Object.entries(document.machineTranslated ?? {});
  if (machine.length) io.out(`note: machine translations (no human text in that language), listed in "machineTranslated" and marked by the widgets: ${machine.map(([locale, texts]) => `${texts.length} in ${locale}`).join(', ')}`);
  return 0;
}

function describe(notice) {
  switch (notice.kind) {
    case 'truncated':
      return `only the first ${notice.shown} items were read (the source holds more)`;
    case 'partial':
      return `the source reported ${notice.errors} error(s) beside its data: some information may be missing`;
    case 'missing-fields':
      return `this Decidim version lacks ${notice.fields.join(', ')}: not in the snapshot`;
    default:
      return notice.kind;
  }
}

const REASONS = {
  'not-data': 'the address answered with a web page, not the API (maintenance page, or not {instance}/api)',
  'query-refused': 'the API refused the query (an unsupported Decidim version?)',
  'no-component': 'no such component: it may be private, unpublished or deleted',
  'wrong-component': 'this component is neither an accountability, a meetings nor a proposals component',
  'missing-column': "the package's model names a column its CSV lacks",
  network: 'the server could not be reached',
  timeout: 'the server took too long to answer',
  server: 'the server had a problem',
  'not-found': 'not found',
};

export async function run(args, io = { out: console.log, err: console.error }) {
  const options = parseOrExplain(parseArgs, args, usage, io);
  if (!options) return 2;
  let lib;
  try {
    lib = await loadSchemas();
  } catch (error) {
    io.err(`opengov-widgets: ${error.message}`);
    return 2;
  }
  try {
    if (options.source === 'decidim') {
      const endpoint = lib.decidimEndpoint(options.from);
      // Whichever kind the component is: results, meetings or proposals (each reader refuses the others).
      const readers = [
        ['commitments', lib.readDecidimCommitments],
        ['events', lib.readDecidimEvents],
        ['proposal-outcomes', lib.readDecidimOutcomes],
      ];
      for (const [resource, read] of readers) {
        let adapted;
        try {
          adapted = await read(endpoint, options.component, { timeoutMs: 60_000 });
        } catch (error) {
          if (error?.reason === 'wrong-component' && resource !== readers.at(-1)[0]) continue;
          throw error;
        }
        return await writeChecked(lib, resource, adapted.text, options.out, io, adapted.notices);
      }
    }
    const isUrl = /^https?:\/\//i.test(options.from);
    const descriptor = isUrl ? options.from : pathToFileURL(resolve(options.from)).href;
    const readResource = async (url) => (url.startsWith('file:') ? readFile(fileURLToPath(url), 'utf8') : httpText(url));
    const adapted = await lib.loadFiscalDataPackage(descriptor, { classification: options.classification, readResource });
    if (adapted.skipped) io.out(`note: ${adapted.skipped} row(s) of the CSV could not be read (amount or year not valid)`);
    return await writeChecked(lib, 'budget', adapted.text, options.out, io, adapted.notices);
  } catch (error) {
    const reason = error?.reason;
    io.err(`opengov-widgets: cannot import ${options.from}: ${REASONS[reason] ?? error?.message ?? String(error)}`);
    return 2;
  }
}

async function httpText(url) {
  const response = await fetch(url);
  if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status} for ${url}`), { reason: response.status === 404 ? 'not-found' : undefined });
  return response.text();
}
