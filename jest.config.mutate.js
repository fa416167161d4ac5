/**
 * The jest configuration mutation testing runs (stryker.config.mjs): only the fast tests that pin the derived
 * facts (test/snapshot), so each mutant is checked in seconds. Not used by `npm test`.
 * @type {import('jest').Config}
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/snapshot/**/*.test.ts'],
};
