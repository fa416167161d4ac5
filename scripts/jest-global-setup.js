'use strict';
/**
 * Jest's global set-up, run once before the workers start (they inherit the environment it sets).
 *
 * The build's list of checked rule files (src/rules/checked-rules.ts) lets the loader skip the full check of a
 * shipped rule file, which takes most of a second and which nearly every test file that scans would otherwise pay
 * again and again (jest loads the modules afresh for each test file). The tests run the TypeScript sources, beside
 * which no list exists; they may use the build's list only when that build was made from the very same sources
 * (`npm test`'s pretest has just built them; after `npx jest` on edited sources, or in Stryker's sandbox, it was
 * not, and every file is checked in full). This decides it once for the whole run and hands the list's path to
 * test/helpers/rule-checks-of-build.ts in BPA_TEST_RULE_CHECKS. The full check itself stays tested: the build
 * runs it over every shipped rule file, and test/rules/checked-rules.test.ts holds the build's result to it.
 */
const { existsSync } = require('fs');
const { join } = require('path');
const { builtFromCurrentSources } = require('./emitted-build');

const ROOT = join(__dirname, '..');

/** The build's list of checked rule files under `root`, when that build is the sources' own; else undefined. */
function ruleChecksOfBuild(root) {
  const list = join(root, 'dist', 'src', 'rules', 'rule-checks.json');
  return existsSync(list) && builtFromCurrentSources(root) ? list : undefined;
}

module.exports = async function globalSetup() {
  const list = ruleChecksOfBuild(ROOT);
  if (list) process.env.BPA_TEST_RULE_CHECKS = list;
  else delete process.env.BPA_TEST_RULE_CHECKS;
};
module.exports.ruleChecksOfBuild = ruleChecksOfBuild;
