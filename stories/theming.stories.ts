import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define/all.ts';
import { COLOR_TOKENS, OTHER_TOKENS, SPACE_TOKENS } from '../src/internal/theme-styles.js';
import { SEMINAR_URL } from './support.js';

type Args = Record<string, string>;

// One control per public custom property, from the same table the elements read their defaults from.
const colorControls = Object.entries(COLOR_TOKENS).map(([name, [light, dark]]) =>
  [`--seminar-color-${name}`, { control: 'color', description: `Default ${light} (light), ${dark} (dark).`, table: { category: 'colours' } }]);
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
    controls: { include: ['theme', 'density', 'class', ...colorControls.map(([name]) => name as string), ...otherControls.map(([name]) => name as string)] },
  },
  args: { theme: 'auto', density: 'comfortable', class: '' },
  argTypes: {
    class: { control: 'select', options: ['', 'seminar-theme-hospital-blue', 'seminar-theme-dark-conference', 'seminar-theme-minimal-mono'] },
    ...Object.fromEntries([...colorControls, ...otherControls]),
  },
  render: ({ theme, density, class: brand, ...properties }) => html`<seminar-agenda src=${SEMINAR_URL} lang="en" no-store
    theme=${theme!} density=${density!} class=${brand!} style=${styleMap(properties)}></seminar-agenda>`,
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
