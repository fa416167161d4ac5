import type { Command } from 'commander';
import { configOption, failOnIncompleteOption, failOnOption, langOption, profileOption, rulesOption } from '../option-builders';
import type { Profile } from '../../rules/rule-schema';
import { SetupProblems } from '../setup-problems';

interface AnalyzeOptions {
  profile?: Profile;
  failOnIncomplete?: boolean;
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
    .addOption(failOnIncompleteOption())
    .addOption(langOption())
    .addOption(rulesOption())
    .addOption(configOption())
    .action(async (file: string, opts: AnalyzeOptions, command: Command) => {
      const startedAt = new Date().toISOString();
      // What the command needs, loaded only when it runs (`bpa --version` loads none of it).
      const { applyProjectConfig } = await import('../project-config');
      const { analyzeSnapshot } = await import('../../pipeline/analyze-snapshot');
      const { readSnapshotFile } = await import('../../pipeline/load-input');
      const { writeOutputs } = await import('../output');
      const { loadAllRules, profileFor, resolveLang, scanExitCode } = await import('../options');
      const { renderJson } = await import('../../../reports/json');
      const problems = new SetupProblems();
      const config = problems.attempt(() => applyProjectConfig(opts, command)) ?? { config: {}, ruleFolders: [] };
      const rules = problems.attempt(() => loadAllRules(opts.rules, config));
      problems.check();
      const lang = resolveLang(opts.lang);
      const snapshot = readSnapshotFile(file);
      const profile = profileFor(opts.profile, config.config.profile, snapshot);
      const report = await analyzeSnapshot(snapshot, rules!, { profile, lang, startedAt });
      writeOutputs([{ format: 'json', extension: 'json', binary: false, content: renderJson(report) }], opts.output, 'findings');
      setExit(scanExitCode(report, opts.failOn, opts.failOnIncomplete));
    });
}
