'use strict';
/**
 * Jest's global set-up, run once before the workers start (they inherit the environment it sets).
 *
 * The build writes files beside the compiled modules that spare bpa work at run time: the list of rule files that
 * passed the full check (src/rules/checked-rules.ts) and the validators ajv compiled from the schemas
 * (src/shared/precompiled-validators.ts). The tests run the TypeScript sources, beside which there are none, so
 * nearly every test file that scans checked every shipped rule file in full and compiled the snapshot schema again
 * (jest loads the modules afresh for each test file): most of a second each, hundreds of times in a run. The
 * tests may use the build's files only when that build was made from the very same sources (`npm test`'s pretest
 * has just built them; after `npx jest` on edited sources, or in Stryker's sandbox, it was not, and the sources
 * check and compile on their own). This decides it once for the whole run and hands the build's `dist/src` to
 * test/helpers/build-of-sources.ts in BPA_TEST_BUILD. What the build wrote stays tested against the sources:
 * test/rules/checked-rules.test.ts and test/shared/precompiled.test.ts.
 */
const { existsSync } = require('fs');
const { join } = require('path');
const { builtFromCurrentSources } = require('./emitted-build');

const ROOT = join(__dirname, '..');

/** The `dist/src` of the build under `root` when that build is the sources' own and has its generated files; else undefined. */
function buildOfSources(root) {
  const below = join(root, 'dist', 'src');
  const generated = [join(below, 'rules', 'rule-checks.json'), join(below, 'shared', 'validators')];
  return generated.every((path) => existsSync(path)) && builtFromCurrentSources(root) ? below : undefined;
}

module.exports = async function globalSetup() {
  const below = buildOfSources(ROOT);
  if (below) process.env.BPA_TEST_BUILD = below;
  else delete process.env.BPA_TEST_BUILD;
};
module.exports.buildOfSources = buildOfSources;
