import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { manifestArgTypes } from './manifest-arg-types.js';
import { globalTypes, initialGlobals, withToolbarThemes } from './toolbar.js';
import './preview.css';

// Descriptions, controls and the tables of events, slots, parts and custom properties come from the
// manifest `npm run build:manifest` writes (before every Storybook run), the one IDEs and linters read.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  decorators: [withToolbarThemes],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { extractArgTypes: (tagName: string) => manifestArgTypes(manifest, tagName) },
    options: {
      storySort: { order: ['Introduction', 'Design tokens', 'Elements', 'Theming', 'Imports'] },
    },
  },
};

export default preview;
