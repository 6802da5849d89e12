// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'audit',
  'auth',
  'bodies',
  'check-in',
  'dashboard',
  'items',
  'meetings',
  'organisations',
  'people',
  'roadmaps',
  'service-accounts',
];

/**
 * Bulletproof-react boundaries: a feature imports only itself and the shared layers; the app composes features;
 * shared code (components, hooks, lib, i18n, config) imports no feature and not the app.
 */
const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: FEATURES.filter((other) => other !== feature).flatMap((other) => [
              `@/features/${other}`,
              `@/features/${other}/**`,
              `../../${other}`,
              `../../${other}/**`,
              `../${other}`,
              `../${other}/**`,
            ]),
            message: 'Features do not import each other: compose them in src/app/routes.',
          },
          { group: ['@/app', '@/app/**'], message: 'Features do not import the app layer.' },
        ],
      },
    ],
  },
}));

export default defineConfig([
  globalIgnores(['dist', 'coverage', 'playwright-report', 'test-results', 'src/lib/api/schema.d.ts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat['recommended-latest']],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...featureBoundaries,
  {
    files: [
      'src/components/**/*.{ts,tsx}',
      'src/hooks/**/*.{ts,tsx}',
      'src/lib/**/*.{ts,tsx}',
      'src/i18n/**/*.{ts,tsx}',
      'src/config/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/features/**', '@/app/**', '@/testing/**'], message: 'Shared code imports no feature, app or test code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['*.config.ts', 'e2e/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    languageOptions: { globals: globals.node },
  },
]);
