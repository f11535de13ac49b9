// custom-elements-manifest analyzer config: `npm run analyze` writes custom-elements.json at the
// repo root, read by Storybook (docs and controls), editors and the package's "customElements".
// Source of truth: each widget's class doc comment (@element, @attr, @fires, @csspart,
// @cssproperty) plus the shared theme tokens documented in src/core/theme.ts.
import { readFileSync } from 'node:fs';

/** The `@cssproperty --og-… - description` lines of src/core/theme.ts. */
function themeTokens() {
  const source = readFileSync(new URL('./src/core/theme.ts', import.meta.url), 'utf8');
  return [...source.matchAll(/@cssproperty\s+(--[\w-]+)\s+-\s+(.+)/g)].map(([, name, description]) => {
    const fallback = /\(default (#[0-9a-f]{3,8}|[\d.]+(?:rem|em|px|%)?)\b/i.exec(description)?.[1];
    return { name, description: description.trim(), ...(fallback ? { default: fallback } : {}) };
  });
}

/**
 * Every element shares the theme tokens: list them on each one so its docs show them. Also
 * drops private and protected members, which are not part of the public API.
 */
function sharedThemeTokensPlugin() {
  return {
    name: 'opengov-shared-theme-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const tokens = themeTokens();
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement) continue;
          // Docs show the public API only: private and protected members are implementation.
          declaration.members = (declaration.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_'));
          if (!declaration.tagName) continue;
          const own = declaration.cssProperties ?? [];
          const names = new Set(own.map((p) => p.name));
          declaration.cssProperties = [...own, ...tokens.filter((t) => !names.has(t.name))];
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/generated/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [sharedThemeTokensPlugin()],
};
