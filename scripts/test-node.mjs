#!/usr/bin/env node
// Runs the Node-side tests (command-line tools) with node's own test runner, when there are any.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dir = 'test/cli';
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).map((f) => `${dir}/${f}`) : [];
if (!files.length) {
  console.log('No Node-side tests.');
  process.exit(0);
}
const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
