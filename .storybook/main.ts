import type { StorybookConfig } from '@storybook/web-components-vite';
import { BRANDS } from './brands.ts';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The demo feed and brand themes as the demo page serves them; portraits and logos for the stories;
  // the real exports among the test fixtures for the import stories.
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../stories/assets', to: '/assets' },
    { from: '../tests/fixtures/feeds', to: '/feeds' },
  ],
  // The brand themes as a partner page links them, from the static /demo. Imported as modules they
  // would clash with it: the dev server answered Vite's request for ../demo/themes/x.css from the
  // static folder, with CSS where a module was expected, and every story stayed blank.
  previewHead: (head) => `${head}${BRANDS.map((name) => `<link rel="stylesheet" href="demo/themes/${name}.css">`).join('')}`,
  core: { disableTelemetry: true },
  viteFinal: (config) => ({
    ...config,
    // Pre-bundled alone, this Lit module would carry a second copy of Lit ("Multiple versions of Lit loaded").
    optimizeDeps: { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
  }),
};

export default config;
