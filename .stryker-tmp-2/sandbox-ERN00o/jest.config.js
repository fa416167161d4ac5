/** @type {import('jest').Config} */
// @ts-nocheck

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/collectors', '<rootDir>/src', '<rootDir>/reports'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
