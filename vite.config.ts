import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { mockApi } from './demo/mock-api.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * `vite build`            → ES entries (dist/opengov-widgets.js + one per widget), code-split.
 * `vite build --mode iife` → dist/opengov-widgets.iife.js, the classic script a webmaster pastes.
 * `vite` (npm start)      → the demo, with the mock API of demo/mock-api.js.
 */
export const widgetEntries: Record<string, string> = {
  'opengov-widgets': 'src/index.ts',
  config: 'src/config-entry.ts',
  'commitment-tracker': 'src/commitment-tracker/index.ts',
  'proposal-form': 'src/proposal-form/index.ts',
};

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
  plugins: [mockApiPlugin()],
  define: { __VERSION__: JSON.stringify(version) },
  server: { host: '127.0.0.1' },
  build:
    mode === 'iife'
      ? {
          emptyOutDir: false,
          minify: true,
          target: 'es2021',
          lib: { entry: 'src/iife.ts', name: 'OpenGovWidgets', formats: ['iife'], fileName: () => 'opengov-widgets.iife.js' },
        }
      : {
          minify: true,
          target: 'es2021',
          lib: { entry: widgetEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
          // Entries keep stable names (the loader imports them by name); shared chunks are hashed.
          rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
        },
}));
