#!/usr/bin/env node
// Runs the Node-side tests with node's own test runner: code run in an outdated engine (test/node:
// Node 20's tz data predates Morocco's 2026 change), the command-line tools (test/cli),
// the built chunks (test/build), the end-to-end pages in Chromium against the built files (test/e2e; builds dist/ if missing).
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dirs = ['test/node', 'test/cli', 'test/build', 'test/e2e', 'test/docs'];
const files = dirs.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).map((f) => `${dir}/${f}`) : []));
if (files.some((f) => f.startsWith('test/e2e')) && !existsSync('dist/opengov-widgets.iife.js')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!files.length) {
  console.log('No Node-side tests.');
  process.exit(0);
}
const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
