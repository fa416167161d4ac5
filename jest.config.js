const { availableParallelism } = require('os');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Jest's default is one worker fewer than the CPUs: on the 2-core CI machine that is one, and the suite runs
  // file after file. The test files are mostly CPU-bound and independent, so every core gets a worker.
  maxWorkers: Math.max(2, availableParallelism()),
  roots: ['<rootDir>/test', '<rootDir>/collectors', '<rootDir>/src', '<rootDir>/reports'],
  testMatch: ['**/*.test.ts'],
  // The JavaScript pretest's tsc build emitted from the very same source text, else ts-jest (which transpiles
  // without type-checking: tsconfig.json has isolatedModules; pretest checks the types once). See the file.
  transform: { '^.+\\.ts$': ['<rootDir>/scripts/jest-transform.js', { tsconfig: 'tsconfig.json' }] },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Whether dist/ is the build of these sources, decided once: its generated files then spare the tests the work
  // the build did already (see the file).
  globalSetup: '<rootDir>/scripts/jest-global-setup.js',
  // A fixed seed for the fast-check properties that name none (BPA_FUZZ_SEED changes it); the build's generated
  // files for the sources, when the global set-up found the build to be theirs.
  setupFiles: ['<rootDir>/test/helpers/fast-check-seed.ts', '<rootDir>/test/helpers/build-of-sources.ts'],
};
