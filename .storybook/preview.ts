import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../demo/themes/hospital-blue.css';
import '../demo/themes/dark-conference.css';
import '../demo/themes/minimal-mono.css';
import './preview.css';

// Attributes, properties, events, parts and custom properties in the docs and controls come from the
// manifest `npm run build` writes, the one IDEs and linters read.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
