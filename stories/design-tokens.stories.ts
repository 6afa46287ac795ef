import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { Manifest } from '../.storybook/manifest-arg-types.js';
import manifest from '../custom-elements.json';
import { COLOR_TOKENS, OTHER_TOKENS, SPACE_TOKENS } from '../src/internal/theme-styles.js';

// Defaults from the tables the elements read, uses from the manifest's custom property docs: neither
// can drift from the code. The specimens read the custom properties themselves.
const uses = new Map(
  (manifest as Manifest).modules
    .flatMap((mod) => mod.declarations ?? [])
    .flatMap((decl) => decl.cssProperties ?? [])
    .map(({ name, description }) => [name, description ?? '']),
);

const [LIGHT, DARK] = [0, 1].map((scheme) => `background: ${COLOR_TOKENS.background[scheme]}; color: ${COLOR_TOKENS.text[scheme]}`);

const styles = html`<style>
  .tokens { border-collapse: collapse; inline-size: 100%; font-size: 0.875rem }
  .tokens th, .tokens td { padding: 0.5rem; border-block-end: 1px solid #d0d7de; text-align: start; vertical-align: middle }
  .chip { display: inline-block; inline-size: 2.5rem; block-size: 1.5rem; margin-inline-end: 0.5rem; vertical-align: middle;
    border: 1px solid #8c959f; border-radius: 0.25rem }
  .tokens th span { font-weight: 400 }
  .bar { display: block; block-size: 1rem; background: #0b5cab }
</style>`;

function token(name: string): TemplateResult {
  return html`<th scope="row"><code>${name}</code><br /><span>${uses.get(name)}</span></th>`;
}

function swatch(value: string, scheme: string): TemplateResult {
  return html`<td style=${scheme}><span class="chip" style="background-color: ${value}"></span><code>${value}</code></td>`;
}

const meta: Meta = {
  title: 'Design tokens',
  // The page is design-tokens.mdx; no generated docs page beside it.
  tags: ['!autodocs'],
  // The specimens read the custom properties, so the toolbar's brand shows its own type and sizes.
  parameters: { controls: { disable: true } },
};
export default meta;

type Story = StoryObj;

/** Every colour token with its default in the light and the dark theme. */
export const Colours: Story = {
  render: () => html`${styles}<table class="tokens">
    <thead><tr><th scope="col">Token and use</th><th scope="col">Light</th><th scope="col">Dark</th></tr></thead>
    <tbody>${Object.entries(COLOR_TOKENS).map(
      ([name, [light, dark]]) => html`<tr>
      ${token(`--seminar-color-${name}`)}${swatch(light, LIGHT)}${swatch(dark, DARK)}
    </tr>`,
    )}</tbody>
  </table>`,
};

/** The type scale, weights and line height, each set in the size it names. */
export const Type: Story = {
  render: () => html`${styles}<table class="tokens">
    <thead><tr><th scope="col">Token and use</th><th scope="col">Default</th><th scope="col">Specimen</th></tr></thead>
    <tbody>${Object.entries(OTHER_TOKENS)
      .filter(([name]) => name.startsWith('font-') || name === 'line-height')
      .map(([name, value]) => {
        const property = name.startsWith('font-size') ? 'font-size' : name.startsWith('font-weight') ? 'font-weight' : name;
        return html`<tr>${token(`--seminar-${name}`)}<td><code>${value}</code></td>
        <td style="${property}: var(--seminar-${name}, ${value})">Ansvarlig anvendelse af AI i klinikken</td></tr>`;
      })}</tbody>
  </table>`,
};

/** The spacing steps and the other sizes, drawn to scale. */
export const Spacing: Story = {
  render: () => html`${styles}<table class="tokens">
    <thead><tr><th scope="col">Token and use</th><th scope="col">Default</th><th scope="col">To scale</th></tr></thead>
    <tbody>${[
      ...Object.entries(SPACE_TOKENS).map(([name, value]) => [`space-${name}`, value] as const),
      ...Object.entries(OTHER_TOKENS).filter(([name, value]) => /(rem|em|ch)$/.test(value) && !name.startsWith('font')),
    ].map(
      ([name, value]) => html`<tr>${token(`--seminar-${name}`)}<td><code>${value}</code></td>
      <td><span class="bar" style="inline-size: var(--seminar-${name}, ${value})"></span></td></tr>`,
    )}</tbody>
  </table>`,
};
