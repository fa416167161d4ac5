import type { Command } from 'commander';
import { analyze } from '../../rules/evaluate';
import { buildReport } from '../../report/build-report';
import { readSnapshotFile } from '../../pipeline/load-input';
import { toolVersion } from '../../shared/package-root';
import { writeOutputs } from '../output';
import { exitCodeFor, failOnOption, langOption, loadAllRules, profileOption, resolveLang, rulesOption } from '../options';
import { renderJson } from '../../../reports/json';
import type { Profile } from '../../rules/rule-schema';

export function registerAnalyze(program: Command, setExit: (code: number) => void): void {
  program
    .command('analyze')
    .description('run the rules over a saved snapshot and write the findings (the JSON report)')
    .argument('<snapshot>', 'snapshot .json written by bpa collect')
    .addOption(profileOption())
    .option('--output <path>', 'findings file, or - for standard output', '-')
    .addOption(failOnOption())
    .addOption(langOption())
    .addOption(rulesOption())
    .action(async (file: string, opts: { profile: Profile; output: string; failOn: string; lang?: string; rules?: string[] }) => {
      const startedAt = new Date().toISOString();
      const lang = resolveLang(opts.lang);
      const rules = loadAllRules(opts.rules);
      const snapshot = readSnapshotFile(file);
      const analysis = await analyze(snapshot, rules, { profile: opts.profile, lang });
      const report = buildReport(snapshot, analysis, {
        profile: opts.profile,
        lang,
        startedAt,
        finishedAt: new Date().toISOString(),
        toolVersion: toolVersion(),
      });
      writeOutputs([{ format: 'json', extension: 'json', binary: false, content: renderJson(report) }], opts.output, 'findings');
      setExit(
        exitCodeFor(
          report.findings.map((f) => f.severity),
          opts.failOn,
        ),
      );
    });
}
