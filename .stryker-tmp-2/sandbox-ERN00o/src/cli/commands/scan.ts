// @ts-nocheck
import type { Command } from 'commander';
import { loadInput } from '../../pipeline/load-input';
import { renderOutputs } from '../../pipeline/render-outputs';
import { analyzeSnapshot } from '../../pipeline/analyze-snapshot';
import { writeOutputs } from '../output';
import { createProgress } from '../progress';
import {
  exitCodeFor,
  failOnOption,
  formatOption,
  langOption,
  loadAllRules,
  parseFormats,
  profileOption,
  resolveLang,
  rulesOption,
} from '../options';
import type { Profile } from '../../rules/rule-schema';
import { summaryLine } from '../summary';
import { applyProjectConfig, configOption } from '../project-config';
import { applyScanExtras, extrasSummary, prepareScanExtras, recordScan, type ScanExtrasOptions } from '../../history/scan-extras';
import { accentOption, brandingFrom, consultantOption, customerOption, logoOption, type BrandingFlags } from '../branding';

interface ScanOptions extends BrandingFlags, ScanExtrasOptions {
  profile: Profile;
  format: string;
  output?: string;
  failOn: string;
  lang?: string;
  rules?: string[];
  progress: boolean;
}

export function registerScan(program: Command, setExit: (code: number) => void): void {
  program
    .command('scan')
    .description('collect a bundle (folder or .zip) or read a snapshot, run the rules, write the report')
    .argument('<input>', 'capture bundle folder, bundle .zip, or snapshot .json')
    .addOption(profileOption())
    .addOption(formatOption('json'))
    .option('--output <path>', 'file, folder, or - for standard output', '-')
    .addOption(failOnOption())
    .addOption(langOption())
    .addOption(rulesOption())
    .addOption(configOption())
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('--history <dir>', 'keep the scan in a history folder and report what changed since the last one')
    .option('--retention <n|Nd>', 'with --history: keep the newest n scans, or the scans of the last N days (730d)')
    .option('--baseline <file>', 'report apart the findings a baseline (bpa baseline create) accepted')
    .option('--waivers <file>', 'waiver file (YAML or JSON): waived findings are reported apart')
    .addOption(customerOption())
    .addOption(consultantOption())
    .addOption(logoOption())
    .addOption(accentOption())
    .action(async (input: string, opts: ScanOptions, command: Command) => {
      const config = applyProjectConfig(opts, command);
      const startedAt = new Date().toISOString();
      const formats = parseFormats(opts.format);
      const lang = resolveLang(opts.lang);
      const rules = loadAllRules(opts.rules, config);
      const extras = prepareScanExtras(opts);
      const branding = await brandingFrom(opts);
      const snapshot = loadInput(input, createProgress(opts.progress));
      const built = await analyzeSnapshot(snapshot, rules, {
        profile: opts.profile,
        lang,
        startedAt,
        ...(branding ? { branding } : {}),
      });
      const { report, notices, previous } = applyScanExtras(built, snapshot, extras);
      const written = writeOutputs(await renderOutputs(report, formats, lang), opts.output, `bpa-${opts.profile}`);
      const recorded = opts.history ? recordScan(report, snapshot, extras, previous) : undefined;
      for (const notice of notices) process.stderr.write(`bpa: ${notice}\n`);
      const extra = extrasSummary(report, recorded?.entry);
      if (written.length > 0) process.stdout.write(`${summaryLine(report, written)}${extra ? `; ${extra}` : ''}\n`);
      setExit(
        exitCodeFor(
          report.findings.map((f) => f.severity),
          opts.failOn,
        ),
      );
    });
}
