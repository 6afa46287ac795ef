// ESLint 9 flat config: TypeScript, Lit templates, custom-element rules and template a11y.
// `npm run lint` runs it with lit-analyzer (template bindings against the element types).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'schema/', 'custom-elements.json', '.wtr-profile/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice'], litA11y.configs.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    // The CLI, build scripts, node tests and configs run in Node; the scripts and tests that
    // drive Chromium also hand functions to page.evaluate, which run in the page.
    files: ['src/cli/**/*.ts', '**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['tests-node/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['tests/**/*.ts'],
    languageOptions: { globals: globals.mocha },
    rules: {
      // Chai asserts with property reads: expect(x).to.be.true.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests write deliberately broken feeds (a number where text goes, a misspelt key), which the
      // feed types exist to forbid; source code keeps the rule.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
