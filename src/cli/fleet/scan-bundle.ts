import { join } from 'path';
import { printable } from '../../shared/display-text';
import { UserError } from '../../shared/errors';
import { loadInput } from '../../pipeline/load-input';
import { analyzeSnapshot } from '../../pipeline/analyze-snapshot';
import { renderOutputs } from '../../pipeline/render-outputs';
import { loadProjectConfig } from '../../config/load-config';
import { applyScanExtras, prepareScanExtras } from '../../history/scan-extras';
import { reportCoverage, type Coverage } from '../../report/coverage';
import { verdictOf } from '../../report/verdict';
import type { LoadedRule } from '../../rules/load-rules';
import type { Branding } from '../../report/report-schema';
import type { LoadedConfig } from '../../config/load-config';
import type { ScanExtras } from '../../history/scan-extras';
import { brandingFrom } from '../branding';
import { loadAllRules, profileFor, resolveLang, scanExitCode } from '../options';
import { writeFileSafely } from '../output';
import { manifestWarnings } from '../warnings';
import type { BundleResult, FleetScanOptions, FleetTask } from './fleet-task';

/** What every bundle of a fleet scan shares: read once per thread. */
export interface FleetSetup {
  config: LoadedConfig;
  rules: LoadedRule[];
  extras: ScanExtras;
  branding: Branding | undefined;
}

const setups = new Map<string, Promise<FleetSetup>>();

/** The main thread has read the set-up already (to report its mistakes before any scan): `--jobs 1` reuses it. */
export function rememberSetup(options: FleetScanOptions, setup: FleetSetup): void {
  setups.set(JSON.stringify(options), Promise.resolve(setup));
}

function setupFor(options: FleetScanOptions): Promise<FleetSetup> {
  const key = JSON.stringify(options);
  let setup = setups.get(key);
  if (!setup) {
    setup = (async () => {
      const config = loadProjectConfig(options.config);
      return {
        config,
        rules: loadAllRules(options.rules, config),
        extras: prepareScanExtras(options),
        branding: await brandingFrom(options),
      };
    })();
    setups.set(key, setup);
  }
  return setup;
}

/**
 * Scans one bundle of a fleet scan and writes its reports, as `bpa scan <bundle> --output <folder>` would,
 * under the name the fleet gave it. A bundle that cannot be read (or any other error) is a result with the
 * error and exit code 2, never a throw: the other bundles go on.
 */
export async function scanBundle(task: FleetTask): Promise<BundleResult> {
  const base = { input: task.input, name: task.name, reports: [] as string[], warnings: [] as string[] };
  try {
    const setup = await setupFor(task.options);
    const lang = resolveLang(task.options.lang);
    const snapshot = loadInput(task.input);
    const warnings = manifestWarnings(snapshot);
    const built = await analyzeSnapshot(snapshot, setup.rules, {
      profile: profileFor(task.options.profile, setup.config.config.profile, snapshot),
      lang,
      startedAt: task.startedAt,
      ...(setup.branding ? { branding: setup.branding } : {}),
    });
    const { report, notices } = applyScanExtras(built, snapshot, setup.extras);
    const outputs = await renderOutputs(report, task.formats, { lang, color: false });
    const reports = outputs.map((out) => {
      const file = `${task.name}.${out.extension}`;
      writeFileSafely(join(task.dir, file), out.content);
      return file;
    });
    const { critical, warning, info, notEvaluated } = report.summary;
    return {
      ...base,
      reports,
      warnings: [...warnings, ...notices],
      exitCode: scanExitCode(report, task.options.failOn, task.options.failOnIncomplete),
      scanned: {
        profile: report.scan.profile,
        ...((report.branding?.customer ?? report.scan.customer)
          ? { customer: report.branding?.customer ?? report.scan.customer }
          : {}),
        ...(report.scan.collectedAt ? { collectedAt: report.scan.collectedAt } : {}),
        servers: report.scan.servers.length,
        verdict: verdictOf(report),
        coverage: coverageCounts(reportCoverage(report)),
        counts: { critical, warning, info, notEvaluated },
      },
    };
  } catch (e) {
    return { ...base, exitCode: 2, error: errorOf(e) };
  }
}

function coverageCounts({ checks, servers }: Coverage): Omit<Coverage, 'passed'> {
  return { checks, servers };
}

function errorOf(e: unknown): { message: string; details: string[] } {
  if (e instanceof UserError) return { message: printable(e.message), details: e.details.map(printable) };
  const err = e instanceof Error ? e : new Error(String(e));
  return { message: `unexpected error: ${printable(err.message)}`, details: [] };
}
