#!/usr/bin/env node
/**
 * Writes docs/reference.md from the custom-elements manifest, so the reference never drifts from
 * the widgets' doc comments (@attr, @fires, @csspart, @cssproperty, @slot) and their properties.
 *
 *   npm run analyze && node scripts/build-reference.mjs           writes docs/reference.md
 *   node scripts/build-reference.mjs --check                      exits 1 if docs/reference.md is stale
 *   node scripts/build-reference.mjs --manifest x.json --out y.md
 *
 * test/docs/reference.test.mjs regenerates the manifest and checks docs/reference.md against it.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Table cell text: one line, pipes escaped. */
const cell = (text) => (text ?? '').toString().replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${text.toString().replace(/\s*\n\s*/g, ' ').replace(/`/g, "'").trim()}\`` : '');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

/** Every element declaration of the manifest, by tag name. */
export function elementsOf(manifest) {
  const found = [];
  for (const mod of manifest.modules ?? [])
    for (const declaration of mod.declarations ?? []) if (declaration.tagName) found.push({ ...declaration, path: mod.path });
  return found.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The docs page of an element: docs/<tag without og->.md. */
export const docsPageOf = (tagName) => `docs/${tagName.replace(/^og-/, '')}.md`;

/** Tokens every element reads with the same description (the shared theme tokens of src/core/theme.ts). */
function sharedTokens(elements) {
  if (!elements.length) return [];
  const key = (t) => `${t.name}\u0000${t.description ?? ''}`;
  const sets = elements.map((e) => new Set((e.cssProperties ?? []).map(key)));
  return (elements[0].cssProperties ?? []).filter((t) => sets.every((s) => s.has(key(t))));
}

const firstParagraph = (text) => (text ?? '').split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ').trim();
const rest = (text) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .slice(1)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);

function renderElement(element, shared) {
  const sharedNames = new Set(shared.map((t) => t.name));
  const out = [`## \`<${element.tagName}>\``, ''];
  out.push(`Class \`${element.name}\` (\`${element.path}\`). Guide: [${docsPageOf(element.tagName)}](${docsPageOf(element.tagName).replace(/^docs\//, '')}).`, '');
  if (element.description) out.push(firstParagraph(element.description), '', ...rest(element.description).flatMap((p) => [p, '']));

  const members = element.members ?? [];
  const byAttribute = new Map(members.filter((m) => m.attribute).map((m) => [m.attribute, m]));

  const attributes = element.attributes ?? [];
  out.push('### Attributes', '');
  if (attributes.length)
    out.push(
      table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        attributes.map((a) => {
          const member = byAttribute.get(a.name);
          const setByWidget = !a.fieldName && !member;
          return [code(a.name), a.fieldName ? code(a.fieldName) : setByWidget ? '(set by the widget)' : '', code(a.type?.text ?? member?.type?.text), code(a.default ?? member?.default), a.description ?? member?.description ?? ''];
        }),
      ),
      '',
    );
  else out.push('None.', '');

  const properties = members.filter((m) => m.kind === 'field' && !m.static && !m.attribute);
  out.push('### Properties (JavaScript only)', '');
  if (properties.length)
    out.push(table(['Property', 'Type', 'Default', 'Description'], properties.map((p) => [code(p.name) + (p.readonly ? ' (read-only)' : ''), code(p.type?.text), code(p.default), p.description ?? ''])), '');
  else out.push('None besides the attributes above (each has a property of the same meaning).', '');

  const methods = members.filter((m) => m.kind === 'method' && !m.static);
  if (methods.length) {
    out.push('### Methods', '');
    out.push(
      table(
        ['Method', 'Returns', 'Description'],
        methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), code(m.return?.type?.text), m.description ?? '']),
      ),
      '',
    );
  }

  const events = element.events ?? [];
  out.push('### Events', '');
  if (events.length) out.push('They bubble and cross shadow roots (listen on `document` if you like).', '', table(['Event', 'Description'], events.map((e) => [code(e.name), e.description ?? ''])), '');
  else out.push('None.', '');

  const slots = element.slots ?? [];
  out.push('### Slots', '');
  if (slots.length) out.push(table(['Slot', 'Description'], slots.map((s) => [s.name ? code(s.name) : '(default)', s.description ?? ''])), '');
  else out.push('None: the widget renders everything from its data.', '');

  const parts = element.cssParts ?? [];
  out.push('### CSS parts', '');
  if (parts.length) out.push(`Style them from the page: \`${element.tagName}::part(${parts[0].name}) { … }\`.`, '', table(['Part', 'Description'], parts.map((p) => [code(p.name), p.description ?? ''])), '');
  else out.push('None.', '');

  const own = (element.cssProperties ?? []).filter((t) => !sharedNames.has(t.name));
  out.push('### CSS custom properties', '');
  out.push('The [shared theme tokens](#shared-theme-tokens), and:', '');
  if (own.length) out.push(table(['Property', 'Default', 'Description'], own.map((t) => [code(t.name), code(t.default), t.description ?? ''])), '');
  else out.push('nothing else.', '');
  return out.join('\n');
}

/** The whole of docs/reference.md, from a manifest object. Deterministic (no dates). */
export function renderReference(manifest) {
  const elements = elementsOf(manifest);
  const shared = sharedTokens(elements);
  const out = [
    '# Reference (generated)',
    '',
    '<!-- Generated by scripts/build-reference.mjs from custom-elements.json: do not edit by hand.',
    '     Regenerate: npm run analyze && node scripts/build-reference.mjs -->',
    '',
    'Every element, attribute, property, event, slot, CSS part and CSS custom property of the library, as',
    "declared in the widgets' doc comments (the custom-elements manifest, `custom-elements.json`, which the",
    'package ships). The guides in this folder explain them with examples; this page is the exhaustive list.',
    '',
    ...elements.map((e) => `- [\`<${e.tagName}>\`](#${e.tagName}) — ${firstParagraph(e.description).split(/(?<=\.)\s/)[0]}`),
    '- [Shared theme tokens](#shared-theme-tokens)',
    '',
  ];
  for (const element of elements) out.push(renderElement(element, shared));
  out.push('## Shared theme tokens', '');
  out.push('Every widget reads these. Set them on a widget or on any ancestor (`body`, a wrapper) in your stylesheet; dark defaults apply when the system is dark or `theme="dark"`.', '');
  out.push(table(['Property', 'Default', 'Description'], shared.map((t) => [code(t.name), code(t.default), t.description ?? ''])), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function main(argv) {
  const option = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const manifestPath = option('--manifest', `${ROOT}custom-elements.json`);
  const outPath = option('--out', `${ROOT}docs/reference.md`);
  if (!existsSync(manifestPath)) {
    console.error(`${manifestPath} not found: run \`npm run analyze\` first.`);
    return 2;
  }
  const text = renderReference(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (argv.includes('--check')) {
    const current = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
    if (current !== text) {
      console.error(`${outPath} is out of date: run \`npm run analyze && node scripts/build-reference.mjs\`.`);
      return 1;
    }
    console.log(`${outPath} is up to date.`);
    return 0;
  }
  writeFileSync(outPath, text);
  console.log(`Wrote ${outPath}.`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
