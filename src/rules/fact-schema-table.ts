/**
 * The fact schemas (FACT_SCHEMAS of the snapshot schema) reduced to what a fact path is walked through:
 * `properties`, `patternProperties`, `items`, `type`, `anyOf` and the `x-sources` annotations. `npm run build`
 * writes this table as JSON beside the compiled fact-paths.js (scripts/build-precompiled.ts), so that listing,
 * checking and documenting rules walks plain JSON instead of building the snapshot schema with TypeBox.
 */
export const FACT_SCHEMAS_FILE = 'fact-schemas.json';

const WALKED = ['type', 'properties', 'patternProperties', 'items', 'anyOf', 'x-sources'] as const;

export function factSchemaTable(schemas: Record<string, object>): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [fact, schema] of Object.entries(schemas)) out[fact] = prune(schema);
  return out;
}

function prune(node: object): object {
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of WALKED) {
    if (!Object.hasOwn(source, key)) continue;
    const value = source[key];
    if (key === 'properties' || key === 'patternProperties') out[key] = mapValues(value as Record<string, object>);
    else if (key === 'items') out[key] = prune(value as object);
    else if (key === 'anyOf') out[key] = (value as object[]).map(prune);
    else out[key] = value;
  }
  return out;
}

function mapValues(record: Record<string, object>): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [name, value] of Object.entries(record)) out[name] = prune(value);
  return out;
}
