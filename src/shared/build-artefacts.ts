import { join } from 'path';

/**
 * Where the files the build generates beside the compiled modules are found: the list of checked rule files
 * (rules/checked-rules.ts) and the precompiled validators (shared/precompiled-validators.ts). When bpa runs from its
 * build, that is below dist/src, where this module is too. The TypeScript sources have none beside them; jest's
 * set-up points them at the build made from these very sources (test/helpers/build-of-sources.ts), and without
 * such a build they do without: every rule file checked in full, every schema compiled by ajv.
 */
let below = join(__dirname, '..');

/** The path of a generated file, relative to the source root (`rules/rule-checks.json`). */
export function builtArtefact(...path: string[]): string {
  return join(below, ...path);
}

/** Takes the generated files from below another folder: the `dist/src` of the build of these sources. */
export function useBuildArtefactsBelow(folder: string): void {
  below = folder;
}
