#!/usr/bin/env node
// Prints the size of every dist file, raw and gzipped, and checks the IIFE budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const IIFE_BUDGET_KB = Number(process.env.IIFE_BUDGET_KB ?? 35);
const rows = [];
for (const name of readdirSync('dist').sort()) {
  const path = join('dist', name);
  if (!statSync(path).isFile() || !name.endsWith('.js')) continue;
  const bytes = readFileSync(path);
  rows.push({ file: name, kB: (bytes.length / 1024).toFixed(1), 'gzip kB': (gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1) });
}
console.log('\nBundle sizes');
console.table(rows);
const iife = rows.find((r) => r.file === 'opengov-widgets.iife.js');
if (iife) {
  const ok = Number(iife['gzip kB']) <= IIFE_BUDGET_KB;
  console.log(`opengov-widgets.iife.js: ${iife['gzip kB']} kB gzip (budget ${IIFE_BUDGET_KB} kB) ${ok ? 'OK' : 'OVER BUDGET'}`);
  if (!ok) process.exitCode = 1;
}
