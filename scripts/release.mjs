#!/usr/bin/env node
/**
 * `npm run release` (after the build): writes release/opengov-widgets-<version>.tar.gz, what a
 * release page offers a webmaster who does not build anything:
 *
 *   opengov-widgets-<version>/
 *     START-HERE.html   one page in French, Arabic and English: what to upload, the snippet, the desk
 *     desk.html         the data desk (one file: opens by double-click, no Node needed)
 *     opengov/          dist/ as it is uploaded (the script, its modules, the JSON Schemas)
 *     data/             the starter data, the same files as `npx opengov-widgets init`
 *
 * gzip from Node's zlib and a small ustar writer below: no system tool, no dependency.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { STARTER_FILES } from '../cli/init.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const top = `opengov-widgets-${version}`;
const out = process.argv[2] ?? 'release';
if (!existsSync('dist/opengov-widgets.iife.js') || !existsSync('dist/desk.html')) {
  console.error('dist/ is not built: run "npm run build" first (npm run release does it).');
  process.exit(2);
}

/** Everything under dist/ a site serves (not the Node bundle, types or build bookkeeping). */
function distFiles(dir = 'dist') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['node', 'types', '.vite'].includes(name) ? [] : distFiles(path);
    return name === 'desk.html' && dir === 'dist' ? [] : [path];
  });
}

const entries = [
  ['START-HERE.html', readFileSync('scripts/release/START-HERE.html')],
  ['desk.html', readFileSync('dist/desk.html')],
  ...distFiles().map((path) => [`opengov/${relative('dist', path).split('\\').join('/')}`, readFileSync(path)]),
  ...Object.entries(STARTER_FILES).map(([path, text]) => [`data/${path}`, Buffer.from(text)]),
];

// ——— a minimal ustar archive (POSIX 1003.1-1988): a 512-byte header per file, data padded to 512 ———
function header(name, size, type = '0') {
  const block = Buffer.alloc(512);
  const write = (text, offset, length) => block.write(text, offset, length, 'utf8');
  const octal = (value, length) => value.toString(8).padStart(length - 1, '0') + '\0';
  let prefix = '';
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 154);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  write(base, 0, 100);
  write(octal(type === '5' ? 0o755 : 0o644, 8), 100, 8);
  write(octal(0, 8), 108, 8);
  write(octal(0, 8), 116, 8);
  write(octal(size, 12), 124, 12);
  write(octal(Math.floor(Date.now() / 1000), 12), 136, 12);
  write('        ', 148, 8);
  write(type, 156, 1);
  write('ustar\0', 257, 6);
  write('00', 263, 2);
  write(prefix, 345, 155);
  let sum = 0;
  for (const byte of block) sum += byte;
  write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8);
  return block;
}

const parts = [];
const dirs = new Set();
for (const [path, data] of entries) {
  const segments = `${top}/${path}`.split('/');
  for (let i = 1; i < segments.length; i++) {
    const dir = `${segments.slice(0, i).join('/')}/`;
    if (!dirs.has(dir)) {
      dirs.add(dir);
      parts.push(header(dir, 0, '5'));
    }
  }
  parts.push(header(`${top}/${path}`, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
}
parts.push(Buffer.alloc(1024));
mkdirSync(out, { recursive: true });
const file = join(out, `${top}.tar.gz`);
writeFileSync(file, gzipSync(Buffer.concat(parts), { level: 9 }));
console.log(`release: ${file} (${entries.length} files, ${(statSync(file).size / 1024).toFixed(0)} kB)`);
