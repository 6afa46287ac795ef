// The --seminar-* tokens have one source, src/internal/theme-styles.ts; the @cssprop lines on the
// base element (which feed custom-elements.json, editors and Storybook) must say exactly the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { declarations } from './helpers/manifest.mjs';
import { COLOR_TOKENS, OTHER_TOKENS, SPACE_TOKENS } from '../dist/internal/theme-styles.js';

/** Token name → default, as theme-styles.ts defines them. */
const defined = new Map([
  ...Object.entries(COLOR_TOKENS).map(([name, [light, dark]]) => [`--seminar-color-${name}`, `${light} light, ${dark} dark`]),
  ...Object.entries(SPACE_TOKENS).map(([name, value]) => [`--seminar-space-${name}`, value]),
  ...Object.entries(OTHER_TOKENS).map(([name, value]) => [`--seminar-${name}`, value]),
]);

test('the base element documents every token of theme-styles.ts with its default, and no other', () => {
  const base = declarations.find((decl) => decl.name === 'SeminarElement');
  const documented = new Map(base.cssProperties.map((prop) => [prop.name, prop.default]));
  assert.deepEqual([...documented].sort(), [...defined].sort());
});

test('every element inherits the documented tokens; element-specific ones are not tokens of the base', () => {
  for (const element of declarations.filter((decl) => decl.tagName)) {
    const names = new Set(element.cssProperties.map((prop) => prop.name));
    for (const token of defined.keys()) assert.ok(names.has(token), `${element.tagName} does not list ${token}`);
    const own = [...names].filter((name) => !defined.has(name));
    for (const name of own) assert.match(name, /^--seminar-/, `${element.tagName}: ${name} has no --seminar- prefix`);
  }
});
