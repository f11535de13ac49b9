#!/usr/bin/env node
// Records what the demo's Decidim GraphQL server (demo/mock-decidim/, real graphql execution)
// answers to the adapter's own queries, for Storybook (which has no server): writes
// stories/platforms/decidim-recorded.json, keyed by version, operation and component.
// Run after changing the adapter's queries or the mock data: node scripts/record-decidim.mjs
import { writeFile } from 'node:fs/promises';
import { executeDecidim } from '../demo/mock-decidim/server.js';

const lib = await import('../dist/node/schemas.mjs');
const recorded = {};
const realFetch = globalThis.fetch;
globalThis.fetch = async (url, init) => {
  const version = /decidim\/([\d.]+)\/api/.exec(String(url))[1];
  const { status, body } = await executeDecidim(version, init.body);
  const request = JSON.parse(init.body);
  const operation = /query (\w+)/.exec(request.query)[1];
  recorded[`${version} ${operation} ${request.variables?.id ?? ''} ${request.variables?.after ?? ''}`.trim()] = body;
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
};
for (const version of ['0.27', '0.28']) {
  await lib.readDecidimCommitments(`http://recording/decidim/${version}/api`, '10');
  await lib.readDecidimEvents(`http://recording/decidim/${version}/api`, '11');
  await lib.readDecidimOutcomes(`http://recording/decidim/${version}/api`, '12');
  await lib.readDecidimCommitments(`http://recording/decidim/${version}/api`, '13').catch(() => {});
}
globalThis.fetch = realFetch;
await writeFile(new URL('../stories/platforms/decidim-recorded.json', import.meta.url), JSON.stringify(recorded, null, 1) + '\n');
console.log(`recorded ${Object.keys(recorded).length} answers`);
