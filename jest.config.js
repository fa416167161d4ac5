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
  // A fixed seed for the fast-check properties that name none (BPA_FUZZ_SEED changes it).
  setupFiles: ['<rootDir>/test/helpers/fast-check-seed.ts'],
};
