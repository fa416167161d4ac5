/**
 * The snapshot schema in parts, for the precompiled validator only (scripts/validator-code.ts). Compiled whole,
 * ajv makes it one function of ≈ 460 KB of source: V8 compiles it on the first snapshot (≈ 30 ms) and never
 * optimises a function that large, so every thread of a fleet scan runs it cold. Each subschema of more than
 * `minChars` characters of JSON moves to `$defs` and its place takes a `$ref` to it, which ajv (with
 * `inlineRefs: false`) compiles into a function of its own: small functions, compiled when first called and
 * optimised once hot. The parts are the same subschemas, moved, not changed: the snapshot is validated exactly
 * as before. Where each part was (`pointers`, as ajv writes a schema path) lets the generator put the
 * original schema paths back into the errors (validator-code.ts), so that they are ajv's errors of the whole.
 */
export interface SplitSchema {
  schema: Record<string, unknown>;
  /** `#/$defs/<name>` → the schema path of the part in the whole schema (`#/properties/servers/items`). */
  pointers: Map<string, string>;
}

/** The keywords whose values are subschemas (by name, or a list) that the snapshot schema uses. */
const BY_NAME = new Set(['properties', 'patternProperties']);
const SUBSCHEMA = new Set(['items', 'additionalProperties', 'anyOf', 'allOf', 'oneOf', 'not']);

export function splitSchema(whole: object, minChars: number): SplitSchema {
  const defs: Record<string, unknown> = {};
  const pointers = new Map<string, string>();
  const visit = (node: unknown, path: string, top: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => visit(item, `${path}/${i}`, false));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (BY_NAME.has(key) && value !== null && typeof value === 'object') {
        out[key] = Object.fromEntries(
          Object.entries(value).map(([name, sub]) => [name, visit(sub, `${path}/${key}/${segment(name)}`, false)]),
        );
      } else if (SUBSCHEMA.has(key)) out[key] = visit(value, `${path}/${key}`, false);
      else out[key] = value;
    }
    if (top || Array.isArray(node) || JSON.stringify(out).length <= minChars) return out;
    const name = `part${pointers.size}`;
    defs[name] = out;
    pointers.set(`#/$defs/${name}`, path);
    return { $ref: `#/$defs/${name}` };
  };
  if ('$defs' in whole || 'definitions' in whole) throw new Error('splitSchema: the schema has definitions of its own');
  const schema = visit(whole, '#', true) as Record<string, unknown>;
  return { schema: { ...schema, $defs: defs }, pointers };
}

/** One segment of a schema path as ajv writes it: a JSON pointer segment, URI-encoded. */
function segment(name: string): string {
  return encodeURIComponent(name.replace(/~/g, '~0').replace(/\//g, '~1'));
}
