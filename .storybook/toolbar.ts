import type { Decorator, Preview } from '@storybook/web-components-vite';
import { useEffect } from 'storybook/preview-api';
import { BRANDS } from './brands.js';

const item = (value: string, title: string) => ({ value, title });

/** Theme, brand and density switches in the toolbar; empty means the story's own setting. */
export const globalTypes: Preview['globalTypes'] = {
  theme: {
    description: 'Colour scheme of every seminar element',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      dynamicTitle: true,
      items: [item('', 'Theme of the story'), item('light', 'Light'), item('dark', 'Dark'), item('auto', 'Auto: the visitor’s setting')],
    },
  },
  brand: {
    description: 'Brand theme from demo/themes',
    toolbar: {
      title: 'Brand',
      icon: 'paintbrush',
      dynamicTitle: true,
      items: [item('', 'No brand'), ...BRANDS.map((name) => item(name, name[0].toUpperCase() + name.slice(1).replace('-', ' ')))],
    },
  },
  density: {
    description: 'Spacing of every seminar element',
    toolbar: {
      title: 'Density',
      icon: 'component',
      dynamicTitle: true,
      items: [item('', 'Density of the story'), item('comfortable', 'Comfortable'), item('compact', 'Compact')],
    },
  },
};

export const initialGlobals = { theme: '', brand: '', density: '' };

// The story's own attribute values, put back when a switch returns to "as the story sets it".
const storyValues = new WeakMap<Element, Map<string, string | null>>();

function override(element: Element, name: string, value: string) {
  const saved = storyValues.get(element) ?? new Map<string, string | null>();
  storyValues.set(element, saved);
  if (value) {
    if (!saved.has(name)) saved.set(name, element.getAttribute(name));
    element.setAttribute(name, value);
  } else if (saved.has(name)) {
    const own = saved.get(name);
    if (own == null) element.removeAttribute(name);
    else element.setAttribute(name, own);
    saved.delete(name);
  }
}

function apply(canvas: HTMLElement, { theme = '', brand = '', density = '' }: Record<string, string>) {
  for (const name of BRANDS) canvas.classList.toggle(`seminar-theme-${name}`, brand === name);
  // Elements inside an agenda follow it; only the story's own elements take the attributes.
  for (const element of canvas.querySelectorAll('*')) {
    if (!element.localName.startsWith('seminar-')) continue;
    override(element, 'theme', theme);
    override(element, 'density', density);
  }
}

/**
 * Applies the toolbar's theme, brand and density to every story, after it has rendered. A story that
 * shows fixed themes side by side opts out with `parameters.toolbarThemes: false`.
 */
export const withToolbarThemes: Decorator = (story, { globals, canvasElement, parameters }) => {
  useEffect(() => {
    apply(canvasElement as HTMLElement, parameters.toolbarThemes === false ? {} : globals);
  });
  return story();
};
