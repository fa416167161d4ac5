import type { Command } from 'commander';
import { loadProjectConfig, type LoadedConfig } from '../config/load-config';

export { configOption } from './option-builders';

/** Options a command may have that the configuration file gives defaults for. */
interface ConfigurableOptions {
  config?: string;
  lang?: string;
  failOn?: string;
  customer?: string;
  consultant?: string;
  logo?: string;
  accent?: string;
}

/**
 * Reads the configuration (`--config`, else `bpa.config.json` in the working directory) and fills in what
 * the command line left open: `--lang` (before LANG), `--fail-on` where the user kept the default, and the
 * branding flags of a command that has them. Command-line options always win. The configuration's profile
 * is for `profileFor`, which weighs it against the bundle.
 */
export function applyProjectConfig(opts: ConfigurableOptions, command: Command): LoadedConfig {
  const loaded = loadProjectConfig(opts.config);
  const { config } = loaded;
  const has = (name: string) => command.options.some((o) => o.attributeName() === name);
  const keptDefault = (name: string) => has(name) && command.getOptionValueSource(name) === 'default';
  if (opts.lang === undefined && config.lang && has('lang')) opts.lang = config.lang;
  if (config.failOn && keptDefault('failOn')) opts.failOn = config.failOn;
  for (const key of ['customer', 'consultant', 'logo', 'accent'] as const) {
    const value = loaded.branding?.[key];
    if (value !== undefined && opts[key] === undefined && has(key)) opts[key] = value;
  }
  return loaded;
}
