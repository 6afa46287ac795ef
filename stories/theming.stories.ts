import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define/all.ts';
import type { SeminarDensity, SeminarTheme } from '../src/internal/seminar-element.js';
import { COLOR_TOKENS, OTHER_TOKENS, SPACE_TOKENS } from '../src/internal/theme-styles.js';
import { SEMINAR_URL, specimenFeed } from './support.js';

type Args = Record<string, string>;

// One control per public custom property, from the same table the elements read their defaults from.
const colorControls = Object.entries(COLOR_TOKENS).map(([name, [light, dark]]) => [
  `--seminar-color-${name}`,
  { control: 'color', description: `Default ${light} (light), ${dark} (dark).`, table: { category: 'colours' } },
]);
const otherControls = [
  ...Object.entries(SPACE_TOKENS).map(([name, value]) => [`--seminar-space-${name}`, value, 'spacing'] as const),
  ...Object.entries(OTHER_TOKENS).map(([name, value]) => [`--seminar-${name}`, value, 'type and sizes'] as const),
].map(([name, value, category]) => [name, { control: 'text', description: `Default ${value}.`, table: { category } }]);

const meta: Meta<Args> = {
  title: 'Theming',
  component: 'seminar-agenda',
  // Only what the examples and the playground need; the element's own controls are under Elements.
  parameters: {
    docs: { story: { inline: false, height: '36rem' } },
    controls: {
      include: [
        'theme',
        'density',
        'class',
        ...colorControls.map(([name]) => name as string),
        ...otherControls.map(([name]) => name as string),
      ],
    },
  },
  args: { theme: 'auto', density: 'comfortable', class: '' },
  argTypes: {
    class: {
      control: 'select',
      options: ['', 'seminar-theme-hospital-blue', 'seminar-theme-dark-conference', 'seminar-theme-minimal-mono'],
    },
    ...Object.fromEntries([...colorControls, ...otherControls]),
  },
  render: ({ theme, density, class: brand, ...properties }) => html`<seminar-agenda src=${SEMINAR_URL} lang="en" no-store
    theme=${theme as SeminarTheme} density=${density as SeminarDensity} class=${brand!} style=${styleMap(properties)}></seminar-agenda>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Light: Story = { args: { theme: 'light' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** demo/themes/hospital-blue.css */
export const HospitalBlue: Story = { args: { class: 'seminar-theme-hospital-blue' } };

/** demo/themes/dark-conference.css */
export const DarkConference: Story = { args: { class: 'seminar-theme-dark-conference' } };

/** demo/themes/minimal-mono.css, compact. */
export const MinimalMono: Story = { args: { class: 'seminar-theme-minimal-mono', density: 'compact' } };

/** Every custom property as a control: set one and the agenda takes it at once. */
export const Playground: Story = { args: { '--seminar-color-accent': '#8a1538', '--seminar-radius': '0' } };

const THEMES: { label: string; theme: SeminarTheme; brand: string }[] = [
  { label: 'Light', theme: 'light', brand: '' },
  { label: 'Dark', theme: 'dark', brand: '' },
  { label: 'Hospital blue', theme: 'light', brand: 'seminar-theme-hospital-blue' },
  { label: 'Dark conference', theme: 'dark', brand: 'seminar-theme-dark-conference' },
  { label: 'Minimal mono', theme: 'light', brand: 'seminar-theme-minimal-mono' },
];

/** Light, dark and the three brand themes of demo/themes side by side, on one compact program. */
export const AllThemes: Story = {
  name: 'All themes',
  parameters: {
    // The toolbar's theme and brand would make the columns alike.
    toolbarThemes: false,
    controls: { disable: true },
    // Five copies of one program on one page, for comparison, repeat its landmarks by design.
    a11y: {
      config: {
        rules: [
          { id: 'landmark-no-duplicate-banner', enabled: false },
          { id: 'landmark-unique', enabled: false },
        ],
      },
    },
  },
  render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1rem">
    ${THEMES.map(
      ({ label, theme, brand }) => html`<figure style="margin: 0">
      <figcaption style="font-weight: 600; margin-block-end: 0.5rem">${label}</figcaption>
      <seminar-agenda .feed=${specimenFeed()} theme=${theme} class=${brand} no-store></seminar-agenda>
    </figure>`,
    )}
  </div>`,
};
