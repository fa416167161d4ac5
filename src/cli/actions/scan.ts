import { printable } from '../../shared/display-text';
import type { Command } from 'commander';
import { loadInput } from '../../pipeline/load-input';
import { renderOutputs } from '../../pipeline/render-outputs';
import { analyzeSnapshot } from '../../pipeline/analyze-snapshot';
import { writeOutputs } from '../output';
import { createProgress } from '../progress';
import { formatsFor, loadAllRules, profileFor, resolveLang, scanExitCode } from '../options';
import type { Profile } from '../../rules/rule-schema';
import { fleetSummaryLine, summaryLine } from '../summary';
import { applyProjectConfig } from '../project-config';
import { applyScanExtras, extrasSummary, prepareScanExtras, recordScan, type ScanExtrasOptions } from '../../history/scan-extras';
import { brandingFrom, type BrandingFlags } from '../branding';
import { colorFor } from '../color';
import { reportBaseName } from '../report-name';
import { SetupProblems } from '../setup-problems';
import { manifestWarnings } from '../warnings';
import { checkFleetOptions, scanFleet } from '../fleet/scan-fleet';

export interface ScanOptions extends BrandingFlags, ScanExtrasOptions {
  profile?: Profile;
  format?: string;
  output?: string;
  failOn: string;
  failOnIncomplete?: boolean;
  lang?: string;
  rules?: string[];
  progress: boolean;
  jobs?: number;
}

/** `bpa scan`: one bundle as always; several into a folder with a summary (fleet/scan-fleet.ts). */
export async function scanAction(
  inputs: string[],
  opts: ScanOptions,
  command: Command,
  setExit: (code: number) => void,
): Promise<void> {
  const startedAt = new Date().toISOString();
  // Every mistake of the options, the configuration, the rules, waivers, baseline and branding at once.
  const problems = new SetupProblems();
  if (inputs.length > 1) problems.attempt(() => checkFleetOptions(opts));
  const formats = problems.attempt(() => formatsFor(opts.format, opts.output));
  const config = problems.attempt(() => applyProjectConfig(opts, command)) ?? { config: {}, ruleFolders: [] };
  const rules = problems.attempt(() => loadAllRules(opts.rules, config));
  const extras = problems.attempt(() => prepareScanExtras(inputs.length > 1 ? { ...opts, history: undefined } : opts));
  const branding = await problems.attemptAsync(() => brandingFrom(opts));
  problems.check();
  if (inputs.length > 1) {
    const setup = { config, rules: rules!, extras: extras!, branding };
    const { summary, written } = await scanFleet(inputs, opts, formats!, setup);
    process.stdout.write(`${fleetSummaryLine(summary, written)}\n`);
    setExit(summary.exitCode);
    return;
  }
  const input = inputs[0]!;
  const lang = resolveLang(opts.lang);
  const snapshot = loadInput(input, createProgress(opts.progress));
  for (const warning of manifestWarnings(snapshot)) process.stderr.write(`bpa: warning: ${warning}\n`);
  const built = await analyzeSnapshot(snapshot, rules!, {
    profile: profileFor(opts.profile, config.config.profile, snapshot),
    lang,
    startedAt,
    ...(branding ? { branding } : {}),
  });
  const { report, notices, previous } = applyScanExtras(built, snapshot, extras!);
  const outputs = await renderOutputs(report, formats!, { lang, color: colorFor(opts.output) });
  const written = writeOutputs(outputs, opts.output, reportBaseName(report));
  const recorded = opts.history ? recordScan(report, snapshot, extras!, previous) : undefined;
  for (const notice of notices) process.stderr.write(`bpa: ${printable(notice)}\n`);
  const extra = extrasSummary(report, recorded?.entry);
  if (written.length > 0) process.stdout.write(`${summaryLine(report, written)}${extra ? `; ${extra}` : ''}\n`);
  setExit(scanExitCode(report, opts.failOn, opts.failOnIncomplete));
}
