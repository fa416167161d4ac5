/**
 * Rewrites the generated source table of docs/bundle-format.md from the source registry. `npm run docs` runs it;
 * a test fails when the committed table is stale.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { BUNDLE_FORMAT_PATH, withSourceTable } from '../src/bundle/format-docs';
import { packageRoot } from '../src/shared/package-root';

const path = join(packageRoot(), BUNDLE_FORMAT_PATH);
writeFileSync(path, withSourceTable(readFileSync(path, 'utf8')));
process.stdout.write(`wrote the source table of ${BUNDLE_FORMAT_PATH}\n`);
