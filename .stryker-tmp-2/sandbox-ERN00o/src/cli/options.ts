// @ts-nocheck
import { join, resolve } from 'path';
import { Option } from 'commander';
import { UserError } from '../shared/errors';
import { packageRoot } from '../shared/package-root';
import type { LoadedRule } from '../rules/load-rules';
import { loadProjectConfig, type LoadedConfig } from '../config/load-config';
import { loadConfiguredRules, rulesToRun } from '../config/configured-rules';
import { LANGUAGES, PROFILES, SEVERITIES, type Lang, type Severity } from '../rules/rule-schema';
import { FORMATS } from '../../reports';

export const profileOption = () => new Option('--profile <profile>', 'scan profile').choices([...PROFILES]).default('health');
export const langOption = () =>
  new Option('--lang <lang>', 'language of the output (default: from LANG)').choices([...LANGUAGES]);
export const failOnOption = () =>
  new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
    .choices([...SEVERITIES, 'none'])
    .default('critical');
export const rulesOption = () => new Option('--rules <dir...>', 'additional rule folders, validated like the shipped ones');
export const formatOption = (fallback: string) =>
  new Option('--format <formats>', `output formats, comma-separated: ${Object.keys(FORMATS).join(', ')}`).default(fallback);

/** The language from --lang, else from the environment's locale (de_DE… → de), else English. */
export function resolveLang(lang: string | undefined): Lang {
  if (lang === 'en' || lang === 'de') return lang;
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return env.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function parseFormats(text: string): string[] {
  const formats = [
    ...new Set(
      text
        .split(',')
        .map((f) => f.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const unknown = formats.filter((f) => !FORMATS[f]);
  if (unknown.length > 0 || formats.length === 0) {
    throw new UserError(`--format: unknown format "${unknown.join(', ') || text}" (known: ${Object.keys(FORMATS).join(', ')})`);
  }
  return formats;
}

export function shippedRulesDir(): string {
  return join(packageRoot(), 'rules');
}

/**
 * The rules that run: the shipped ones, the configuration's rule folders and the user's --rules folders,
 * with the configuration's parameters, disabled rules and severities applied (bpa.config.json by default).
 */
export function loadAllRules(extra: string[] | undefined, config: LoadedConfig = loadProjectConfig()): LoadedRule[] {
  return rulesToRun(loadConfiguredRules(ruleDirs(extra, config), config));
}

export function ruleDirs(extra: string[] | undefined, config: LoadedConfig): string[] {
  return [...new Set([shippedRulesDir(), ...config.ruleFolders, ...(extra ?? [])].map((dir) => resolve(dir)))];
}

const RANK: Record<Severity, number> = { critical: 3, warning: 2, info: 1 };

/** The exit code for findings against --fail-on. */
export function exitCodeFor(severities: Severity[], failOn: string): 0 | 1 {
  if (failOn === 'none') return 0;
  const threshold = RANK[failOn as Severity];
  return severities.some((s) => RANK[s] >= threshold) ? 1 : 0;
}
