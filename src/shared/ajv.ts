import type Ajv from 'ajv';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import type { TSchema } from '@sinclair/typebox';
import { precompiledValidator, type PrecompiledName } from './precompiled-validators';

let instance: Ajv | undefined;

/** The options of bpa's ajv instance; scripts/validator-code.ts generates its validators with the same. */
export const AJV_OPTIONS: Options = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true };

/** The one ajv instance: all errors at once, formats, and bpa's annotation keywords. */
export function ajv(): Ajv {
  instance ??= createAjv();
  return instance;
}

/**
 * A new ajv instance as bpa sets it up (the build generates its precompiled validators with one of its own);
 * `extra` options for the build only (`inlineRefs: false` for the snapshot's validator in parts).
 */
export function createAjv(extra: Options = {}): Ajv {
  // ajv and its formats are loaded only when a schema must be compiled here: the build's precompiled
  // validators (precompiled-validators.ts) need neither.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { default: AjvClass } = require('ajv') as typeof import('ajv');
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const created = new AjvClass({ ...AJV_OPTIONS, ...extra });
  addFormats(created);
  created.addKeyword('x-sources');
  return created;
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

const named = new Map<PrecompiledName, ValidateFunction>();

/**
 * The validator of one of bpa's published schemas: the build's precompiled one when bpa runs from dist/ (the
 * same code ajv would generate here, see precompiled-validators.ts), else `schema()` compiled. `schema` is
 * called only then, so a caller may load its TypeBox schema lazily.
 */
export function namedValidator(name: PrecompiledName, schema: () => TSchema | object): ValidateFunction {
  let fn = named.get(name);
  if (!fn) {
    fn = precompiledValidator(name) ?? validatorFor(schema());
    named.set(name, fn);
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
