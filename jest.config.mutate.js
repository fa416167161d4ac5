/**
 * The jest configuration mutation testing runs (stryker.config.mjs): only the fast, table-driven tests that
 * pin the derived facts, so each mutant is checked in a second or two. The tests that read whole sample
 * bundles (seconds each) stay in `npm test`. Not used by `npm test`.
 * @type {import('jest').Config}
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/snapshot/**/*.test.ts'],
  testPathIgnorePatterns: [
    ...base.testPathIgnorePatterns,
    '/test/snapshot/assemble-samples\\.test\\.ts$',
    '/test/snapshot/account-bundles\\.test\\.ts$',
    '/test/snapshot/derived-network-facts\\.test\\.ts$',
    '/test/snapshot/kind/adapter-types-snapshot\\.test\\.ts$',
    '/test/snapshot/database-volumes-bundle\\.test\\.ts$',
    '/test/snapshot/quorum-2008-bundle\\.test\\.ts$',
    '/test/snapshot/derived-facts-sample\\.test\\.ts$',
    '/test/snapshot/hotfix-completeness-sample\\.test\\.ts$',
  ],
};
