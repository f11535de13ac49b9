#!/usr/bin/env node
/**
 * Merges translations into locales/*.xlf, then rebuilds the runtime locale modules.
 *
 *   node scripts/translate.mjs translations.json   # {"msg.id": {"fr": "…", "ar": "…", "zgh": "…"}}
 *   node scripts/translate.mjs --missing           # lists messages without a translation (and rebuilds)
 *
 * In the JSON, `{0}`, `{1}` … stand for the message's placeholders, in source order.
 * Runs `lit-localize extract` first so new messages are in the files, and after merging,
 * `lit-localize build` then scripts/split-locales.mjs (one module per widget and locale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const LOCALES = ['fr', 'ar', 'zgh'];
const file = (locale) => `locales/${locale}.xlf`;
const UNIT = /<trans-unit id="([^"]+)">\n\s*<source>([\s\S]*?)<\/source>\n(?:\s*<target>[\s\S]*?<\/target>\n)?<\/trans-unit>/g;
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });

const build = () => {
  execFileSync('npx', ['lit-localize', 'build'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/split-locales.mjs'], { stdio: 'inherit' });
};

if (process.argv[2] === '--missing') {
  build();
  let missing = 0;
  for (const locale of LOCALES) {
    const xml = readFileSync(file(locale), 'utf8');
    for (const unit of xml.matchAll(/<trans-unit id="([^"]+)">\n\s*<source>([\s\S]*?)<\/source>\n(\s*<target>)?/g)) {
      if (!unit[3]) {
        missing++;
        console.log(`${locale}\t${unit[1]}\t${unit[2]}`);
      }
    }
  }
  process.exit(missing ? 1 : 0);
}

const translations = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const locale of LOCALES) {
  let xml = readFileSync(file(locale), 'utf8');
  xml = xml.replace(UNIT, (whole, id, source) => {
    const text = translations[id]?.[locale];
    if (text === undefined) return whole;
    const placeholders = [...source.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => m[0]);
    const target = escapeXml(text).replace(/\{(\d+)\}/g, (_, n) => {
      if (!placeholders[n]) throw new Error(`${id} (${locale}): no placeholder {${n}} in the source`);
      return placeholders[n];
    });
    return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>\n</trans-unit>`;
  });
  writeFileSync(file(locale), xml);
}
build();
