// Lint rules, including the architecture's dependency direction (design/ARCHITECTURE.md):
// tools -> services -> model, and nothing imports the MCP or CLI layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layers from './layers.json' with { type: 'json' };

/** Folders each layer must not import (layers.json, shared with test/unit/architecture). */
const forbidden = layers.forbidden;

/** A key is a folder or a top-level file (app.ts); imports name the file as `.js`. */
const isFile = (name) => name.endsWith('.ts');
const bannedGroup = (b) =>
  isFile(b)
    ? [
        `./${b.replace(/\.ts$/, '.js')}`,
        `../${b.replace(/\.ts$/, '.js')}`,
        `../../${b.replace(/\.ts$/, '.js')}`,
      ]
    : [`**/${b}/*`, `**/${b}/**`, `../${b}`, `../../${b}`];

const layerRules = Object.entries(forbidden).map(([layer, banned]) => ({
  files: [isFile(layer) ? `src/${layer}` : `src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map((b) => ({
          group: bannedGroup(b),
          message: `${layer}/ must not depend on ${b}/ (see design/ARCHITECTURE.md).`,
        })),
      },
    ],
  },
}));

/**
 * Only src/model/ spells Smithy trait (and prelude shape) ids; everyone else asks its typed views
 * (src/model/views/). A namespace on its own is banned too, so an id cannot be glued together.
 * test/unit/architecture/trait-ids.test.ts checks the same on the source and proves this rule.
 */
const SMITHY_ID = '/(^|[^\\w.])(smithy|aws)\\.[\\w.]+#/';
const SMITHY_NAMESPACE = '/^(smithy|aws)\\.(api|rules|waiters|protocols|auth|protocoltests)$/';
const TRAIT_ID_MESSAGE = 'Smithy trait ids live in src/model/ only: ask a typed view in src/model/views/.';
/** Files of another branch still to be moved onto the views (see docs-notes/views.md). */
export const TRAIT_ID_PENDING = [];
const traitIdRule = {
  files: ['src/**/*.ts'],
  ignores: ['src/model/**', ...TRAIT_ID_PENDING],
  rules: {
    'no-restricted-syntax': [
      'error',
      { selector: `Literal[value=${SMITHY_ID}]`, message: TRAIT_ID_MESSAGE },
      { selector: `Literal[value=${SMITHY_NAMESPACE}]`, message: TRAIT_ID_MESSAGE },
      { selector: `TemplateElement[value.raw=${SMITHY_ID}]`, message: TRAIT_ID_MESSAGE },
      { selector: `TemplateElement[value.raw=${SMITHY_NAMESPACE}]`, message: TRAIT_ID_MESSAGE },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  ...layerRules,
  traitIdRule,
  {
    // A function reads on one screen and a file holds one concern (ARCHITECTURE.md). Data tables
    // (the settings table, search vocabularies) are lists, not logic, and may run longer.
    files: ['src/**/*.ts'],
    ignores: ['src/config/settings.ts', 'src/search/data/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
      'max-lines': ['error', { max: 300 }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'bench/**/*.mjs'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests read loosely typed JSON results; `any` there is clearer than casts at every step.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
