import { join, resolve } from 'path';
import { Option } from 'commander';
import { UserError } from '../shared/errors';
import { packageRoot } from '../shared/package-root';
import type { LoadedRule } from '../rules/load-rules';
import { loadProjectConfig, type LoadedConfig } from '../config/load-config';
import { loadConfiguredRules, rulesToRun, type ConfiguredRules } from '../config/configured-rules';
import { LANGUAGES, PROFILES, SEVERITIES, type Lang, type Profile, type Severity } from '../rules/rule-schema';
import type { Report } from '../report/report-schema';
import { isIncomplete } from '../report/coverage';
import type { Snapshot } from '../snapshot/schema';
import { FORMATS } from '../../reports';

export const profileOption = () =>
  new Option(
    '--profile <profile>',
    "scan profile (default: the configuration file's, else readiness when bundle.json plans a cluster, else health)",
  ).choices([...PROFILES]);
export const failOnIncompleteOption = () =>
  new Option('--fail-on-incomplete', 'also exit 1 when a check was not evaluated or a server the cluster names is missing');
export const langOption = () =>
  new Option('--lang <lang>', 'language of the output (default: from LANG)').choices([...LANGUAGES]);
export const failOnOption = () =>
  new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
    .choices([...SEVERITIES, 'none'])
    .default('critical');
/** `--rules a --rules b` and `--rules a b` both give every folder. */
export const rulesOption = () =>
  new Option('--rules <dir...>', 'additional rule folders, validated like the shipped ones (may be given more than once)');
export const formatOption = () =>
  new Option(
    '--format <formats>',
    `output formats, comma-separated: ${Object.keys(FORMATS).join(', ')} (default: text, or what the --output file's extension names)`,
  );

/** The language from --lang, else from the environment's locale (de_DE… → de), else English. */
export function resolveLang(lang: string | undefined): Lang {
  if (lang === 'en' || lang === 'de') return lang;
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return env.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** The format a file name's extension names (report.html → html), for --output without --format. */
const BY_EXTENSION: Record<string, string> = { htm: 'html', txt: 'text', xml: 'junit', ...extensionsOf(FORMATS) };

function extensionsOf(formats: typeof FORMATS): Record<string, string> {
  return Object.fromEntries(Object.entries(formats).map(([name, f]) => [f.extension.split('.').pop()!, name]));
}

/** --format as given, else the format the --output file names by its extension, else text. */
export function formatsFor(format: string | undefined, output: string | undefined): string[] {
  if (format !== undefined) return parseFormats(format);
  const extension = /\.([a-z0-9]+)$/i.exec(output && output !== '-' ? output : '')?.[1]?.toLowerCase();
  return [(extension && BY_EXTENSION[extension]) || 'text'];
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
  return rulesToRun(loadCheckedRules(ruleDirs(extra, config), config));
}

/** The rules of the folders with the configuration applied (a duplicate id is an error naming both files). */
export function loadCheckedRules(dirs: string[], config: LoadedConfig): ConfiguredRules {
  return loadConfiguredRules(dirs, config);
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

/**
 * The exit code of a scan: 1 for a finding at or above --fail-on, and with --fail-on-incomplete also for a
 * check not evaluated or a server the cluster names that is missing (whatever --fail-on says, `none` too).
 */
export function scanExitCode(report: Report, failOn: string, failOnIncomplete = false): 0 | 1 {
  if (failOnIncomplete && isIncomplete(report)) return 1;
  return exitCodeFor(
    report.findings.map((f) => f.severity),
    failOn,
  );
}

/**
 * The profile of a scan: --profile, else the configuration file's, else what the bundle is: a bundle whose
 * bundle.json plans a cluster is checked for readiness, any other for health.
 */
export function profileFor(explicit: Profile | undefined, configured: Profile | undefined, snapshot: Snapshot): Profile {
  return explicit ?? configured ?? (snapshot.bundle.plan ? 'readiness' : 'health');
}
