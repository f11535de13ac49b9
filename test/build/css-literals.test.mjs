// The build minifies the CSS of every css`…` template (scripts/minify-css-literals.mjs). It may
// drop only whitespace and comments: each template of src/, minified, must be the same style
// sheet as the original, as lightningcss reads both (its own minified print of each compared).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import { minifyCss, minifyCssTemplates } from '../../scripts/minify-css-literals.mjs';

const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

const TEMPLATE = /\bcss`((?:[^`\\]|\\.)*)`/g;
/**
 * A template's text as a style sheet lightningcss can read: each ${…} (they stand for tokens) as
 * a declaration, and a list of declarations alone (a set of tokens) inside a rule.
 */
const asSheet = (body) => {
  const text = body.replace(/\$\{[^}]*\}/g, '--og-slot: 1;');
  return text.includes('{') ? text : `:host{${text}}`;
};
/**
 * lightningcss's minified print of a sheet. It keeps the blanks inside var() and gradients as
 * written, where a blank after a comma means nothing: those are dropped in both prints.
 */
function printed(text, file) {
  try {
    const css = transform({ filename: file, code: Buffer.from(text), minify: true, errorRecovery: false }).code.toString();
    return css.split(/("(?:[^"\\]|\\.)*")/).map((part, i) => (i % 2 ? part : part.replace(/,\s+/g, ','))).join('');
  } catch (error) {
    throw new Error(`${file}: ${error.message} at ${JSON.stringify(error.loc)} in ${text.slice(0, 200)}`);
  }
}

describe('css`` templates, minified by the build', () => {
  it('keep quoted strings and the space of descendant selectors, drop comments and blanks', () => {
    assert.equal(
      minifyCss(`a { content: " a ; b " ; /* it's */ color: red ; }\n  :host :focus-visible , b:hover { margin: 1px  2px; }`),
      'a{content: " a ; b "; color:red}:host :focus-visible,b:hover{margin:1px 2px}',
    );
  });

  it('give the same style sheet for every template of src/', () => {
    let templates = 0;
    for (const file of sources('src')) {
      const code = readFileSync(file, 'utf8');
      const originals = [...code.matchAll(TEMPLATE)].map((m) => m[1]);
      if (!originals.length) continue;
      const minified = [...minifyCssTemplates(code).matchAll(TEMPLATE)].map((m) => m[1]);
      assert.equal(minified.length, originals.length, file);
      originals.forEach((original, i) => {
        templates++;
        assert.ok(minified[i].length < original.length, `${file}: template ${i + 1} was not minified`);
        assert.equal(printed(asSheet(minified[i]), file), printed(asSheet(original), file), `${file}: template ${i + 1} changed meaning`);
      });
    }
    assert.ok(templates >= 10, `only ${templates} templates found`);
  });
});
