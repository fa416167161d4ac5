/**
 * Part of `npm run build`: writes what bpa would otherwise derive from its TypeBox schemas in every process and
 * worker thread:
 * - the validator of each schema it validates at run time, generated with ajv's standalone code
 *   (validator-code.ts), one module per schema in dist/src/shared/validators/ (precompiled-validators.ts);
 * - the fact schemas reduced to what a fact path walks, dist/src/rules/fact-schemas.json (fact-schema-table.ts).
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { packageRoot } from '../src/shared/package-root';
import { VALIDATORS_FOLDER } from '../src/shared/precompiled-validators';
import { FACT_SCHEMAS_FILE, factSchemaTable } from '../src/rules/fact-schema-table';
import { FACT_SCHEMAS } from '../src/snapshot/schema';
import { validatorModules } from './validator-code';

const dist = join(packageRoot(), 'dist', 'src');
const dir = join(dist, 'shared', VALIDATORS_FOLDER);
mkdirSync(dir, { recursive: true });
const modules = Object.entries(validatorModules());
for (const [name, code] of modules) writeFileSync(join(dir, `${name}.js`), code);
const table = join(dist, 'rules', FACT_SCHEMAS_FILE);
writeFileSync(table, `${JSON.stringify(factSchemaTable(FACT_SCHEMAS))}\n`);
process.stdout.write(`precompiled: ${modules.length} validators → ${dir}; fact schemas → ${table}\n`);
