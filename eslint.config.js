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
