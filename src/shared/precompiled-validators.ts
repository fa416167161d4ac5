import { existsSync } from 'fs';
import type { ValidateFunction } from 'ajv';
import { builtArtefact } from './build-artefacts';

/**
 * The validators `npm run build` generates with ajv's standalone code (scripts/validator-code.ts), one module
 * per schema in dist/src/shared/validators/. Compiling the snapshot schema costs ajv most of a second of CPU,
 * and a fleet scan paid it in every worker thread; the generated module is the code that compilation produces,
 * loaded in milliseconds. The TypeScript sources have no such folder beside them (build-artefacts.ts says where they
 * find the build's) and compile at run time.
 */
export const PRECOMPILED = ['snapshot', 'manifest', 'config', 'rule', 'report', 'waivers', 'baseline'] as const;
export type PrecompiledName = (typeof PRECOMPILED)[number];

export const VALIDATORS_FOLDER = 'validators';

const loaded = new Map<PrecompiledName, ValidateFunction | undefined>();

/** The build's validator of the schema `name`, or undefined when there is none (not running from dist/). */
export function precompiledValidator(name: PrecompiledName): ValidateFunction | undefined {
  if (!loaded.has(name)) {
    const file = builtArtefact('shared', VALIDATORS_FOLDER, `${name}.js`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded.set(name, existsSync(file) ? (require(file) as { default: ValidateFunction }).default : undefined);
  }
  return loaded.get(name);
}
