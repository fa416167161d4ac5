import { join, resolve } from 'path';
import { packageRoot } from '../shared/package-root';
import type { LoadedRule } from '../rules/load-rules';
import { loadProjectConfig, type LoadedConfig } from '../config/load-config';
import { loadConfiguredRules, rulesToRun, type ConfiguredRules } from '../config/configured-rules';
import type { Profile, Severity } from '../rules/rule-schema';
import type { Report } from '../report/report-schema';
import { isIncomplete } from '../report/coverage';
import type { Snapshot } from '../snapshot/schema';

export {
  failOnIncompleteOption,
  failOnOption,
  formatOption,
  formatsFor,
  langOption,
  parseFormats,
  profileOption,
  resolveLang,
  rulesOption,
} from './option-builders';

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
