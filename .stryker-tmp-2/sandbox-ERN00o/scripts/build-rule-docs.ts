/**
 * Writes the rule documentation (`docs/rules/`) from the shipped rules and their prose files.
 * `npm run docs` regenerates it; a test fails when the committed pages are stale.
 */
// @ts-nocheck

import { join } from 'path';
import { loadRules } from '../src/rules/load-rules';
import { buildRuleDocs, writeRuleDocs } from '../src/rules/docs/build-docs';
import { packageRoot } from '../src/shared/package-root';

const root = packageRoot();
process.chdir(root);
const written = writeRuleDocs(buildRuleDocs(loadRules([join(root, 'rules')])), join(root, 'docs', 'rules'));
process.stdout.write(`wrote ${written.length} files to docs/rules\n`);
