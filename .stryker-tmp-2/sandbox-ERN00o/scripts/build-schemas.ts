/**
 * Writes the published JSON Schemas (`schemas/*.schema.json`) from their single definitions in the code.
 * `npm run schemas` regenerates them; a test fails when the committed files are stale.
 */
// @ts-nocheck

import { writeFileSync } from 'fs';
import { join } from 'path';
import { publishedSchemas } from '../src/shared/published-schemas';
import { packageRoot } from '../src/shared/package-root';

for (const [file, text] of Object.entries(publishedSchemas())) {
  writeFileSync(join(packageRoot(), 'schemas', file), text);
  process.stdout.write(`wrote schemas/${file}\n`);
}
