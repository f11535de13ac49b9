import { defineConfig, type Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { visualizer } from 'rollup-plugin-visualizer';
import { mockApi } from './demo/mock-api.js';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * `vite build`            → ES entries (dist/opengov-widgets.js + one per widget), code-split.
 * `vite build --mode iife` → dist/opengov-widgets.iife.js, the classic script a webmaster pastes.
 * `vite` (npm start)      → the demo, with the mock API of demo/mock-api.js.
 */
/**
 * Syntax targets. Class fields stay class fields: lowered (as "es2021" did) they become helper
 * calls that look like side effects, so chart.js could not be tree-shaken and every controller
 * and scale shipped (+9 kB gzip). The lowest versions the syntax tables accept for unlowered
 * class fields are Chrome/Edge 98, Firefox 90, Safari 16; static blocks (Safari 16.4) are still
 * lowered.
 */
const BROWSERS = ['chrome98', 'edge98', 'firefox90', 'safari16'];

/**
 * The src/core modules every widget page needs (the element base, states, formatting and the
 * clock it reads, theme, localization, configuration, loading). test/build/chunks checks that
 * each one is reached from every widget entry, so the list cannot keep a module only some use.
 * One exception, measured: safe-url (0.3 kB) is used by every widget but the complaint lookup;
 * in a chunk of its own it cost the six other pages 0.2 kB gzip each and saved that one nothing
 * visible (30.6 kB either way).
 */
export const CORE_MODULES = /src[\\/]core[\\/](og-element|define|dom|events|json|safe-url|state-views|format|wall-clock|zone-rules|theme|localization|localized-text|machine-translation|config|loader)\.ts$/;

export const widgetEntries: Record<string, string> = {
  'opengov-widgets': 'src/index.ts',
  config: 'src/config-entry.ts',
  'commitment-tracker': 'src/commitment-tracker/index.ts',
  'budget-chart': 'src/budget-chart/index.ts',
  'proposal-form': 'src/proposal-form/index.ts',
  'consultation-calendar': 'src/consultation-calendar/index.ts',
  'complaint-status': 'src/complaint-status/index.ts',
  'proposal-outcomes': 'src/proposal-outcomes/index.ts',
  poll: 'src/poll/index.ts',
};

/**
 * Keeps library bookkeeping off the host page's `window`: Lit registers its versions and
 * property metadata on `globalThis`. In the built files those modules
 * see a private scope instead (reads fall through to the real globals, writes stay private),
 * so the only global the library adds is `OpenGovWidgets`. test/e2e/page-safety checks it.
 */
function privateGlobalsPlugin(): Plugin {
  const scopeId = '\0og-private-globals';
  return {
    name: 'opengov-private-globals',
    apply: 'build',
    resolveId: (id) => (id === scopeId ? id : undefined),
    load: (id) =>
      id === scopeId
        ? `const own = {};
export const scope = new Proxy(own, {
  get: (_, key) => (key in own ? own[key] : globalThis[key]),
  set: (_, key, value) => ((own[key] = value), true),
  has: (_, key) => key in own || key in globalThis,
});`
        : undefined,
    transform(code, id) {
      if (!/node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][^\\/]+)[\\/]/.test(id) || !code.includes('globalThis')) return undefined;
      return { code: `import { scope as __ogGlobals } from ${JSON.stringify(scopeId)};\n${code.replace(/\bglobalThis\b/g, '__ogGlobals').replace(/(?<![.\w$])litPropertyMetadata\b/g, '__ogGlobals.litPropertyMetadata')}`, map: null };
    },
  };
}

/**
 * What the loader (the IIFE) fetches in parallel when a widget appears, read from the ES
 * build's manifest: every chunk a widget's module imports (so they download at once instead
 * of one round trip per level) and the translation chunk of each locale.
 */
function preloadLists(): { chunks: Record<string, string[]>; locales: Record<string, string> } {
  // locales: "<namespace>/<locale>" → the translation chunk of that widget and locale.
  const path = 'dist/.vite/manifest.json';
  if (!existsSync(path)) throw new Error('Build the ES entries first (vite build), then the IIFE (vite build --mode iife).');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { file: string; imports?: string[] }>;
  const collect = (key: string, found = new Set<string>()): Set<string> => {
    for (const imported of manifest[key]?.imports ?? []) {
      if (!found.has(manifest[imported].file)) {
        found.add(manifest[imported].file);
        collect(imported, found);
      }
    }
    return found;
  };
  const chunks: Record<string, string[]> = {};
  for (const [name, source] of Object.entries(widgetEntries)) {
    if (manifest[source] && name !== 'opengov-widgets' && name !== 'config') chunks[`${name}.js`] = [...collect(source)];
  }
  const locales: Record<string, string> = {};
  for (const [key, entry] of Object.entries(manifest)) {
    const part = /^src\/generated\/locales\/([\w-]+\/[\w-]+)\.ts$/.exec(key)?.[1];
    if (part) locales[part] = entry.file;
  }
  return { chunks, locales };
}

function mockApiPlugin(): Plugin {
  return {
    name: 'opengov-mock-api',
    configureServer(server) {
      server.middlewares.use(mockApi);
    },
    configurePreviewServer(server) {
      server.middlewares.use(mockApi);
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    mockApiPlugin(),
    privateGlobalsPlugin(),
    minifyCssLiterals(),
    // Where the bytes go: module sizes per chunk, which scripts/treemaps.mjs turns into one
    // treemap per widget page (bench/results/treemap/, linked from BENCH.md).
    ...(mode === 'iife' ? [] : [visualizer({ template: 'raw-data', filename: 'bench/results/treemap/stats.json', gzipSize: true, projectRoot: import.meta.dirname })]),
  ],
  define: {
    __VERSION__: JSON.stringify(version),
    ...(mode === 'iife' ? { __PRELOADS__: JSON.stringify(preloadLists()) } : {}),
  },
  server: { host: '127.0.0.1' },
  build:
    mode === 'iife'
      ? {
          emptyOutDir: false,
          minify: true,
          target: BROWSERS,
          lib: { entry: 'src/iife.ts', name: 'OpenGovWidgets', formats: ['iife'], fileName: () => 'opengov-widgets.iife.js' },
        }
      : {
          minify: true,
          target: BROWSERS,
          manifest: true,
          lib: { entry: widgetEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
          // Entries keep stable names (the loader imports them by name); shared chunks are hashed.
          rolldownOptions: {
            preserveEntrySignatures: 'allow-extension',
            output: {
              chunkFileNames: 'chunks/[name]-[hash].js',
              minify: true,
              // Few, larger shared chunks: browsers open at most 6 connections per host over
              // HTTP/1.1, and every extra file costs a round trip on a slow mobile network.
              // `core` is what every widget needs (Lit, localization, states, formatting) and only
              // that: a core module only some widgets use would be downloaded by every page
              // (CORE_MODULES). `data` is what the document widgets add (valibot validation, offline
              // copy, list and style props); `send` what the two forms that post share (sending,
              // spam checks, device record, kiosk). Other core modules (deadlines, CSV, search)
              // go with the widgets that import them.
              codeSplitting: {
                includeDependenciesRecursively: false,
                groups: [
                  { name: 'data', priority: 3, test: /node_modules[\\/]valibot[\\/]|src[\\/]core[\\/](validation|data-element|data-source|last-good-copy|list-styles|style-props)\.ts/ },
                  { name: 'send', priority: 2, test: /src[\\/]core[\\/](send-controller|spam-check|idempotency|kiosk|device-copy|time-window|focus-after-render)\.ts/ },
                  {
                    name: 'core',
                    priority: 1,
                    // Lit's optional directives (repeat, …) stay with the widgets that use them.
                    test: (id) =>
                      id.startsWith('\0') ||
                      (!/[\\/]directives[\\/]/.test(id) &&
                      /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/](reactive-element|localize|task))[\\/]|src[\\/]generated[\\/]locale-codes|src[\\/]widget-modules/.test(id)) ||
                      CORE_MODULES.test(id),
                  },
                ],
              },
            },
          },
        },
}));
