import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for every widget: `npm run storybook` (dev, port 6006) and `npm run build-storybook`
 * (static, storybook-static/). Both run `npm run analyze` first: the docs and controls come
 * from custom-elements.json, generated from the widgets' doc comments.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    // A small Vite config of its own: the project's vite.config.ts builds the library (lib mode).
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
};

export default config;
