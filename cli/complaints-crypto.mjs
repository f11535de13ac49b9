// The static complaints format for the command line. There is one implementation, shared with
// the widget and the data desk: src/complaint-status/static-publish.ts (Web Crypto), bundled
// for Node 20 as dist/node/complaints-crypto.mjs by scripts/build-schemas.mjs (`npm run build`).
let bundle;
try {
  bundle = await import('../dist/node/complaints-crypto.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  throw new Error('dist/node/complaints-crypto.mjs is missing: run "npm run build" (or "node scripts/build-schemas.mjs") first');
}

export const {
  STATIC_FORMAT,
  MIN_ITERATIONS,
  MAX_ITERATIONS,
  DEFAULT_ITERATIONS,
  normalizeReference,
  normalizeSecret,
  parseMetadata,
  cryptoBackend,
  deriveLookup,
  openEnvelope,
  publishStaticFolder,
  generateSecret,
  secretWeakness,
  MIN_SECRET_LENGTH,
} = bundle;
