const { availableParallelism } = require('os');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Jest's default is one worker fewer than the CPUs: on the 2-core CI machine that is one, and the suite runs
  // file after file. The test files are mostly CPU-bound and independent, so every core gets a worker.
  // (ts-jest already transpiles without type-checking: tsconfig.json has isolatedModules; `npm run typecheck`
  // checks the types once.)
  maxWorkers: Math.max(2, availableParallelism()),
  roots: ['<rootDir>/test', '<rootDir>/collectors', '<rootDir>/src', '<rootDir>/reports'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // A fixed seed for the fast-check properties that name none (BPA_FUZZ_SEED changes it).
  setupFiles: ['<rootDir>/test/helpers/fast-check-seed.ts'],
};
