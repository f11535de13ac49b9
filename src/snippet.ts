/**
 * The HTML a webmaster pastes for one widget: the library's script tag (with where the data
 * is) and the element, plus the site's colors. One writer for the snippet builder
 * (demo/snippet-builder.ts) and the data desk.
 */
export interface SnippetChoice {
  /** The element, e.g. `og-commitment-tracker`. */
  tag: string;
  /** The file it reads in the data folder (`src` mode), e.g. `commitments.json`; ends with `/` for a folder. */
  file: string;
  script: string;
  mode: 'api' | 'src';
  /** The data folder (api) or file (src); empty: the usual layout. */
  url: string;
  locale: string;
  theme: string;
  attributes: [string, string | true][];
  tokens: [string, string][];
}

const attrValue = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function writeSnippet(choice: SnippetChoice): string {
  const widget = { tag: choice.tag, file: choice.file };
  const scriptAttrs = [`src="${attrValue(choice.script)}"`];
  // No URL typed: the usual layout (the preview uses the demo's data meanwhile).
  const url = choice.url || (choice.mode === 'api' ? '/opengov/data/' : `/opengov/data/${widget.file.endsWith('/') ? '' : widget.file}`);
  if (choice.mode === 'api') scriptAttrs.push(`data-api="${attrValue(url)}"`);
  if (choice.locale) scriptAttrs.push(`data-locale="${choice.locale}"`);
  const elementAttrs: string[] = [];
  if (choice.mode === 'src') elementAttrs.push(`src="${attrValue(url)}"`);
  if (choice.theme) elementAttrs.push(`theme="${choice.theme}"`);
  for (const [name, value] of choice.attributes) elementAttrs.push(value === true ? name : `${name}="${attrValue(value)}"`);
  const lines = [
    '<!-- 1. Once per page (e.g. in the theme footer): the library and where the data is. -->',
    `<script ${scriptAttrs.join(' ')}></script>`,
    '',
    '<!-- 2. Where the widget should appear. -->',
    `<${widget.tag}${elementAttrs.length ? ` ${elementAttrs.join(' ')}` : ''}></${widget.tag}>`,
  ];
  if (choice.tokens.length) {
    lines.push(
      '',
      "<!-- 3. Your site's colors (or put this rule in the theme's stylesheet). -->",
      '<style>',
      `  ${widget.tag} {`,
      ...choice.tokens.map(([name, value]) => `    ${name}: ${value};`),
      '  }',
      '</style>',
    );
  }
  return `${lines.join('\n')}\n`;
}

