import type { Command } from 'commander';
import { analyze } from '../../rules/evaluate';
import { buildReport } from '../../report/build-report';
import { loadInput } from '../../pipeline/load-input';
import { renderOutputs } from '../../pipeline/render-outputs';
import { toolVersion } from '../../shared/package-root';
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

interface ScanOptions {
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
    .option('--no-progress', 'no progress bar, even on a terminal')
    .action(async (input: string, opts: ScanOptions) => {
      const startedAt = new Date().toISOString();
      const formats = parseFormats(opts.format);
      const lang = resolveLang(opts.lang);
      const rules = loadAllRules(opts.rules);
      const snapshot = loadInput(input, createProgress(opts.progress));
      const analysis = await analyze(snapshot, rules, { profile: opts.profile, lang });
      const report = buildReport(snapshot, analysis, {
        profile: opts.profile,
        lang,
        startedAt,
        finishedAt: new Date().toISOString(),
        toolVersion: toolVersion(),
      });
      const written = writeOutputs(await renderOutputs(report, formats, lang), opts.output, `bpa-${opts.profile}`);
      if (written.length > 0) process.stdout.write(`${summaryLine(report, written)}\n`);
      setExit(
        exitCodeFor(
          report.findings.map((f) => f.severity),
          opts.failOn,
        ),
      );
    });
}
