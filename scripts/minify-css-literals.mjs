// Build plugin: minifies the CSS inside Lit's css`…` templates of our own sources (vite minifies
// the JavaScript around them, not the text of a template). Only whitespace and comments go:
// runs of spaces and newlines become one space, which is dropped next to `{ } ; ,` and after a
// declaration's `:`. Strings in the CSS (content: "…") and the template's ${…} parts are kept
// as they are.

/** Minifies one static piece of a css`` template. */
export function minifyCss(text) {
  // Comments go and quoted strings stay untouched: split both out first (a comment may hold a quote).
  return text
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\*[\s\S]*?\*\/)/)
    .map((part, i) =>
      i % 2
        ? part.startsWith('/*')
          ? ''
          : part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/([^:\s]): (?=[^{};]*[;}])/g, '$1:')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** The css`…` templates of a module, each static piece minified. */
export function minifyCssTemplates(code) {
  return code.replace(/\bcss`((?:[^`\\]|\\.)*)`/g, (whole, body) => {
    // ${…} parts hold JavaScript (other css`` values, unsafeCSS(…)): split on them and keep them.
    const pieces = body.split(/(\$\{[^}]*\})/);
    return `css\`${pieces.map((piece, i) => (i % 2 ? piece : minifyCss(piece))).join('')}\``;
  });
}

export function minifyCssLiterals() {
  return {
    name: 'opengov-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return undefined;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}
