import { unsafeCSS } from 'lit';

/**
 * The public --seminar-* tokens and their defaults, in one place so every element reads them the
 * same way. docs/theming.md documents this table; tests/theming checks the colours' contrast.
 */

/** Colour tokens (`--seminar-color-<name>`): [light default, dark default]. */
export const COLOR_TOKENS = {
  text: ['#1f2328', '#e6e9ee'],
  muted: ['#59636e', '#a4adb8'],
  background: ['#ffffff', '#121519'],
  surface: ['#f6f8fa', '#1b2027'],
  accent: ['#0b5cab', '#7cb7ff'],
  'accent-text': ['#ffffff', '#0b1a2b'],
  border: ['#d0d7de', '#3d4550'],
  break: ['#eef1f4', '#20262e'],
  now: ['#1a7f37', '#4cc38a'],
  'now-text': ['#ffffff', '#0b1a12'],
  focus: ['#0b5cab', '#7cb7ff'],
  error: ['#b3261e', '#ff8a80'],
  // A light plate in dark mode: most logos are drawn for white paper.
  'logo-background': ['transparent', '#f6f8fa'],
} as const;

/** Spacing tokens (`--seminar-space-<name>`), scaled down by `density="compact"`. */
export const SPACE_TOKENS = { xs: '0.25rem', s: '0.5rem', m: '1rem', l: '1.5rem' } as const;

/** Every other token (`--seminar-<name>`). */
export const OTHER_TOKENS = {
  'font-family': 'inherit',
  'font-size-s': '0.875em',
  'font-size-m': '1em',
  'font-size-l': '1.25em',
  'font-size-xl': '1.5em',
  'font-size-2xl': '2em',
  'font-weight-body': '400',
  'font-weight-strong': '600',
  'font-weight-heading': '650',
  'line-height': '1.5',
  measure: '70ch',
  radius: '0.5rem',
  padding: '1rem',
  'avatar-size': '4rem',
  'logo-height': '3rem',
  'time-width': 'max-content',
} as const;

/**
 * Each token read once per element into a private `--_<name>` (`--_color-accent`, `--_space-m`,
 * `--_radius`) that the element styles use. Built as one plain string, not with css`` interpolations
 * inside declarations, which the CDN build's template minifier mangles. Colours default through
 * light-dark(), which follows the color-scheme the theme attribute sets; spacing is scaled by the
 * density factor `--_density` (0.6 for compact).
 */
const declarations = [
  ...Object.entries(COLOR_TOKENS).map(
    ([name, [light, dark]]) => `--_color-${name}: var(--seminar-color-${name}, light-dark(${light}, ${dark}));`,
  ),
  ...Object.entries(SPACE_TOKENS).map(
    ([name, value]) => `--_space-${name}: calc(var(--seminar-space-${name}, ${value}) * var(--_density, 1));`,
  ),
  ...Object.entries(OTHER_TOKENS).map(([name, value]) => `--_${name}: var(--seminar-${name}, ${value});`),
];

// unsafeCSS is safe here: the string comes from the constant tables above.
export const tokenStyles = unsafeCSS(`:host { ${declarations.join(' ')} }`);
