import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'

/** The repo root: zones below are resolved from here, whatever folder ESLint is started in. */
const root = import.meta.dirname
/** Production code: what ships. Tests beside it (*.test.ts[x]) may use test/. */
const production = ['shared/**/*.{ts,tsx}', 'electron/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}']
const unitTests = ['**/*.test.ts', '**/*.test.tsx']

export default tseslint.config(
  {
    ignores: [
      'out/**',
      '.stryker-tmp/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
      'reports/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // Imports resolved like Node with TypeScript's extensions (all imports are relative; no path alias).
    files: ['**/*.{ts,tsx,mts}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json'] })
      ],
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs']
    },
    // A cycle makes load order matter and modules impossible to understand alone. Type-only imports are
    // erased by TypeScript and not counted (import-x's design).
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] }
  },
  {
    // Production code never depends on test code: not on the test/ tree, not on a unit test file.
    files: production,
    ignores: unitTests,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            { target: '.', from: './test', message: 'Production code must not import test code (test/).' },
            {
              target: '.',
              from: '**/*.test.{ts,tsx}',
              message: 'Production code must not import a unit test file.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules }
  },
  {
    // shared/ is the platform-free core: no Electron, no Node built-ins, no DOM (tests may read files).
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'shared/ must not import electron.' },
            {
              group: [
                'node:*',
                'fs',
                'fs/*',
                'path',
                'os',
                'child_process',
                'crypto',
                'http',
                'https',
                'url',
                'util',
                'stream',
                'events',
                'worker_threads'
              ],
              message: 'shared/ must not import Node built-ins.'
            },
            {
              group: ['dictionary-en'],
              message: 'dictionary-en reads files; load it outside shared/ and inject it.'
            }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ must not touch the DOM.' },
        { name: 'document', message: 'shared/ must not touch the DOM.' },
        { name: 'navigator', message: 'shared/ must not touch the DOM.' },
        { name: 'localStorage', message: 'shared/ must not touch the DOM.' },
        { name: 'process', message: 'shared/ must not use Node globals.' },
        { name: 'require', message: 'shared/ must not use require.' },
        { name: 'Buffer', message: 'shared/ must not use Node globals.' }
      ]
    }
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly'
      }
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
