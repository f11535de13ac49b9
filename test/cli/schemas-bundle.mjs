// dist/node/schemas.mjs (the schemas and readers the command-line tools import) and the JSON
// Schemas, built when missing, as the Node tests of validation read them.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const BUNDLE = 'dist/node/schemas.mjs';

export async function loadSchemasBundle() {
  if (!existsSync(BUNDLE) || !existsSync('dist/schemas/commitments.schema.json')) {
    const build = spawnSync(process.execPath, ['scripts/build-schemas.mjs'], { stdio: 'inherit' });
    assert.equal(build.status, 0, 'scripts/build-schemas.mjs failed');
  }
  return import(`../../${BUNDLE}`);
}
