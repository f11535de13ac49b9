import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** Storybook's Vite config: what the sources need (the version constant), nothing of the library build. */
export default defineConfig({
  define: { __VERSION__: JSON.stringify(version) },
});
