// @ts-nocheck
import type { Command } from 'commander';
import { applyProjectConfig, configOption } from '../project-config';
import { analyzeSnapshot } from '../../pipeline/analyze-snapshot';
import { readSnapshotFile } from '../../pipeline/load-input';
import { writeOutputs } from '../output';
import { exitCodeFor, failOnOption, langOption, loadAllRules, profileOption, resolveLang, rulesOption } from '../options';
import { renderJson } from '../../../reports/json';
import type { Profile } from '../../rules/rule-schema';

interface AnalyzeOptions {
  profile: Profile;
  output: string;
  failOn: string;
  lang?: string;
  rules?: string[];
  config?: string;
}

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
    .addOption(configOption())
    .action(async (file: string, opts: AnalyzeOptions, command: Command) => {
      const config = applyProjectConfig(opts, command);
      const startedAt = new Date().toISOString();
      const lang = resolveLang(opts.lang);
      const rules = loadAllRules(opts.rules, config);
      const snapshot = readSnapshotFile(file);
      const report = await analyzeSnapshot(snapshot, rules, { profile: opts.profile, lang, startedAt });
      writeOutputs([{ format: 'json', extension: 'json', binary: false, content: renderJson(report) }], opts.output, 'findings');
      setExit(
        exitCodeFor(
          report.findings.map((f) => f.severity),
          opts.failOn,
        ),
      );
    });
}
