// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '**/.astro/',
      'scripts/bench/baseline/dist/',
      '**/.astro-cache/',
      'node_modules/',
      'test-results/',
      'bench-results/',
      '.cache/',
    ],
  },
  js.configs.recommended,
  // Rules that use the type checker (the project's tsconfig), on TypeScript files.
  {
    files: ['**/*.ts', '**/*.mts'],
    ignores: ['scripts/bench/baseline/**'], // a separate Astro project with its own tsconfig
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Noise here: async functions stand in for async interfaces (memoised loaders, Astro
      // hooks, test doubles of loaders); one without `await` still returns the promise the
      // caller awaits. Floating and misused promises, the real bugs, stay errors.
      '@typescript-eslint/require-await': 'off',
    },
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // The site's code logs nothing; scripts and tests are command-line tools and may.
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', 'tests/**', 'astro.config.mjs', 'src/integrations/**'],
    rules: { 'no-console': 'off' },
  },
);
