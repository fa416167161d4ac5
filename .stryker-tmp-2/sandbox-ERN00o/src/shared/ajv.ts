// @ts-nocheck
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { TSchema } from '@sinclair/typebox';

let instance: Ajv | undefined;

/** The one ajv instance: all errors at once, formats, and bpa's annotation keywords. */
export function ajv(): Ajv {
  if (!instance) {
    instance = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(instance);
    instance.addKeyword('x-sources');
  }
  return instance;
}

const compiled = new WeakMap<object, ValidateFunction>();

/** Compiles a schema once and keeps the validator. */
export function validatorFor(schema: TSchema | object): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = ajv().compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
}

/** One readable line per schema error: `<JSON path>: <message>`. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  if (!errors) return [];
  const lines = errors
    .filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if')
    .map((e) => {
      const where = e.instancePath === '' ? '(root)' : e.instancePath;
      if (e.keyword === 'additionalProperties') {
        return `${where}: unknown property "${String(e.params.additionalProperty)}"`;
      }
      if (e.keyword === 'enum' || e.keyword === 'const') {
        const allowed = e.keyword === 'const' ? [e.params.allowedValue] : (e.params.allowedValues as unknown[]);
        return `${where}: must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
      }
      return `${where}: ${e.message ?? 'is invalid'}`;
    });
  return mergeTypeErrors([...new Set(lines)]);
}

/** `x: must be string` and `x: must be number` (the branches of one union) become `x: must be string or number`. */
function mergeTypeErrors(lines: string[]): string[] {
  const types = new Map<string, string[]>();
  for (const line of lines) {
    const m = /^(.*): must be (string|number|boolean|null|object|array|integer)$/.exec(line);
    if (m) types.set(m[1]!, [...(types.get(m[1]!) ?? []), m[2]!]);
  }
  const out: string[] = [];
  for (const line of lines) {
    const m = /^(.*): must be (string|number|boolean|null|object|array|integer)$/.exec(line);
    if (!m) out.push(line);
    else if (types.get(m[1]!)?.[0] === m[2]) out.push(`${m[1]}: must be ${types.get(m[1]!)!.join(' or ')}`);
  }
  return out;
}
