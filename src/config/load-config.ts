import { existsSync } from 'fs';
import { dirname, resolve } from 'path';
import { readJsonFile } from '../shared/read-json-file';
import { describeErrors, namedValidator } from '../shared/ajv';
import { UserError } from '../shared/errors';
import type { ProjectConfig } from './config-schema';

/** The TypeBox schema, loaded only to compile it at run time (the TypeScript sources): the build precompiles it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configSchema = () => (require('./config-schema') as typeof import('./config-schema')).ConfigSchema;

export const CONFIG_FILE = 'bpa.config.json';

/** A configuration as the CLI uses it: paths in it resolved against the folder of the file. */
export interface LoadedConfig {
  /** The file as the user named it (or `bpa.config.json`); absent when there is none. */
  file?: string;
  config: ProjectConfig;
  /** `ruleFolders`, absolute. */
  ruleFolders: string[];
  /** The `branding` block with the logo's path absolute; absent when the file has none. */
  branding?: Branding;
}

/** The branding of the reports, as `--customer --consultant --logo --accent` take it (the logo is a file path). */
export interface Branding {
  customer?: string;
  consultant?: string;
  logo?: string;
  accent?: string;
}

/**
 * Reads the configuration: `explicit` (from --config) must exist; otherwise `bpa.config.json` in `cwd` is
 * used when it is there. A file that is not valid JSON or breaks the schema is a UserError naming the file
 * and the JSON path of every mistake.
 */
export function loadProjectConfig(explicit?: string, cwd: string = process.cwd()): LoadedConfig {
  const file = explicit ?? (existsSync(resolve(cwd, CONFIG_FILE)) ? CONFIG_FILE : undefined);
  if (file === undefined) return { config: {}, ruleFolders: [] };
  const path = resolve(cwd, file);
  // Messages name the file as the user gave it, when that is how this process finds it.
  const shown = path === resolve(file) ? file : path;
  const data = readJsonFile(shown);
  const validate = namedValidator('config', configSchema);
  if (!validate(data)) {
    const lines = describeErrors(validate.errors).map((line) => `${shown}: ${line}`);
    throw new UserError(`${shown}: ${lines.length} problem(s) in the configuration file`, lines);
  }
  const config = data as ProjectConfig;
  const dir = dirname(path);
  const loaded: LoadedConfig = { file: shown, config, ruleFolders: (config.ruleFolders ?? []).map((f) => resolve(dir, f)) };
  if (config.branding) {
    loaded.branding = { ...config.branding };
    if (config.branding.logo) loaded.branding.logo = resolve(dir, config.branding.logo);
  }
  return loaded;
}

/** The branding block of the configuration (`--config` or `bpa.config.json`), for the HTML and PDF reports. */
export function loadBranding(explicit?: string, cwd?: string): Branding | undefined {
  return loadProjectConfig(explicit, cwd).branding;
}
