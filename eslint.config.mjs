import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'samples/', 'test/fixtures/', 'mutation-report/', '.stryker-tmp*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // `npm test` type-checks and builds in one tsc run over tsconfig.json, whose types include jest's globals
    // (the tests need them); the shipped code must not use them, which the build's own tsconfig.build.json
    // (types: node only) would catch. This keeps that check.
    files: ['src/**/*.ts', 'collectors/**/*.ts', 'reports/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'describe',
          'it',
          'test',
          'expect',
          'jest',
          'beforeAll',
          'beforeEach',
          'afterAll',
          'afterEach',
          'fail',
          'xit',
          'xdescribe',
          'fit',
          'fdescribe',
        ].map((name) => ({ name, message: 'a jest global in code that ships: it exists only under jest' })),
      ],
    },
  },
  {
    files: ['bin/**/*.js', '*.js', 'scripts/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
